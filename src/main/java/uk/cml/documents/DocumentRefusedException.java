package uk.cml.documents;

import java.util.Objects;
import java.util.Optional;

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

    /**
     * How a mislabelled file can still be added: as what it really is, under its name without the ending that
     * misnames it ("Bank statement (renamed).pdf", really a JPEG photo, as "Bank statement (renamed)").
     *
     * @param message the refusal's words where a button offers this, in place of "rename it, then add it again"
     */
    public record AddAs(DocumentType type, String name, String message) {
        public AddAs {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Reason reason;
    private final transient AddAs addAs;

    public DocumentRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public DocumentRefusedException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    DocumentRefusedException(Reason reason, String message, Throwable cause, AddAs addAs) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.addAs = addAs;
    }

    /** For a mislabelled file, what it really is and the name to keep it under; empty for every other refusal. */
    public Optional<AddAs> addAs() {
        return Optional.ofNullable(addAs);
    }

    public Reason reason() {
        return reason;
    }
}
