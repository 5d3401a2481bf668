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

    /**
     * Boxing Day 2026 is a Saturday (its bank holiday is Mon 28 Dec): Post Offices are closed on it all the same,
     * and the warning names it, never "a Sunday".
     */
    @Test
    void boxingDayOnASaturdayIsNamed() {
        assertEquals(Optional.of("26 Dec 2026 is Boxing Day: Post Offices are closed. Check the date on your "
                        + "certificate of posting."),
                check.warning(Optional.of(LocalDate.of(2026, 12, 26)), FIRST));
        assertEquals(Optional.of("1 Jan 2022 is New Year's Day: Post Offices are closed. Check the date on your "
                        + "certificate of posting."),
                check.warning(Optional.of(LocalDate.of(2022, 1, 1)), FIRST));
    }

    @Test
    void aWorkingDayOrSaturdayOrNoPostGetsNoWord() {
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 4)), FIRST));
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 5)), FIRST), "Saturday");
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2026, 12, 6)),
                Optional.of(PostingMethod.EMAIL)), "emailed on a Sunday");
        assertEquals(Optional.empty(), check.warning(Optional.empty(), FIRST));
    }

    /**
     * The warning and the letters' dates use the one rule ({@code UkCalendar#postingDay}): it warns on exactly the
     * days a letter dated then would be counted as posted later. Good Friday 2027 is 26 March (warned); Saturday 27th
     * is not; nor is Fri 2 Apr 2027, an ordinary Friday.
     */
    @Test
    void warnsOnExactlyTheDaysTheLettersCountAsPostedLater() {
        assertTrue(check.warning(Optional.of(LocalDate.of(2027, 3, 26)), FIRST).orElse("")
                .contains("Good Friday"));
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2027, 3, 27)), FIRST));
        assertEquals(Optional.empty(), check.warning(Optional.of(LocalDate.of(2027, 4, 2)), FIRST));
        var calendar = SeededFacts.calendar();
        for (LocalDate day = LocalDate.of(2026, 11, 1); day.isBefore(LocalDate.of(2027, 6, 1)); day = day.plusDays(1)) {
            for (PostingMethod method : PostingMethod.values()) {
                assertEquals(!calendar.postingDay(day, method).equals(day),
                        check.warning(Optional.of(day), Optional.of(method)).isPresent(), day + " " + method);
            }
        }
    }

    @Test
    void noWayChosenYetStillWarns() {
        assertTrue(check.warning(Optional.of(LocalDate.of(2026, 12, 6)), Optional.empty()).isPresent());
    }
}
