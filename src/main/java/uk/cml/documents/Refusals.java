package uk.cml.documents;

import static uk.cml.documents.DocumentRefusedException.Reason.HEIC;
import static uk.cml.documents.DocumentRefusedException.Reason.MISLABELLED;
import static uk.cml.documents.DocumentRefusedException.Reason.NOT_SUPPORTED;
import static uk.cml.documents.DocumentRefusedException.Reason.PASSWORD_PROTECTED;
import static uk.cml.documents.DocumentRefusedException.Reason.SOURCE_UNREADABLE;
import static uk.cml.documents.DocumentRefusedException.Reason.STORAGE_FAILED;
import static uk.cml.documents.DocumentRefusedException.Reason.TOO_LARGE;
import static uk.cml.documents.DocumentRefusedException.Reason.UNREADABLE;

/** Every message a parent may see when a file is refused, kept together so the wording stays consistent. */
final class Refusals {

    static final String HEIC_MESSAGE = "This is an iPhone HEIC photo. The app cannot read these yet. "
            + "On the iPhone, choose Settings > Camera > Formats > Most Compatible, "
            + "or share the photo as JPEG, then add it again.";

    private Refusals() {
    }

    static DocumentRefusedException tooLarge(String name, long sizeBytes, long limitBytes) {
        String size = sizeBytes > 0 ? " is " + megabytes(sizeBytes) : " is larger than " + megabytes(limitBytes);
        return new DocumentRefusedException(TOO_LARGE, quoted(name) + size + ". The app keeps files up to "
                + megabytes(limitBytes) + ". If it is a scan, scan it again at a lower resolution "
                + "(200 dpi is enough), or save it as a smaller PDF, then add it again.");
    }

    static DocumentRefusedException heic() {
        return new DocumentRefusedException(HEIC, HEIC_MESSAGE);
    }

    static DocumentRefusedException notSupported(String name, String whatItIs) {
        return new DocumentRefusedException(NOT_SUPPORTED, "The app keeps PDFs and photos (JPEG or PNG). "
                + "This file, " + quoted(name) + ", is " + whatItIs + ". "
                + "Save or print it as a PDF, or take a photo or screenshot of it, then add that.");
    }

    static DocumentRefusedException mislabelled(String name, String whatNameSays, DocumentType actual) {
        return new DocumentRefusedException(MISLABELLED, quoted(name) + " is named as " + whatNameSays
                + ", but it is really " + actual.description() + ". The app has not added it, in case it is "
                + "the wrong file. Check it is the file you meant, rename it to end in ."
                + actual.extensions().get(0) + ", then add it again.");
    }

    static DocumentRefusedException unreadable(String name, DocumentType type, Throwable cause) {
        return new DocumentRefusedException(UNREADABLE, quoted(name) + " looks like " + type.description()
                + ", but it is damaged or incomplete, so the app cannot open it. If you downloaded it, "
                + "download it again; if it came by email or phone, ask for it to be sent again.", cause);
    }

    static DocumentRefusedException empty(String name) {
        return new DocumentRefusedException(UNREADABLE, quoted(name) + " is empty: it has nothing in it. "
                + "Check you chose the right file, then add it again.");
    }

    static DocumentRefusedException passwordProtected(String name, Throwable cause) {
        return new DocumentRefusedException(PASSWORD_PROTECTED, quoted(name) + " is a PDF locked with a password. "
                + "Open it with its password, save or print it as a new PDF without one, then add that.", cause);
    }

    static DocumentRefusedException sourceUnreadable(String name, Throwable cause) {
        return new DocumentRefusedException(SOURCE_UNREADABLE, "The app could not read " + quoted(name) + ". "
                + "Check the file is still there and is not open in another program, then try again.", cause);
    }

    static DocumentRefusedException storageFailed(Throwable cause) {
        return new DocumentRefusedException(STORAGE_FAILED, "The app could not save a copy of this file in its "
                + "data folder. Check the disk is not full, then try again.", cause);
    }

    /**
     * "15.3 MB", in the megabytes (MiB) Windows Explorer shows, rounded up so a file just over
     * the limit never reads as exactly the limit.
     */
    static String megabytes(long bytes) {
        long tenths = (bytes * 10 + MIB - 1) / MIB;
        return (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10)) + " MB";
    }

    private static final long MIB = 1024L * 1024L;

    private static String quoted(String name) {
        return "\u201C" + name + "\u201D";
    }
}
