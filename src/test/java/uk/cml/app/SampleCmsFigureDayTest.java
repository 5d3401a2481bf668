package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.calendar.UkCalendar;

/** The sample's CMS arrears figure is on a statement the CMS sent, so it is dated on a day the CMS works. */
class SampleCmsFigureDayTest {

    @Test
    @DisplayName("two months before Thu 3 Dec 2026 is Sat 3 Oct, and Fri 2 Oct a due's day: the CMS's figure is dated "
            + "Thu 1 Oct")
    void cmsFigureOnAWorkingDay() {
        Adjustment figure = SampleHistory.realistic(LocalDate.of(2026, 12, 3), 3, 0).adjustments().stream()
                .filter(a -> a.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 1), figure.date());
        // Every day of a year: never a weekend or bank holiday (Easter Monday 2026 is 6 Apr; 6 Jun 2026 a Saturday),
        // nor a Friday, the sample's due day.
        UkCalendar calendar = SeededFacts.calendar();
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
            SampleHistory history = SampleHistory.realistic(today, 1, 0);
            LocalDate day = history.adjustments().get(0).date();
            assertTrue(calendar.isWorkingDay(day), today + " gives " + day);
            assertTrue(day.getDayOfWeek() != java.time.DayOfWeek.FRIDAY
                    || history.plans().stream().allMatch(p -> p.firstDue().isAfter(day)), today + " gives " + day);
        }
    }
}
