package uk.cml.documents;

import static uk.cml.documents.DocumentRefusedException.Reason.HEIC;
import static uk.cml.documents.DocumentRefusedException.Reason.MISLABELLED;
import static uk.cml.documents.DocumentRefusedException.Reason.NOT_SUPPORTED;
import static uk.cml.documents.DocumentRefusedException.Reason.PASSWORD_PROTECTED;
import static uk.cml.documents.DocumentRefusedException.Reason.SOURCE_UNREADABLE;
import static uk.cml.documents.DocumentRefusedException.Reason.STORAGE_FAILED;
import static uk.cml.documents.DocumentRefusedException.Reason.TOO_LARGE;
import static uk.cml.documents.DocumentRefusedException.Reason.UNREADABLE;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** Every message a parent may see when a file is refused, kept together so the wording stays consistent. */
final class Refusals {

    static final String HEIC_MESSAGE = Words.text("documents.refused.heic");

    private Refusals() {
    }

    static DocumentRefusedException tooLarge(String name, long sizeBytes, long limitBytes) {
        return new DocumentRefusedException(TOO_LARGE, sizeBytes > 0
                ? Words.text("documents.refused.tooLarge", quoted(name), megabytes(sizeBytes), megabytes(limitBytes))
                : Words.text("documents.refused.largerThan", quoted(name), megabytes(limitBytes)));
    }

    /** The name is not quoted: it is too long to read in a message. */
    static DocumentRefusedException nameTooLong(int characters, int limit) {
        return new DocumentRefusedException(NOT_SUPPORTED, Words.text("documents.refused.nameTooLong",
                UkFormats.count(characters), UkFormats.count(limit)));
    }

    static DocumentRefusedException heic() {
        return new DocumentRefusedException(HEIC, HEIC_MESSAGE);
    }

    static DocumentRefusedException notSupported(String name, String whatItIs) {
        return new DocumentRefusedException(NOT_SUPPORTED, Words.text("documents.refused.notSupported", quoted(name),
                whatItIs));
    }

    static DocumentRefusedException mislabelled(String name, String whatNameSays, DocumentType actual) {
        // The name without its misleading ending claims nothing, so the content decides when it is added again.
        String kept = name.substring(0, name.lastIndexOf('.')).strip();
        DocumentRefusedException.AddAs addAs = kept.isEmpty() || FileNameClaim.disagreement(kept, actual).isPresent()
                ? null : new DocumentRefusedException.AddAs(actual, kept, Words.text(
                        "documents.refused.mislabelledAddAs", quoted(name), whatNameSays, actual.description(),
                        quoted(kept)));
        return new DocumentRefusedException(MISLABELLED, Words.text("documents.refused.mislabelled", quoted(name),
                whatNameSays, actual.description(), actual.extensions().get(0)), null, addAs);
    }

    static DocumentRefusedException unreadable(String name, DocumentType type, Throwable cause) {
        return new DocumentRefusedException(UNREADABLE, Words.text("documents.refused.damaged", quoted(name),
                type.description()), cause);
    }

    static DocumentRefusedException empty(String name) {
        return new DocumentRefusedException(UNREADABLE, Words.text("documents.refused.empty", quoted(name)));
    }

    static DocumentRefusedException passwordProtected(String name, Throwable cause) {
        return new DocumentRefusedException(PASSWORD_PROTECTED, Words.text("documents.refused.password",
                quoted(name)), cause);
    }

    static DocumentRefusedException sourceUnreadable(String name, Throwable cause) {
        return new DocumentRefusedException(SOURCE_UNREADABLE, Words.text("documents.refused.sourceUnreadable",
                quoted(name)), cause);
    }

    static DocumentRefusedException storageFailed(Throwable cause) {
        return new DocumentRefusedException(STORAGE_FAILED, Words.text("documents.refused.storageFailed"), cause);
    }

    /**
     * "15.3 MB", in the megabytes (MiB) Windows Explorer shows, rounded up so a file just over
     * the limit never reads as exactly the limit.
     */
    static String megabytes(long bytes) {
        long tenths = (bytes * 10 + MIB - 1) / MIB;
        return Words.text("documents.size.megabytes", (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10)));
    }

    private static final long MIB = 1024L * 1024L;

    private static String quoted(String name) {
        return "\u201C" + name + "\u201D";
    }
}
