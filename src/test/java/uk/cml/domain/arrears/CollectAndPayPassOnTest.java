package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.UkCalendar;

/**
 * Reviewer rv9, worked by hand: under Collect and Pay the paying parent pays the CMS on the due date and the CMS passes
 * the money on, which takes a few days. Money that reaches the parent within the allowance (the facts table's
 * {@code collect_and_pay.pass_on.working_days}, 5 working days as new records hold it) after the day the due was on
 * time by is on time; after it, late, the days counted from the day it was on time by. Direct Pay is unchanged, and an
 * allowance of 0 counts as before. England and Wales calendar: Mon 31 Aug 2026 is the summer bank holiday.
 */
@DisplayName("Under Collect and Pay, money passed on within the allowance is on time; Direct Pay is unchanged")
class CollectAndPayPassOnTest {

    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));

    private static ArrearsSchedule schedule(int passOn, FeeRule fee, List<Payment> payments, String asOf,
            PaymentPlan... plans) {
        return new ArrearsCalculator(UkCalendar.workingDaysOnly(BankHolidays.englandAndWales()), passOn).calculate(List.of(plans), payments, List.of(),
                d(asOf), fee);
    }

    @Test
    @DisplayName("the reviewer's week: due Mon 7 Sep, passed on Wed 9 Sep, is on time, not 'Arrived late (2 days)'")
    void twoDaysToPassOnIsOnTime() {
        ScheduleLine line = schedule(5, FOUR, List.of(Build.viaCms("2026-09-09", "49.80")), "2026-09-20",
                weekly("51.87", "2026-09-07")).lines().get(0);
        assertEquals(LineStatus.PAID, line.status());
        assertFalse(line.arrivedLate());
        assertEquals(0, line.daysLate());
        assertEquals("Arrived in full", line.statusText());
        assertEquals(d("2026-09-07"), line.onTimeBy(), "the day the paying parent pays the CMS by does not move");
        assertEquals(d("2026-09-14"), line.lateAfter());
    }

    @Test
    @DisplayName("across the bank holiday: due Thu 27 Aug, on time until Fri 4 Sep (5 working days, 31 Aug skipped)")
    void onTimeWithinTheAllowanceAcrossABankHoliday() {
        PaymentPlan monthly = plan("200.00", PaymentFrequency.MONTHLY, "2026-08-27");
        ScheduleLine onTime = schedule(5, FOUR, List.of(Build.viaCms("2026-09-04", "192.00")), "2026-09-20", monthly)
                .lines().get(0);
        assertEquals(d("2026-09-04"), onTime.lateAfter());
        assertEquals(LineStatus.PAID, onTime.status());
        assertFalse(onTime.arrivedLate());
    }

    @Test
    @DisplayName("after the allowance it is late, the days counted from the day it was on time by: Mon 7 Sep is 11 days")
    void lateAfterTheAllowance() {
        PaymentPlan monthly = plan("200.00", PaymentFrequency.MONTHLY, "2026-08-27");
        ArrearsSchedule s = schedule(5, FOUR, List.of(Build.viaCms("2026-09-07", "192.00")), "2026-09-20", monthly);
        ScheduleLine late = s.lines().get(0);
        assertEquals(LineStatus.PAID_LATE, late.status());
        assertTrue(late.arrivedLate());
        assertEquals(11, late.daysLate());
    }

    @Test
    @DisplayName("Direct Pay is unchanged: money two days after its due is 2 days late, whatever the allowance")
    void directPayUnchanged() {
        ScheduleLine line = schedule(5, FeeRule.NONE, List.of(Build.pay("2026-09-09", "51.87")), "2026-09-20",
                weekly("51.87", "2026-09-07")).lines().get(0);
        assertEquals(LineStatus.PAID_LATE, line.status());
        assertEquals(2, line.daysLate());
        assertEquals("Arrived late (2 days)", line.statusText());
        assertEquals(line.onTimeBy(), line.lateAfter());
    }

    @Test
    @DisplayName("an allowance of 0 counts as before: passed on two days after its due, 2 days late")
    void noAllowanceIsTheOldRule() {
        ScheduleLine line = schedule(0, FOUR, List.of(Build.viaCms("2026-09-09", "49.80")), "2026-09-20",
                weekly("51.87", "2026-09-07")).lines().get(0);
        assertEquals(LineStatus.PAID_LATE, line.status());
        assertEquals(2, line.daysLate());
        assertEquals(line.onTimeBy(), line.lateAfter());
    }

    @Test
    @DisplayName("part of it within the allowance and the rest after: only the rest is late")
    void partWithinAndPartAfter() {
        ScheduleLine line = schedule(5, FOUR, List.of(Build.viaCms("2026-09-09", "24.90"),
                Build.viaCms("2026-09-16", "24.90")), "2026-09-20", weekly("51.87", "2026-09-07"),
                Build.stopped("2026-09-14"))
                .lines().get(0);
        assertTrue(line.arrivedLate(), line.statusText());
        assertEquals(1, line.lateMoney().size(), line.statusText());
        assertEquals(d("2026-09-16"), line.lateMoney().get(0).arrived());
        assertEquals(9, line.lateMoney().get(0).daysLate());
    }
}
