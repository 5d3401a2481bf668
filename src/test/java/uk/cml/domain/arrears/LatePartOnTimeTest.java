package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A due paid partly on time and partly late says both, not "Arrived late" as if all of it came late: the bank
 * statement shows the part that came on its day. Worked by hand; the matching and every figure are as before (the
 * rows' received, short and balance figures are the ones the old code gave).
 */
@DisplayName("A due paid partly on time and partly late says which part was on time")
class LatePartOnTimeTest {

    private static Payment pay(long id, String date, String pounds) {
        return new Payment(id, d(date), m(pounds), PaymentMethod.BANK_TRANSFER, "", "");
    }

    /**
     * Monthly £212.40 due on the 1st from Mon 1 Jun 2026. £100.00 arrived Mon 1 Jun (id 1), £112.40 Fri 5 Jun (id 2):
     * paid in full, 4 days after its day for the second part. Schedule to Tue 30 Jun 2026.
     */
    @Test
    @DisplayName("Paid in full: £100.00 on time, £112.40 four days late")
    void paidInFullPartLate() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-01", "100.00"), pay(2, "2026-06-05", "112.40")), List.of(), "2026-06-30");
        assertEquals(List.of("2026-06-01 | Paid in full: £100.00 arrived on time; £112.40 arrived 4 days late"
                + " | 212.40 | 0.00 | 0.00"), Build.rows(s));
        ScheduleLine june = s.lines().get(0);
        assertEquals(LineStatus.PAID_LATE, june.status());
        assertEquals(4, june.daysLate());
        assertEquals("In full, part late (4 days)", june.statusChipText());
        assertEquals("In full, part late\n(4 days)", june.statusChipTextOnTwoLines());
        assertTrue(june.arrivedLate());
        assertTrue(june.lateInPart());
        assertEquals(m("112.40"), june.lateTotal());
        assertFalse(june.lateBy(1));
        assertTrue(june.lateBy(2));
        assertEquals(m("0.00"), s.owedNow());
    }

    /**
     * The same due, part paid: £100.00 on Mon 1 Jun, £50.00 on Thu 4 Jun (3 days late); £62.40 still owed. The chip
     * says only part of what came was late.
     */
    @Test
    @DisplayName("Part paid: £100.00 on time, £50.00 three days late, £62.40 still owed")
    void partPaidPartLate() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-01", "100.00"), pay(2, "2026-06-04", "50.00")), List.of(), "2026-06-30");
        assertEquals(List.of("2026-06-01 | Part paid: £100.00 arrived on time; £50.00 arrived 3 days late;"
                + " £62.40 still owed | 150.00 | 62.40 | 62.40"), Build.rows(s));
        ScheduleLine june = s.lines().get(0);
        assertEquals("Part paid, part late (short £62.40)", june.statusChipText());
        assertEquals("Part paid, part late\n(short £62.40)", june.statusChipTextOnTwoLines());
        assertTrue(june.lateInPart());
    }

    /** All of what came for a part-paid due came late: the chip says it without "part". */
    @Test
    @DisplayName("Part paid, all of it late: the chip keeps 'late'")
    void partPaidAllLate() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-04", "150.00")), List.of(), "2026-06-30");
        ScheduleLine june = s.lines().get(0);
        assertEquals("Part paid: £150.00 arrived 3 days late; £62.40 still owed", june.statusText());
        assertEquals("Part paid, late (short £62.40)", june.statusChipText());
        assertFalse(june.lateInPart());
    }

    /**
     * Paid in full by late money only: one payment, or several on one day, "Arrived late" with its days. Late
     * payments on different days each say their own days ("Arrived late (6 days)" read as all of it 6 days late,
     * when the bank statement shows £50.00 a day late); the chip gives the fewest and the most.
     */
    @Test
    @DisplayName("All late: 'Arrived late (3 days)'; two late payments on different days each with its days")
    void allLate() {
        // Monthly £100.00 from Tue 1 Sep 2026: 1 Sep £100.00 on Fri 4 Sep (3 days). 1 Oct (Thu) £50.00 on Fri 2 Oct
        // (1 day) and £50.00 on Wed 7 Oct (6 days).
        ArrearsSchedule s = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-09-01")),
                List.of(pay(1, "2026-09-04", "100.00"), pay(2, "2026-10-02", "50.00"), pay(3, "2026-10-07", "50.00")),
                List.of(), "2026-10-20");
        assertEquals(List.of(
                "2026-09-01 | Arrived late (3 days) | 100.00 | 0.00 | 0.00",
                "2026-10-01 | Paid in full, late: £50.00 arrived 1 day late; £50.00 arrived 6 days late | 100.00"
                        + " | 0.00 | 0.00"),
                Build.rows(s));
        assertEquals("Arrived late (1 to 6 days)", s.lines().get(1).statusChipText());
        assertEquals(6, s.lines().get(1).daysLate());
        assertFalse(s.lines().get(0).lateInPart());
        assertFalse(s.lines().get(1).lateInPart());
    }

    /**
     * Money paid over an earlier due, then late money: the paid-over part came before, so it is not called late.
     * Monthly £100.00 on the 3rd from Wed 3 Jun 2026; 3 Jun £100.00; Fri 3 Jul £150.00 (£50.00 over, kept); Mon 3
     * Aug nothing in its days; Mon 10 Aug £50.00 (7 days late) completes it.
     */
    @Test
    @DisplayName("Paid over, then late: in full, part late")
    void paidOverThenLate() {
        ArrearsSchedule s = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-06-03")),
                List.of(pay(1, "2026-06-03", "100.00"), pay(2, "2026-07-03", "150.00"), pay(3, "2026-08-10", "50.00")),
                List.of(), "2026-08-20");
        assertEquals("2026-08-03 | Paid in full: £50.00 paid over on 3 Jul 2026 counts towards it; £50.00 arrived"
                + " 7 days late | 100.00 | 0.00 | 0.00", Build.rows(s).get(2));
        assertEquals("In full, part late (7 days)", s.lines().get(2).statusChipText());
    }

    /**
     * A Sunday's due counts its days from the Monday, and names it. Weekly £40.00 from Sun 1 Nov 2026 (on time by Mon
     * 2 Nov): £20.00 on Mon 2 Nov, £20.00 on Wed 4 Nov (2 days after Mon 2 Nov).
     */
    @Test
    @DisplayName("A Sunday's due: in full, part late, counted from the Monday")
    void sundayDue() {
        ArrearsSchedule s = Build.schedule(List.of(weekly("40.00", "2026-11-01")),
                List.of(pay(1, "2026-11-02", "20.00"), pay(2, "2026-11-04", "20.00")), List.of(), "2026-11-06");
        ScheduleLine first = s.lines().get(0);
        assertEquals("Paid in full: £20.00 arrived on time; £20.00 arrived 2 days late (after Mon 2 Nov 2026)",
                first.statusText());
        assertEquals("In full, part late (2 days after Mon 2 Nov)", first.statusChipText());
        assertEquals("In full, part late\n(2 days after Mon 2 Nov)", first.statusChipTextOnTwoLines());
    }

    /**
     * Under Collect and Pay (4% fee) the words say what reached the parent and that the amounts are before the fee:
     * £100.00 due Mon 1 Jun 2026 (£96.00 after the fee); £48.00 passed on Mon 1 Jun (£50.00 before the fee) and
     * £48.00 on Wed 3 Jun (2 days late).
     */
    @Test
    @DisplayName("Collect and Pay: 'Arrived in full', amounts before the CMS fee said so")
    void collectAndPay() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(plan("100.00", PaymentFrequency.MONTHLY,
                "2026-06-01")), List.of(Build.viaCms("2026-06-01", "48.00"), Build.viaCms("2026-06-03", "48.00")),
                List.of(), d("2026-06-30"), FeeRule.of(new BigDecimal("4")));
        ScheduleLine june = s.lines().get(0);
        assertEquals(LineStatus.PAID_LATE, june.status());
        assertEquals("Arrived in full: £50.00 arrived on time; £50.00 arrived 2 days late (amounts before the CMS fee)",
                june.statusText());
        assertEquals("In full, part late (2 days)", june.statusChipText());
    }
}
