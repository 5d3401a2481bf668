package uk.cml.domain.correspondence;

/**
 * What a letter to the CMS is about. Each kind carries the working days the app allows for a reply
 * once the letter is delivered. Only the complaint figure is a published CMS target (15 working days);
 * the others are a sensible prompt to chase, and the parent can change any reply-by date.
 */
public enum LetterKind {
    FOLLOW_UP_TO_CALL("Follow-up to a call", 10),
    ARREARS_REPORT("Report of missed payments", 15),
    COMPLAINT("Complaint", 15),
    REQUEST_FOR_INFORMATION("Request for information", 20),
    REPLY("Reply to a letter", 15),
    OTHER("Other", 20);

    private final String label;
    private final int replyWorkingDays;

    LetterKind(String label, int replyWorkingDays) {
        this.label = label;
        this.replyWorkingDays = replyWorkingDays;
    }

    public String label() {
        return label;
    }

    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    @Override
    public String toString() {
        return label;
    }
}
