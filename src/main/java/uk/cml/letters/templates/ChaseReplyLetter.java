package uk.cml.letters.templates;

import java.util.List;

/** 11. Chases a letter that got no reply, citing its date and the proof that it was posted. */
final class ChaseReplyLetter extends TemplateBase {

    ChaseReplyLetter() {
        super("chase-reply", "Chase a letter that got no reply", "Chasing letter to CMS", RecipientRole.CMS_GENERAL);
    }

    @Override
    LetterDraft write(DraftWriter w, LetterFacts facts) {
        EarlierLetter earlier = facts.earlierLetter().orElse(new EarlierLetter(null, "", null, "", ""));
        String date = w.needDate(earlier.date(), "the date of your earlier letter");
        String posted = w.needDate(earlier.postedOn(), "the date you posted it");
        String replyBy = w.replyBy(facts.deadlines().requestReplyBy(facts.letterDate()));
        w.heading("No reply to my letter of " + date);
        String about = earlier.subject().isEmpty() ? "" : " about " + earlier.subject();
        w.opening("because I wrote to you on " + date + about + " and I have had no reply");
        w.requests(List.of("Reply to my letter of " + date + " by " + replyBy + ".",
                "If you cannot reply in full by then, tell me by " + replyBy + " when you will."));
        StringBuilder proof = new StringBuilder("I posted it on ").append(posted);
        proof.append(earlier.howPosted().isEmpty() ? "" : " by " + earlier.howPosted()).append('.');
        if (!earlier.proofReference().isEmpty()) {
            proof.append(" The proof of postage reference is ").append(earlier.proofReference()).append('.');
        }
        w.paragraph(proof + " A copy of the letter is enclosed, in case it did not reach the right person.");
        w.paragraph("If I have no reply by " + replyBy + ", I will make a formal complaint about the delay.");
        Enclosures.earlierLetter(w, earlier);
        return w.finish();
    }
}
