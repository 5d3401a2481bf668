package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Overview's "Expected and received" bars put money in the month of the due it paid, as the Payments page and
 * the arrears schedule apply it: by the bank alone a due of Mon 31 Aug 2026 (a bank holiday) paid on Tue 1 Sep
 * showed £0 in August and £400 in September, a missed month where every month was paid (reviewer, case d3).
 */
class MonthBarsByDueTest {

    private static List<String> rows(ArrearsSchedule schedule) {
        List<String> rows = new ArrayList<>();
        schedule.expectedVsReceivedByMonth().forEach((month, totals) -> rows.add(month + " "
                + totals.expected().toPlainString() + " " + totals.received().toPlainString()));
        return rows;
    }

    @Test
    @DisplayName("Monthly £200 on the 31st, each paid on time by its working day: every month £200 against £200")
    void aDueOfABankHolidayPaidTheNextWorkingDayCountsInItsOwnMonth() {
        ArrearsSchedule schedule = Build.schedule(List.of(Build.plan("200", PaymentFrequency.MONTHLY, "2026-07-31")),
                List.of(Build.pay("2026-07-31", "200"), Build.pay("2026-09-01", "200"),
                        Build.pay("2026-09-30", "200"), Build.pay("2026-11-02", "200"),
                        Build.pay("2026-11-30", "200")), List.of(), "2026-12-04");
        assertEquals(List.of("2026-07 200.00 200.00", "2026-08 200.00 200.00", "2026-09 200.00 200.00",
                "2026-10 200.00 200.00", "2026-11 200.00 200.00", "2026-12 0.00 0.00"), rows(schedule));
    }

    @Test
    @DisplayName("Money not yet counted for any due (credit) stays in the month it arrived, so the bars add up to "
            + "all that was received")
    void creditStaysWhereItArrived() {
        // £100 monthly from Sun 31 Jan 2027. 2 Feb's £100 pays January (late); 28 Feb's £150 pays February and
        // holds £50 as credit; as of 15 Mar (31 Mar not yet due) the £50 is counted for no due.
        ArrearsSchedule schedule = Build.schedule(List.of(Build.plan("100", PaymentFrequency.MONTHLY, "2027-01-31")),
                List.of(Build.pay("2027-02-02", "100"), Build.pay("2027-02-28", "150")), List.of(), "2027-03-15");
        assertEquals(List.of("2027-01 100.00 100.00", "2027-02 100.00 150.00", "2027-03 0.00 0.00"),
                rows(schedule));
    }
}
