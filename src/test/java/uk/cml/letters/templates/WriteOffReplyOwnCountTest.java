package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reply to a write-off proposal printed "within the 30 days your letter allowed, which end on 12 Dec 2026": that
 * end date is the app's own count (cms-facts.md says only "30 days to reply"), printed as if the CMS had said it. The
 * letter names the CMS letter's date and the 30 days it allowed, and never states when the CMS's limit ends; a late
 * reply says the end date only as the parent's own count.
 */
class WriteOffReplyOwnCountTest {

    @Test
    void aReplyInTimeNamesTheCmsLettersDateAndTheDaysItAllowedButNoEndDate() {
        String text = LetterTemplates.WRITE_OFF_REPLY.draft(Facts.complete(LetterTemplates.WRITE_OFF_REPLY))
                .allText();
        assertTrue(text.contains("I am replying within the 30 days your letter of 12 Nov 2026 allowed."), text);
        assertFalse(text.contains("12 Dec 2026"), "the app's count of the limit is never printed as the CMS's: "
                + text);
        assertFalse(text.contains("which end on"), text);
    }

    @Test
    void aLateReplySaysTheEndOnlyAsTheParentsOwnCount() {
        String text = LetterTemplates.WRITE_OFF_REPLY.draft(Facts.complete(LetterTemplates.WRITE_OFF_REPLY)
                .toBuilder().letterDate(LocalDate.of(2026, 12, 15)).build()).allText();
        assertFalse(text.contains("which ended on"), text);
        assertTrue(text.contains("Your letter of 12 Nov 2026 gave me 30 days to reply. By my own count they ended on "
                + "12 Dec 2026, so this reply may be late."), text);
    }

    /** The app's warning after the last day to post 1st class: the day is the app's safe suggestion, no more. */
    @Test
    void theWarningAfterTheLastDayToPostSaysItWasTheSafeDayNotTheDayToArriveInTime() {
        LetterDraft draft = LetterTemplates.WRITE_OFF_REPLY.draft(Facts.complete(LetterTemplates.WRITE_OFF_REPLY)
                .toBuilder().letterDate(LocalDate.of(2026, 12, 11)).build());
        String warnings = draft.warnings().stream().map(w -> w.message()).reduce("", (a, b) -> a + " " + b);
        assertFalse(warnings.contains("arrive in time"), warnings);
        assertTrue(warnings.contains("To be safe, count it as made only when the CMS gets it, so the last day to post it "
                + "1st class was "), warnings);
    }
}
