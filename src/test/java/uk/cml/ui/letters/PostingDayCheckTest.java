package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.store.SeededFacts;

/**
 * Found by a reviewer: a letter logged as posted on a Sunday was taken without a word, though the Post Office
 * counters that give certificates of posting are mostly closed then. A gentle warning, never an error.
 */
class PostingDayCheckTest {

    final PostingDayCheck check = new PostingDayCheck(SeededFacts.calendar());
    static final Optional<PostingMethod> FIRST = Optional.of(PostingMethod.FIRST_CLASS);

    @Test
    void aSundayIsSaidPlainly() {
        assertEquals(Optional.of("6 Dec 2026 is a Sunday: Post Offices are mostly closed. Check the date on your "
                        + "certificate of posting."),
                check.warning(Optional.of(LocalDate.of(2026, 12, 6)), FIRST));
    }

    @Test
    void aBankHolidayIsNamed() {
        Optional<String> said = check.warning(Optional.of(LocalDate.of(2026, 12, 25)), FIRST);
        assertTrue(said.orElse("").startsWith("25 Dec 2026 is a bank holiday (Christmas Day)"), said.toString());
    }

    @Test
    void aWorkingDayOrSaturdayOrNoPostGetsNoWord() {
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 4)), FIRST));
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 5)), FIRST), "Saturday");
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 6)),
                Optional.of(PostingMethod.EMAIL)), "emailed on a Sunday");
        assertEquals(Optional.empty(), check.warning(Optional.empty(), FIRST));
    }

    @Test
    void noWayChosenYetStillWarns() {
        assertTrue(check.warning(Optional.of(LocalDate.of(2026, 12, 6)), Optional.empty()).isPresent());
    }
}
