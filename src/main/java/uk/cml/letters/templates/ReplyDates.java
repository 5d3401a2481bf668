package uk.cml.letters.templates;

import java.util.Map;
import uk.cml.domain.correspondence.LetterKind;

/**
 * What the letters log records for a letter the app wrote. Its reply-by date is the one the template printed
 * ({@link LetterDraft#replyBy()}, noted by {@link DraftWriter#replyBy}), so the log watches exactly that date.
 */
public final class ReplyDates {

    private static final Map<String, LetterKind> KINDS = Map.ofEntries(
            Map.entry("confirm-call", LetterKind.FOLLOW_UP_TO_CALL),
            Map.entry("missed-direct-pay", LetterKind.ARREARS_REPORT),
            Map.entry("arrears-breakdown", LetterKind.REQUEST_FOR_INFORMATION),
            Map.entry("subject-access", LetterKind.REQUEST_FOR_INFORMATION),
            Map.entry("collection-complaint", LetterKind.COMPLAINT),
            Map.entry("senior-review", LetterKind.COMPLAINT),
            Map.entry("ice-complaint", LetterKind.COMPLAINT),
            Map.entry("enforcement-request", LetterKind.ARREARS_REPORT),
            Map.entry("mandatory-reconsideration", LetterKind.REPLY),
            Map.entry("write-off-reply", LetterKind.REPLY),
            Map.entry("settlement-reply", LetterKind.REPLY));

    private ReplyDates() {
    }

    /** The kind the letters log records for a template's letter. */
    public static LetterKind kind(LetterTemplate template) {
        return KINDS.getOrDefault(template.key(), LetterKind.OTHER);
    }
}
