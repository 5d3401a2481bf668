package uk.cml.letters.templates;

/** 5. A complaint about how arrears are being collected: repayment too slow, or enforcement too slow. */
final class CollectionComplaintLetter implements LetterTemplate {

    @Override
    public String key() {
        return "collection-complaint";
    }

    @Override
    public String title() {
        return "Complain about how arrears are collected";
    }

    @Override
    public String fileTitle() {
        return "Complaint to CMS";
    }

    @Override
    public RecipientRole recipientRole() {
        return RecipientRole.CMS_COLLECTION;
    }

    @Override
    public LetterDraft draft(LetterFacts facts) {
        DraftWriter w = new DraftWriter(this, facts);
        ComplaintDetails c = ComplaintParts.of(facts);
        ArrearsDetails arrears = facts.arrears();
        w.heading("COMPLAINT");
        String owed = arrears.owedNow().isPositive()
                ? " " + w.otherParent() + " owes " + arrears.owedNow().format() + " in arrears." : "";
        w.paragraph("This is a formal complaint about how you are collecting the arrears on my case." + owed);
        ComplaintParts.whatHappened(w, c);
        ComplaintParts.effectOnChildren(w);
        ComplaintParts.whatIWant(w, c);
        w.paragraph("Please confirm within 2 working days that you have received this complaint, and send me "
                + "your full reply within " + ReplyDates.COMPLAINT_WORKING_DAYS + " working days of getting it, by "
                + w.replyBy() + ".");
        facts.earlierLetter().ifPresent(earlier -> w.enclosure("Copy of my letter of " + w.date(earlier.date())));
        return w.finish();
    }
}
