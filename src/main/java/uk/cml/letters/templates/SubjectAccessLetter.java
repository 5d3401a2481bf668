package uk.cml.letters.templates;

import java.util.List;

/** 10. A subject access request for the parent's own CMS records, under UK GDPR; the answer is due in 1 month. */
final class SubjectAccessLetter implements LetterTemplate {

    @Override
    public String key() {
        return "subject-access";
    }

    @Override
    public String title() {
        return "Ask for a copy of your CMS records";
    }

    @Override
    public String fileTitle() {
        return "Subject access request to CMS";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_GENERAL;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        w.heading("Subject access request");
        w.paragraph("I am making a subject access request under the UK General Data Protection Regulation. Please "
                + "send me a copy of all the personal information the Child Maintenance Service holds about me.");
        w.paragraph("This includes:");
        w.bullets(List.of("notes on my case, including notes of phone calls and any call recordings;",
                "letters, emails and messages to and from me;",
                "the calculations of maintenance and of the arrears on my case; and",
                "records of the steps taken to collect the arrears, and why."));
        w.paragraph("My name, address and references are at the top of this letter, to help you find my records.");
        w.subHeading("What I am asking you to do");
        w.paragraph("The law gives you one month from getting this request to reply. Please send the information by "
                + w.replyBy() + ". If you need more time, please tell me before then "
                + "and say why. Please send it by post to the address above.");
        return w.finish();
    }
}
