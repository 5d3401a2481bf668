package uk.cml.letters.templates;

import java.util.Optional;

/** 11. Chases a letter that got no reply, citing its date and the proof that it was posted. */
final class ChaseReplyLetter implements LetterTemplate {

    @Override
    public String key() {
        return "chase-reply";
    }

    @Override
    public String title() {
        return "Chase a letter that got no reply";
    }

    @Override
    public String fileTitle() {
        return "Chasing letter to CMS";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        Optional<EarlierLetter> found = facts.earlierLetter();
        EarlierLetter earlier = found.orElse(new EarlierLetter(null, "", null, "", ""));
        String date = w.needDate(earlier.date(), "the date of your earlier letter");
        String posted = w.needDate(earlier.postedOn(), "the date you posted it");
        w.heading("No reply to my letter of " + date);
        String about = earlier.subject().isEmpty() ? "" : " about " + earlier.subject();
        w.paragraph("I wrote to you on " + date + about + ". I have had no reply.");
        StringBuilder proof = new StringBuilder("I posted it on ").append(posted);
        proof.append(earlier.howPosted().isEmpty() ? "" : " by " + earlier.howPosted()).append('.');
        if (!earlier.proofReference().isEmpty()) {
            proof.append(" The proof of postage reference is ").append(earlier.proofReference()).append('.');
        }
        w.paragraph(proof + " A copy of the letter is enclosed, in case it did not reach the right person.");
        w.subHeading("What I am asking you to do");
        w.paragraph("Please reply to my letter by " + w.replyBy()
                + ". If you cannot reply in full by then, please tell me when you will.");
        w.enclosure("Copy of my letter of " + date);
        if (!earlier.proofReference().isEmpty()) {
            w.enclosure("Copy of the proof of postage (" + earlier.proofReference() + ")");
        }
        return w.finish();
    }
}
