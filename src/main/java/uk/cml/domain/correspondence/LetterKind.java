package uk.cml.domain.correspondence;

import uk.cml.domain.Labelled;

/**
 * What a letter to the CMS is about. Each kind carries the working days the app allows for a reply
 * once the letter is delivered. Only the complaint figure is a published CMS target (15 working days);
 * the others are a sensible prompt to chase, and the parent can change any reply-by date.
 */
public enum LetterKind implements Labelled {
    FOLLOW_UP_TO_CALL(10),
    ARREARS_REPORT(15),
    COMPLAINT(15),
    REQUEST_FOR_INFORMATION(20),
    REPLY(15),
    OTHER(20);

    private final int replyWorkingDays;

    LetterKind(int replyWorkingDays) {
        this.replyWorkingDays = replyWorkingDays;
    }

    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    @Override
    public String toString() {
        return label();
    }
}
