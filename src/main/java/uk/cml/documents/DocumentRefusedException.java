package uk.cml.documents;

import java.util.Objects;

/**
 * A file the store would not (or could not) keep. {@link #getMessage()} is plain English for the
 * parent and can be shown as it is; the cause, if any, is for the log only.
 */
public class DocumentRefusedException extends Exception {

    /** Why, so the UI can choose an icon or offer a next step without parsing the message. */
    public enum Reason {
        /** Over the size limit. */
        TOO_LARGE,
        /** An iPhone HEIC/HEIF photo, which the app cannot read. */
        HEIC,
        /** Not a PDF, JPEG or PNG. */
        NOT_SUPPORTED,
        /** The name says one type, the content is another. */
        MISLABELLED,
        /** The right kind of file, but damaged, cut short or empty. */
        UNREADABLE,
        /** A PDF that needs a password to open. */
        PASSWORD_PROTECTED,
        /** The parent's file could not be read (moved, locked by another program, no permission). */
        SOURCE_UNREADABLE,
        /** The copy could not be written into the data folder (disk full, no permission). */
        STORAGE_FAILED
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DocumentRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
