package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Due dates from one plan")
class DueDatesTest {

    // Dates worked out on a calendar. Monthly plans count from the anchor, so the 31st comes back after February.
    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        // Weekly across the new year: 19 Dec + 7 = 26 Dec, + 7 = 2 Jan 2026 (26 + 7 = 33 - 31), + 7 = 9 Jan
        "WEEKLY      | 2025-12-19 | 2026-01-09 | 2025-12-19 2025-12-26 2026-01-02 2026-01-09",
        // 2028 is a leap year: 31 Jan, 29 Feb, back to 31 Mar, 30 Apr, 31 May
        "MONTHLY     | 2028-01-31 | 2028-05-31 | 2028-01-31 2028-02-29 2028-03-31 2028-04-30 2028-05-31",
        // 2027 is not: 31 Jan, 28 Feb, 31 Mar, 30 Apr
        "MONTHLY     | 2027-01-31 | 2027-04-30 | 2027-01-31 2027-02-28 2027-03-31 2027-04-30",
        // The 30th: last day of February, then the 30th again
        "MONTHLY     | 2027-01-30 | 2027-04-30 | 2027-01-30 2027-02-28 2027-03-30 2027-04-30",
        "MONTHLY     | 2028-01-30 | 2028-03-30 | 2028-01-30 2028-02-29 2028-03-30",
        "MONTHLY     | 2027-01-29 | 2027-03-29 | 2027-01-29 2027-02-28 2027-03-29",
        // The 31st across a year end
        "MONTHLY     | 2026-12-31 | 2027-03-31 | 2026-12-31 2027-01-31 2027-02-28 2027-03-31",
        // asOf the day before a due leaves it out
        "MONTHLY     | 2027-01-31 | 2027-03-30 | 2027-01-31 2027-02-28",
        "FORTNIGHTLY | 2026-01-02 | 2026-02-13 | 2026-01-02 2026-01-16 2026-01-30 2026-02-13",
        // 30 Jan + 28 days = 27 Feb; 27 Feb + 28 days (28-day Feb 2026) = 27 Mar
        "FOUR_WEEKLY | 2026-01-02 | 2026-03-27 | 2026-01-02 2026-01-30 2026-02-27 2026-03-27",
    })
    void dueDates(PaymentFrequency frequency, String firstDue, String asOf, String expected) {
        List<PaymentPlan> plans = List.of(Build.plan("100.00", frequency, firstDue));
        List<String> dates = DueGenerator.dueUpTo(plans, d(asOf), FeeRule.NONE).stream()
                .map(due -> due.date().toString()).toList();
        assertEquals(Arrays.asList(expected.split(" ")), dates);
    }

    @Test
    void plansGivenNewestFirstFollowEachOtherByStartDate() {
        // £60 weekly from Thu 22 Jan 2026 given before £50 weekly from Mon 5 Jan (a parent adds the older plan
        // later): the £50 plan runs 5, 12, 19 Jan and stops before 22 Jan; the £60 plan runs 22, 29 Jan.
        List<PaymentPlan> plans = List.of(Build.weekly("60.00", "2026-01-22"), Build.weekly("50.00", "2026-01-05"));
        List<String> dues = DueGenerator.dueUpTo(DueGenerator.inForceOrder(plans), d("2026-01-31"), FeeRule.NONE)
                .stream().map(due -> due.date() + " " + due.amount().toPlainString()).toList();
        assertEquals(List.of("2026-01-05 50.00", "2026-01-12 50.00", "2026-01-19 50.00", "2026-01-22 60.00",
                "2026-01-29 60.00"), dues);
    }

    @ParameterizedTest(name = "{0} from {1}: first on or after {2} is step {3}")
    @CsvSource(delimiter = '|', value = {
        "MONTHLY | 2028-01-31 | 2028-01-31 | 0",
        "MONTHLY | 2028-01-31 | 2028-02-01 | 1",
        "MONTHLY | 2028-01-31 | 2028-02-29 | 1",
        "MONTHLY | 2028-01-31 | 2028-03-01 | 2",
        "MONTHLY | 2028-01-31 | 2028-03-31 | 2",
        "MONTHLY | 2028-01-31 | 2027-06-01 | 0",
        "WEEKLY  | 2026-01-05 | 2026-01-12 | 1",
        "WEEKLY  | 2026-01-05 | 2026-01-13 | 2",
        "MONTHLY | 2027-01-31 | 2027-12-31 | 11",
    })
    void firstIndexOnOrAfter(PaymentFrequency frequency, String anchor, String date, long step) {
        assertEquals(step, frequency.firstIndexOnOrAfter(d(anchor), d(date)));
    }

    @ParameterizedTest
    @CsvSource({"WEEKLY,Weekly", "FORTNIGHTLY,Every 2 weeks", "FOUR_WEEKLY,Every 4 weeks", "MONTHLY,Monthly"})
    void plainLabels(PaymentFrequency frequency, String label) {
        assertEquals(label, frequency.label());
    }
}
