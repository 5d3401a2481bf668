package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The 6 weeks a breakdown of arrears can take is an adviser's estimate (seed 004), not a CMS time limit or target:
 * the letter says it is the parent's understanding, and never that the CMS must answer by a date or has a limit.
 */
class BreakdownEstimateTest {

    @Test
    void theSixWeeksAreTheParentsUnderstandingNotACmsLimit() {
        LetterFacts facts = Facts.complete(LetterTemplates.ARREARS_BREAKDOWN);
        LetterDraft draft = LetterTemplates.ARREARS_BREAKDOWN.draft(facts);
        String text = draft.allText();
        assertTrue(text.contains("I understand this can take up to 6 weeks"), text);
        String lower = text.toLowerCase(Locale.UK);
        for (String claim : new String[] {"must", "deadline", "time limit", "target", "formal complaint about the delay",
                "weeks from the date of this letter"}) {
            assertFalse(lower.contains(claim), "the letter says \"" + claim + "\": " + text);
        }
        // The date the letter hopes for, and the log watches, is still the letter's date plus 6 weeks (a working day).
        // Letter of Sunday 22 November 2026: 6 weeks on is Sunday 3 January 2027, so Monday 4 January.
        assertEquals(LocalDate.of(2027, 1, 4), draft.replyBy().orElseThrow());
        assertTrue(text.contains("4 January 2027"), text);
    }
}
