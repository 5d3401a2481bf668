package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.calendar.DueDate;

/** 8. Replies to a CMS proposal to write off arrears. The parent has 30 days to say why the money is still needed. */
final class WriteOffReplyLetter extends TemplateBase {

    /** The gap for the date of the CMS's letter, which {@link AnsweredOnRecord} reads what the parent typed in. */
    static final String PROPOSAL_DATE = "the date of the CMS letter about writing off arrears";

    WriteOffReplyLetter() {
        super("write-off-reply", "Reply to a proposal to write off arrears",
                "Reply to CMS about writing off arrears", RecipientRole.CMS_GENERAL);
    }

    /**
     * The letter answers a CMS proposal to write off arrears: the records must hold one (a decision logged as that,
     * or a letter received that reads as one), or the writer was begun from one. With none, "your letter of" would be
     * a letter the records do not show, and the gap for its date would block the letter.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        if (facts.writeOff().isPresent() || facts.onRecord().holdWriteOffProposal()) {
            return Optional.empty();
        }
        return Optional.of("Your records hold no proposal from the CMS to write off arrears, and this letter replies "
                + "to one. When the CMS writes that it may write off arrears, log its letter on the Letters page and "
                + "say it is a proposal to write off arrears.");
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        WriteOffDetails d = facts.writeOff().orElse(new WriteOffDetails(null, null, "", ""));
        String proposed = w.needDate(d.proposalDate(), PROPOSAL_DATE);
        // The letter quotes where the limit ends; the warnings name the day to post by, as the page does.
        DueDate due = d.proposalDate() == null ? null : facts.deadlines().writeOffReplyEnds(d.proposalDate());
        LocalDate limit = due == null ? null : due.counted();
        int days = facts.deadlines().writeOffReplyDays();
        if (limit != null) {
            if (facts.letterDate().isAfter(limit)) {
                w.warn("The " + days + " days to reply ended on " + w.date(limit) + ". Send it at once: the letter "
                        + "asks the CMS to take your reply into account anyway.");
            } else if (!facts.letterDate().isBefore(due.date().minusDays(7))) {
                w.warn("The " + days + " days to reply end on " + w.date(limit) + "."
                        + facts.deadlines().postBy(w, due, "the CMS", facts.letterDate()) + " Post it "
                        + facts.deadlines().whenToPost(w, facts.letterDate(),
                                uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS)
                        + ", with a certificate of posting.");
            }
        }
        String other = w.otherParent();
        Optional<LocalDate> died = facts.caseDetails().otherParentDiedOn();
        if (died.isEmpty() && !d.estateContact().isEmpty()) {
            w.warn("You named someone dealing with an estate, but your case does not record that " + other
                    + " has died, so the letter leaves it out. Record the date on the case if they have died.");
        }
        // The amount proposed, when the records hold it (the decision or the CMS letter logged), beside what the
        // records say is owed in all: the CMS may propose to write off only part of it.
        String amount = d.amount() == null ? "the arrears" : d.amount().format() + " of the arrears";
        // The total only: the reply answers the CMS's proposal about arrears it holds on its records already.
        ArrearsDetails arrears = facts.arrears();
        String owed = arrears.owedNow().isPositive() && arrears.asOf() != null
                ? " By my records, " + other + " owed " + arrears.owedNow().format() + " in arrears on "
                + w.date(arrears.asOf()) + "." : "";
        w.heading("Your letter of " + proposed + ": please do not write off my arrears");
        w.opening("to reply to your letter of " + proposed + ", in which you say you may write off " + amount
                + " owed by " + other + ". I do not agree, and I ask you not to write them off." + owed);
        List<String> asks = new ArrayList<>();
        asks.add("Do not write off " + amount + " owed by " + other + ". Keep them on my case and take steps "
                + "to collect them.");
        if (died.isPresent()) {
            asks.add("Try to recover the arrears from " + other + "'s estate.");
        }
        // The CMS decides once the days to reply are over, so the decision is not asked for before they end: the
        // one count a reply logged by hand is watched by too (ReplyRuleBook.writeOffDecision).
        LocalDate decideBy = facts.deadlines().writeOffDecisionBy(facts.letterDate(),
                Optional.ofNullable(d.proposalDate()));
        asks.add("Take this reply into account, and tell me your decision in writing by " + w.replyBy(decideBy)
                + ".");
        w.requests(asks);
        // The CMS's letter gives the days to reply; when they end is the app's own count (cms-facts.md says only "30
        // days to reply"), so the letter never states the end as the CMS's: in time, it names no end at all; late,
        // the end only as the parent's own count.
        if (limit != null) {
            w.paragraph(facts.letterDate().isAfter(limit)
                    ? "Your letter of " + proposed + " gave me " + days + " days to reply. By my own count they ended on "
                    + w.date(limit) + ", so this reply may be late. If it is, I am sorry: please still take it into "
                    + "account before you decide."
                    : "I am replying within the " + days + " days your letter of " + proposed + " allowed.");
        }
        died.ifPresent(on -> {
            w.subHeading("The estate");
            String estate = other + " died on " + w.date(on) + ". The arrears are a debt of the estate.";
            w.paragraph(d.estateContact().isEmpty() ? estate + " I do not know who is dealing with the estate."
                    : estate + " The person dealing with the estate is " + Text.sentence(d.estateContact()));
        });
        w.subHeading("Why I still need this money");
        w.paragraph(Text.ownSentence(w.need(d.whyStillNeeded(), "why you still need the money")));
        ComplaintParts.becauseNotPaid(w, facts.effectOnChild());
        // Said only when the parent chose to: a complaint already made is added to, not made again.
        String complaint = w.ifComplaintChosen("If you decide to write off the arrears, I cannot appeal, but "
                + facts.reports().complaintStep(w, "") + ".");
        if (!complaint.isEmpty()) {
            w.paragraph(complaint.strip());
        }
        return w.finish();
    }
}
