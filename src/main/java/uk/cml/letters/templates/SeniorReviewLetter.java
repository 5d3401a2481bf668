package uk.cml.letters.templates;

/** 6. After an unsatisfactory reply, asks for the complaint to be looked at again by a senior manager. */
final class SeniorReviewLetter implements LetterTemplate {

    @Override
    public String key() {
        return "senior-review";
    }

    @Override
    public String title() {
        return "Ask a senior manager to review a complaint";
    }

    @Override
    public String fileTitle() {
        return "Complaint review request to CMS";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_COLLECTION;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ComplaintDetails c = ComplaintParts.of(facts);
        String complained = w.needDate(c.complainedOn(), "the date of your complaint");
        String replied = w.needDate(c.cmsRepliedOn(), "the date of the CMS reply");
        w.heading("COMPLAINT: please ask a senior manager to review it");
        w.paragraph("I complained to you on " + complained + ". You replied on " + replied + ". Your reply does "
                + "not settle my complaint. I ask for it to be looked at again by a senior manager.");
        w.subHeading("Why the reply does not settle my complaint");
        w.paragraph(Text.sentence(w.need(c.whatWentWrong(), "why the reply does not settle your complaint")));
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.whatIWant(w, c);
        w.paragraph("Please send me the senior manager's reply within " + ReplyDates.COMPLAINT_WORKING_DAYS
                + " working days of getting this letter, by " + w.replyBy() + ". If that reply "
                + "is your final response, please say so clearly, so that I can ask the Independent Case Examiner "
                + "to look at my complaint.");
        w.enclosure("Copy of my complaint of " + complained);
        w.enclosure("Copy of your reply of " + replied);
        return w.finish();
    }
}
