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
        // The date the letter hopes for, and the log watches, is 6 weeks from when the CMS receives it (a working
        // day). Letter of Sunday 22 Nov 2026, posted first class on Monday 23rd, the first day Post Offices open:
        // received on the second working day after, Wednesday 25 November; 6 weeks on is Wednesday 6 Jan 2027, a
        // working day. (From the letter's own date it was Monday 4 January, before 6 weeks with the CMS were up;
        // counted from posting it that Sunday, Tuesday 5 January.)
        assertEquals(LocalDate.of(2027, 1, 6), draft.replyBy().orElseThrow());
        assertTrue(text.contains("6 Jan 2027"), text);
        assertFalse(text.contains("4 Jan 2027"), text);
        assertFalse(text.contains("5 Jan 2027"), text);
    }
}
