package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.arrears.ArrearsSchedule;

/**
 * "How long the arrears have been owed" dates them as the schedule does: from the oldest due still owed in the whole
 * record, not the oldest of the few months a letter lists.
 */
@DisplayName("The enforcement letter dates the arrears from the oldest due still owed")
class ArrearsOwedSinceTest {

    @Test
    void oldestDueStillOwedBeforeTheListedMonths() throws IOException {
        // 26 unpaid weekly dues of £65.00 up to 21 Nov 2026: the first fell due on 24 May 2026, long before the
        // three months a letter lists.
        ArrearsSchedule weeks = Facts.unpaidWeeks(26);
        LocalDate first = weeks.lines().get(0).date();
        assertEquals(LocalDate.of(2026, 5, 24), first);
        ArrearsDetails arrears = ArrearsDetails.from(weeks);
        assertTrue(arrears.lines().get(0).date().isAfter(first.plusMonths(2)), "the letter lists recent dues only");
        assertTrue(arrears.owedEarlier().isPositive());
        assertEquals(first, arrears.oldestOwed());

        LetterFacts facts = Facts.complete(weeks).toBuilder()
                .recipient(Facts.recipientFor(LetterTemplates.ENFORCEMENT_REQUEST.recipientRole())).build();
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts).flat();
        assertTrue(text.contains("The oldest of these arrears have been owed since 24 May 2026."), text);
    }
}
