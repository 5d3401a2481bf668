package uk.cml.letters.templates;

import java.util.Map;
import uk.cml.domain.correspondence.LetterKind;

/**
 * What the letters log records for a letter the app wrote. Its reply-by date is the one the template printed
 * ({@link LetterDraft#replyBy()}, noted by {@link DraftWriter#replyBy}), so the log watches exactly that date.
 */
public final class ReplyDates {

    /**
     * Every template's kind, named one by one: the kind is what the log, the timeline and the evidence pack say the
     * letter was. Complaint threads count only {@link LetterKind#COMPLAINT} letters, so each complaint stage is one.
     */
    private static final Map<String, LetterKind> KINDS = Map.ofEntries(
            Map.entry("confirm-call", LetterKind.FOLLOW_UP_TO_CALL),
            Map.entry("missed-direct-pay", LetterKind.ARREARS_REPORT),
            Map.entry("collect-and-pay", LetterKind.COLLECTION_REQUEST),
            Map.entry("arrears-breakdown", LetterKind.REQUEST_FOR_INFORMATION),
            Map.entry("enforcement-request", LetterKind.COLLECTION_REQUEST),
            Map.entry("collection-complaint", LetterKind.COMPLAINT),
            Map.entry("senior-review", LetterKind.COMPLAINT),
            Map.entry("ice-complaint", LetterKind.COMPLAINT),
            Map.entry("mandatory-reconsideration", LetterKind.RECONSIDERATION_REQUEST),
            Map.entry("write-off-reply", LetterKind.WRITE_OFF_REPLY),
            Map.entry("settlement-reply", LetterKind.REPLY),
            Map.entry("subject-access", LetterKind.SUBJECT_ACCESS_REQUEST),
            // Chasing is not a complaint: logged as one, it would start a complaint thread of its own.
            Map.entry("chase-reply", LetterKind.OTHER),
            // To the other parent, not the CMS: none of the kinds of letter to the CMS is true of it.
            Map.entry("other-parent", LetterKind.OTHER));

    private ReplyDates() {
    }

    /** The kind the letters log records for a template's letter; {@link LetterKind#OTHER} for one not named above. */
    public static LetterKind kind(LetterTemplate template) {
        return KINDS.getOrDefault(template.key(), LetterKind.OTHER);
    }
}
