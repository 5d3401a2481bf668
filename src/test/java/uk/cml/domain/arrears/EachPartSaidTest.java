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
 * Every word about a due is one the parent's bank statement confirms: a due part paid on time says the part came on
 * time (not only "Part paid (short ...)"), and a due paid in full by late payments on different days says each part
 * with its own lateness (not "Arrived late (6 days)" as if all of it came 6 days late). Worked by hand; every figure
 * is as before, only the words change.
 */
@DisplayName("Each part of a due's money is said with when it came")
class EachPartSaidTest {

    private static Payment pay(long id, String date, String pounds) {
        return new Payment(id, d(date), m(pounds), PaymentMethod.BANK_TRANSFER, "", "");
    }

    /**
     * Monthly £212.40 due Mon 1 Jun 2026: £50.00 arrived on Mon 1 Jun, the rest never came. Schedule to Tue 30 Jun.
     * The bank statement shows £50.00 on the due's day: on time.
     */
    @Test
    @DisplayName("Part paid on time: '£50.00 arrived on time; £162.40 still owed'")
    void partPaidOnTime() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-01", "50.00")), List.of(), "2026-06-30");
        assertEquals(List.of("2026-06-01 | Part paid: £50.00 arrived on time; £162.40 still owed"
                + " | 50.00 | 162.40 | 162.40"), Build.rows(s));
        ScheduleLine june = s.lines().get(0);
        assertEquals(LineStatus.PART_PAID, june.status());
        assertEquals("Part paid on time (short £162.40)", june.statusChipText());
        assertEquals("Part paid on time\n(short £162.40)", june.statusChipTextOnTwoLines());
        assertFalse(june.arrivedLate());
        assertTrue(june.partsNamed());
    }

    /** Two payments, both on time (one a few days early, in its days): each said once, in date order. */
    @Test
    @DisplayName("Part paid on time in two payments, one early")
    void partPaidOnTimeTwice() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-05-29", "30.00"), pay(2, "2026-06-01", "20.00")), List.of(), "2026-06-30");
        ScheduleLine june = s.lines().get(0);
        assertEquals("Part paid: £30.00 arrived on time; £20.00 arrived on time; £162.40 still owed",
                june.statusText());
        assertEquals("Part paid on time (short £162.40)", june.statusChipText());
    }

    /**
     * A Sunday's due is on time by the Monday: weekly £40.00 from Sun 1 Nov 2026, £20.00 on Mon 2 Nov. Schedule to
     * Fri 6 Nov.
     */
    @Test
    @DisplayName("A Sunday's due part paid on the Monday is part paid on time")
    void sundayDuePartPaidOnMonday() {
        ArrearsSchedule s = Build.schedule(List.of(weekly("40.00", "2026-11-01")),
                List.of(pay(1, "2026-11-02", "20.00")), List.of(), "2026-11-06");
        ScheduleLine first = s.lines().get(0);
        assertEquals("Part paid: £20.00 arrived on time; £20.00 still owed", first.statusText());
        assertEquals("Part paid on time (short £20.00)", first.statusChipText());
    }

    /** Under Collect and Pay (4% fee): what reached the parent, amounts before the fee said so. */
    @Test
    @DisplayName("Collect and Pay: 'Part arrived on time', amounts before the CMS fee said so")
    void collectAndPayPartOnTime() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(plan("100.00", PaymentFrequency.MONTHLY,
                "2026-06-01")), List.of(Build.viaCms("2026-06-01", "48.00")), List.of(), d("2026-06-30"),
                FeeRule.of(new BigDecimal("4")));
        ScheduleLine june = s.lines().get(0);
        assertEquals("Part arrived: £50.00 arrived on time; £50.00 still owed (amounts before the CMS fee)",
                june.statusText());
        // The chip says its shortfall is before the fee, as the full words do: what the bank statement shows short
        // is after it (£48.00 of £96.00), and "short £50.00" alone read as that (reviewer, 5 Dec 2026).
        assertEquals("Part arrived on time (short £50.00 before the fee)", june.statusChipText());
        assertEquals("Part arrived on time\n(short £50.00 before fee)", june.statusChipTextOnTwoLines());
    }

    /**
     * Monthly £212.40 due Mon 1 Jun 2026: £100.00 on Wed 3 Jun (2 days late), £112.40 on Sun 7 Jun (6 days late).
     * Paid in full, all of it late, but not all of it 6 days late.
     */
    @Test
    @DisplayName("Paid in full late on two days: each part with its own days late")
    void inFullLateOnTwoDays() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-03", "100.00"), pay(2, "2026-06-07", "112.40")), List.of(), "2026-06-30");
        assertEquals(List.of("2026-06-01 | Paid in full, late: £100.00 arrived 2 days late; £112.40 arrived 6 days"
                + " late | 212.40 | 0.00 | 0.00"), Build.rows(s));
        ScheduleLine june = s.lines().get(0);
        assertEquals(LineStatus.PAID_LATE, june.status());
        assertEquals(6, june.daysLate());
        assertEquals("Arrived late (2 to 6 days)", june.statusChipText());
        assertEquals("Arrived late\n(2 to 6 days)", june.statusChipTextOnTwoLines());
        assertFalse(june.lateInPart());
        assertTrue(june.partsNamed());
        assertEquals(2, june.daysLateBy(1));
        assertEquals(6, june.daysLateBy(2));
    }

    /** Two late payments on the same day: it all arrived that many days late, as before. */
    @Test
    @DisplayName("Paid in full late in two payments on one day: 'Arrived late (6 days)' as before")
    void inFullLateOnOneDay() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-07", "100.00"), pay(2, "2026-06-07", "112.40")), List.of(), "2026-06-30");
        ScheduleLine june = s.lines().get(0);
        assertEquals("Arrived late (6 days)", june.statusText());
        assertEquals("Arrived late (6 days)", june.statusChipText());
        assertFalse(june.partsNamed());
    }

    /**
     * A Sunday's due counts its days from the Monday, and names it: weekly £40.00 from Sun 1 Nov 2026; £20.00 on Tue
     * 3 Nov (1 day after Mon 2 Nov), £20.00 on Thu 5 Nov (3 days after).
     */
    @Test
    @DisplayName("A Sunday's due paid late on two days: counted from the Monday, named")
    void sundayDueLateOnTwoDays() {
        ArrearsSchedule s = Build.schedule(List.of(weekly("40.00", "2026-11-01")),
                List.of(pay(1, "2026-11-03", "20.00"), pay(2, "2026-11-05", "20.00")), List.of(), "2026-11-06");
        ScheduleLine first = s.lines().get(0);
        assertEquals("Paid in full, late: £20.00 arrived 1 day late (after Mon 2 Nov 2026); £20.00 arrived 3 days"
                + " late (after Mon 2 Nov 2026)", first.statusText());
        assertEquals("Arrived late (1 to 3 days after Mon 2 Nov)", first.statusChipText());
        assertEquals("Arrived late\n(1 to 3 days after Mon 2 Nov)", first.statusChipTextOnTwoLines());
    }

    /** Under Collect and Pay: "Arrived in full, late", amounts before the fee said so. */
    @Test
    @DisplayName("Collect and Pay: 'Arrived in full, late', each part with its days")
    void collectAndPayLateOnTwoDays() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(plan("100.00", PaymentFrequency.MONTHLY,
                "2026-06-01")), List.of(Build.viaCms("2026-06-02", "48.00"), Build.viaCms("2026-06-05", "48.00")),
                List.of(), d("2026-06-30"), FeeRule.of(new BigDecimal("4")));
        ScheduleLine june = s.lines().get(0);
        assertEquals("Arrived in full, late: £50.00 arrived 1 day late; £50.00 arrived 4 days late (amounts before"
                + " the CMS fee)", june.statusText());
        assertEquals("Arrived late (1 to 4 days)", june.statusChipText());
    }
}
