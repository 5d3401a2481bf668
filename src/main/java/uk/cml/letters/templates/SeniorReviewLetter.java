package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/** 6. After an unsatisfactory reply, asks for the complaint to be looked at again by a senior manager. */
final class SeniorReviewLetter extends TemplateBase {

    SeniorReviewLetter() {
        super("senior-review", "Ask a senior manager to review a complaint",
                "Complaint review request to CMS", RecipientRole.CMS_COLLECTION);
    }

    @Override
    public boolean claimsMoneyLost() {
        return true;
    }

    /**
     * A senior manager reviews a complaint the CMS has had: the records must hold a posted complaint letter (made here
     * or logged by hand), or the writer was begun from one. With none, "my complaint of" would be a complaint never
     * made, however its date is filled in.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        CmsReports reports = facts.reports();
        Optional<String> past = pastReview(facts.reports().complaint());
        if (past.isPresent()) {
            return past;
        }
        Optional<String> early = tooEarly(facts);
        if (early.isPresent()) {
            return early;
        }
        if (reports.onRecord().made() || reports.complaint().made()
                || ComplaintParts.of(facts).complainedOn() != null) {
            return Optional.empty();
        }
        return Optional.of("You have no complaint logged: a senior manager reviews a complaint only after you have "
                + "made it to the CMS. To make one, choose \"" + LetterTemplates.COLLECTION_COMPLAINT.title()
                + "\". If you have posted a complaint, log it on the Letters page.");
    }

    /**
     * The records hold the complaint posted and no reply to it, and the CMS's target to reply (counted from its real
     * posting, as Where things stand counts it) has not passed on the letter's date: a review asked "because I have
     * had no reply" would be asked before any reply was due. The parent is told the day from which it fits.
     */
    private static Optional<String> tooEarly(LetterFacts facts) {
        Optional<SentLetter> unanswered = facts.reports().complaint().unanswered().filter(SentLetter::isPosted);
        if (unanswered.isEmpty() || unanswered.get().method().isEmpty()) {
            return Optional.empty();
        }
        SentLetter complaint = unanswered.get();
        Deadlines deadlines = facts.deadlines();
        LocalDate due = deadlines.complaintReplyTarget(complaint).date();
        if (facts.letterDate().isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of("The CMS's target to reply to your complaint of "
                + uk.cml.domain.UkFormats.shortDate(complaint.written()) + " runs to "
                + uk.cml.domain.UkFormats.shortDate(due) + " (" + deadlines.complaintWorkingDays()
                + " working days from when it counts as delivered, "
                + uk.cml.domain.UkFormats.shortDate(deadlines.delivered(complaint)) + "), so its reply is not late "
                + "yet. If no reply has come by then, you can ask for a senior manager's review from "
                + uk.cml.domain.UkFormats.shortDate(deadlines.dayAfter(due)) + ".");
    }

    /**
     * The complaint the records are at has had the CMS's final response, or gone to ICE: a senior manager's review
     * comes before the final response, so a request for one now would tell the CMS a step that is over, and its
     * "once you have sent me your final response" would be false. A new problem starts with a new complaint.
     */
    private static Optional<String> pastReview(ComplaintPosition position) {
        Optional<Step> reached = position.reached();
        String yours = position.complainedOn().map(d -> "your complaint of " + uk.cml.domain.UkFormats.shortDate(d))
                .orElse("your complaint");
        String newProblem = " If you have a new problem, make a new complaint first: choose \""
                + LetterTemplates.COLLECTION_COMPLAINT.title() + "\".";
        if (reached.equals(Optional.of(Step.FINAL_RESPONSE))) {
            return Optional.of("Your records show the CMS's final response to " + yours + ", dated "
                    + uk.cml.domain.UkFormats.shortDate(position.finalResponse().orElseThrow()) + ". A senior "
                    + "manager's review comes before the final response, not after it. The next step is the "
                    + "Independent Case Examiner: choose \"" + LetterTemplates.ICE_COMPLAINT.title() + "\"."
                    + newProblem);
        }
        if (reached.equals(Optional.of(Step.ICE))) {
            return Optional.of("Your records show you sent " + yours + " to the Independent Case Examiner on "
                    + uk.cml.domain.UkFormats.shortDate(position.sent(Step.ICE).orElseThrow()) + "." + newProblem);
        }
        return Optional.empty();
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        ComplaintDetails c = ComplaintParts.of(facts);
        ComplaintPosition position = facts.reports().complaint();
        // The complaint's date from the records when the writer was not begun from the CMS's reply: a logged
        // complaint is never left as a gap to fill in.
        String complained = w.needDate(c.complainedOn() != null ? c.complainedOn()
                : position.complainedOn().orElse(null), "the date of your complaint");
        // The records hold the complaint and no reply to it: the letter says so, never "your reply of" a date. A
        // reply date the parent typed stays theirs to send, with a note that the records do not show it.
        Optional<SentLetter> unanswered = c.cmsRepliedOn() == null ? position.unanswered() : Optional.empty();
        position.unanswered().filter(l -> c.cmsRepliedOn() != null).ifPresent(l -> w.warn("Your records hold no "
                + "reply from the CMS to your complaint of " + w.date(l.written()) + ". If one came, log it on the "
                + "Letters page, so your records show the reply of " + w.date(c.cmsRepliedOn())
                + " this letter quotes."));
        String replied = unanswered.isPresent() ? null : w.needDate(c.cmsRepliedOn() != null ? c.cmsRepliedOn()
                : position.reply().flatMap(ReceivedLetter::dated).orElse(null), "the date of the CMS reply");
        w.heading(fileTitle());
        ComplaintStep.warnIfNotNext(w, position, Step.SENIOR_REVIEW);
        // What is owed, as the complaint says it: the figure the review is still about.
        w.opening("to ask for my complaint of " + complained + " to be reviewed by a senior manager, because "
                + (replied == null ? "I have had no reply to it" : "your reply of " + replied + " does not settle it")
                + "." + (facts.arrears().showsMoneyOwed() ? ComplaintParts.owed(w) : ""));
        List<String> asks = new ArrayList<>();
        asks.add("Ask a senior manager to review my complaint of " + complained + ".");
        asks.addAll(ComplaintParts.targets(w, "request"));
        asks.add("Say clearly in that reply whether it is your final response to my complaint.");
        asks.addAll(ComplaintParts.remedies(w, c));
        w.requests(asks);
        if (unanswered.isPresent()) {
            noReply(w, unanswered.get(), c);
        } else {
            w.subHeading("Why your reply does not settle my complaint");
            w.paragraph(Text.ownSentence(w.need(c.whyReplyFails(), "why the reply does not settle your complaint")));
        }
        w.subHeading("What my complaint is about");
        // What happened as the complaint said it, when known (typed, or read from the complaint on record), then
        // what went wrong: never a gap for what happened, which a review never asked for.
        // The letters posted by the complaint's day are named too (date and subject), as the complaint names them.
        LocalDate complainedOn = c.complainedOn() != null ? c.complainedOn() : position.complainedOn().orElse(null);
        ComplaintParts.happenedWithLetters(w, ComplaintParts.happenedIfKnown(w, c, position, complained),
                complainedOn);
        ComplaintParts.wentWrongQuoted(w, ComplaintParts.wentWrong(w, c, position, complained));
        ComplaintParts.effectFromComplaint(w, c, position, complained);
        ComplaintParts.moneyLost(w);
        w.paragraph("If the review does not settle my complaint, I will ask the Independent Case Examiner to look "
                + "into it once you have sent me your final response.");
        Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.COMPLAINT), "Copy of my complaint of " + complained,
                "your complaint of " + complained, Enclosures.From.PARENT);
        if (replied != null) {
            Enclosures.ifKept(w, c.holds(ComplaintDetails.Kept.REPLY), "Copy of your reply of " + replied,
                    "the CMS reply of " + replied, Enclosures.From.CMS);
        }
        return w.finish();
    }

    /**
     * Why the review is asked for when the records hold no reply to the complaint: when it was sent, that nothing
     * has come, and the CMS's target to reply, counted as the Where things stand page counts it, said as ended only
     * once it has.
     */
    private static void noReply(DraftWriter w, SentLetter complaint, ComplaintDetails c) {
        LocalDate sent = complaint.posted().orElseThrow();
        LocalDate due = w.facts().deadlines().complaintReplyTarget(complaint).date();
        int days = w.facts().deadlines().complaintWorkingDays();
        boolean passed = w.facts().letterDate().isAfter(due);
        w.subHeading("Why I am asking for a review");
        w.paragraph("I sent you my complaint" + (sent.equals(complaint.written()) ? ""
                : " of " + w.date(complaint.written())) + " on " + w.date(sent) + ". I have had no reply to it. "
                + "I understand you aim to reply to a complaint within " + days + " working days of receiving it"
                + (passed ? ", and that time ended on " + w.date(due) + "." : ", which is by " + w.date(due) + "."));
        if (!passed) {
            w.warn("The CMS's target to reply to your complaint of " + w.date(complaint.written()) + " runs to "
                    + w.date(due) + ", so its reply is not late yet. You can wait for it before asking for a review.");
        }
        if (!Text.blank(c.whyReplyFails())) {
            w.warn("Your records hold no reply to your complaint, so this letter says you have had none and leaves "
                    + "out what you wrote about why the reply does not settle it.");
        }
    }
}
