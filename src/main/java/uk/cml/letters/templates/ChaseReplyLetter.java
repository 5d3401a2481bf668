package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;

/**
 * 11. Chases a letter that got no reply, citing its date, its subject and the proof that it was posted. It goes where
 * the chased letter went (a complaint to the collection address is chased there), or else to the CMS's general address.
 */
final class ChaseReplyLetter extends TemplateBase {

    /** The gap for the chased letter's date, which {@link AnsweredOnRecord} reads what the parent typed in. */
    static final String EARLIER_DATE = "the date of your earlier letter";

    ChaseReplyLetter() {
        super("chase-reply", "Chase a letter that got no reply", "Chasing letter to CMS", RecipientRole.CMS_GENERAL);
    }

    /**
     * A chasing letter says "I have had no reply": it fits only when the records show some letter's reply late (its
     * date passed with no reply logged, as What needs doing lists it). With none late, the parent is told the first
     * reply date the records wait for and the day from which it can be chased, or that no letter waits for one.
     * A letter written from typed facts alone (no records read) fits, as before.
     */
    @Override
    public Optional<String> doesNotFit(LetterFacts facts) {
        RepliesAwaited replies = facts.repliesAwaited();
        if (!replies.known() || replies.late() > 0) {
            return Optional.empty();
        }
        return Optional.of(replies.nextDue().map(due -> "None of your posted letters is late for its reply: the "
                + "first reply date your records wait for is " + uk.cml.domain.UkFormats.shortDate(due) + ". You can "
                + "chase a letter once its reply date has passed with no reply logged (for that one, from "
                + uk.cml.domain.UkFormats.shortDate(facts.deadlines().dayAfter(due)) + ").")
                .orElse("None of your posted letters is waiting for a reply by a date, so there is no reply to "
                        + "chase. When a reply is late, the Overview says so and offers this letter."));
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        // Begun without a letter to chase (from the list, say): the one letter the records show waiting for a reply.
        EarlierLetter earlier = chased(facts).orElse(new EarlierLetter(null, "", null, "", ""));
        String date = w.needDate(earlier.date(), EARLIER_DATE);
        String posted = w.needDate(earlier.postedOn(), "the date you posted it");
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.heading("No reply to my letter of " + date);
        // The subject is quoted as the parent logged it, so the sentence reads right whatever its words are.
        String about = earlier.subject().isEmpty() ? "" : " (\u201c" + earlier.subject() + "\u201d)";
        w.opening("because I have had no reply to my letter of " + date + about);
        w.requests(List.of("Reply to my letter of " + date + " by " + replyBy + ".",
                "If you cannot reply in full by then, tell me by " + replyBy + " when you will."));
        StringBuilder proof = new StringBuilder("I posted it on ").append(posted);
        proof.append(earlier.howPosted().isEmpty() ? "" : " by " + earlier.howPosted()).append('.');
        if (!earlier.proofReference().isEmpty()) {
            proof.append(" The proof of postage reference is ").append(earlier.proofReference()).append('.');
        }
        // A copy is said to be enclosed only when the records hold one (Enclosures lists it then).
        w.paragraph(proof + (earlier.copyKept() ? " A copy of the letter is enclosed, in case it did not reach the "
                + "right person." : ""));
        facts.chaseOf(earlier).ifPresent(chase -> chasedBefore(w, chase));
        String complaint = w.ifComplaintChosen("If I have no reply by " + replyBy + ", "
                + facts.reports().complaintStep(w, " about the delay", earlier.date()) + ".");
        if (!complaint.isEmpty()) {
            w.paragraph(complaint.strip());
        }
        Enclosures.earlierLetter(w, earlier);
        return w.finish();
    }

    /**
     * A chase the records already hold for the letter: made and not posted, or posted with its reply date still to
     * come, the parent is told (that one is to post, or to wait for); once its date has passed, the letter says the
     * letter was chased before and that no reply came to that either.
     */
    private static void chasedBefore(DraftWriter w, ChaseOnRecord chase) {
        if (chase.posted() == null) {
            w.warn("You made a chasing letter for this letter on " + w.date(chase.made()) + ", and your records do "
                    + "not show it posted. Post that one and record the posting on the Letters page, rather than "
                    + "sending another.");
        } else if (!chase.overOn(w.facts().letterDate())) {
            w.warn("You posted a chasing letter for this letter on " + w.date(chase.posted()) + ", asking for a "
                    + "reply by " + w.date(chase.replyBy()) + ". Wait until that date has passed before you chase "
                    + "again.");
        } else {
            w.paragraph("I wrote to you again on " + w.date(chase.posted()) + " to chase it, asking for a reply by "
                    + w.date(chase.replyBy()) + ". I have had no reply to that letter either.");
        }
    }

    @Override
    public Optional<LetterFacts.Contact> recipientFrom(LetterFacts facts) {
        return chased(facts).map(EarlierLetter::sentTo).filter(to -> !to.isEmpty());
    }

    /**
     * The letter the chasing letter chases: the one it was begun for, or else the one letter the records show
     * waiting for a reply; empty when the parent fills it in. The log keeps the link, so the letter is not offered
     * for chasing again while this one is to post or its reply is waited for.
     */
    static Optional<EarlierLetter> chased(LetterFacts facts) {
        return facts.earlierLetter().or(facts::awaitedReply);
    }
}
