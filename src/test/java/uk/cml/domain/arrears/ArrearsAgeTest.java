package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * How old what is owed is follows the schedule's one rule: an amount is as old as the due it is still short on
 * (late money pays the most recent due still owed first), and a settlement still to arrive is as old as the day
 * it was agreed. So the age split always adds up to the lines' "short" column.
 */
@DisplayName("How old the arrears are follows the schedule's short column")
class ArrearsAgeTest {

    @Test
    @DisplayName("a missed due stays old when later dues are paid")
    void aMissedDueStaysOld() {
        // £50 weekly from 5 Jan 2026: 5 Jan missed, every later Monday paid on the day, read on 16 Feb. The £50 owed
        // is 5 Jan's, so it is older than a month (cut-off 16 Jan), not "the newest due" as oldest-first would say.
        List<Payment> onTheDay = List.of(pay("2026-01-12", "50"), pay("2026-01-19", "50"), pay("2026-01-26", "50"),
                pay("2026-02-02", "50"), pay("2026-02-09", "50"), pay("2026-02-16", "50"));
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-05")), onTheDay, List.of(),
                "2026-02-16");
        assertEquals(m("50.00"), schedule.owedNow());
        assertEquals(m("50.00"), schedule.owedOlderThanMonths(1));
        assertEquals(m("0.00"), schedule.owedOlderThanMonths(3));
    }

    @Test
    @DisplayName("a settlement still to arrive is as old as the dues it is still owed on")
    void aSettlementIsAsOldAsTheDuesItCovers() {
        // £100 on the 1st from 1 Jan 2026, nothing paid to March; settled on 10 Mar for £150; April paid on 28 Mar.
        // The 150 given up clears January and 50 of February; the 150 to be paid is owed on 1 Feb (50) and 1 Mar
        // (100), so on 2 Apr all of it is older than a month (cut-off 2 Mar), and on 11 Apr too.
        List<PaymentPlan> monthly = List.of(plan("100", PaymentFrequency.MONTHLY, "2026-01-01"));
        List<Adjustment> settled = List.of(adjust("2026-03-10", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "150.00"));
        ArrearsSchedule second = Build.schedule(monthly, List.of(pay("2026-03-28", "100")), settled, "2026-04-02");
        assertEquals(m("150.00"), second.owedNow());
        assertEquals(m("150.00"), second.owedOlderThanMonths(1), "owed on 1 Feb and 1 Mar, before 2 Mar");
        assertEquals(m("50.00"), second.owedOlderThanMonths(2), "50 on 1 Feb, before the cut-off of 2 Feb");
        ArrearsSchedule eleventh = Build.schedule(monthly, List.of(pay("2026-03-28", "100")), settled,
                "2026-04-11");
        assertEquals(m("150.00"), eleventh.owedOlderThanMonths(1), "owed on dues before the cut-off of 11 Mar");
    }

    @Test
    @DisplayName("over ten years the split always adds up to the short column, and all of it to what is owed")
    void tenYearsAddUp() {
        ArrearsSchedule schedule = TenYearsConsistencyTest.build(20_260_105L).calculate();
        for (int months : new int[] {1, 3, 6, 12, 24, 60}) {
            LocalDate cutOff = schedule.asOf().minusMonths(months);
            long shortColumn = schedule.lines().stream().filter(l -> !l.date().isAfter(cutOff))
                    .mapToLong(l -> l.shortBy().pence()).sum();
            long settlement = schedule.settlement().filter(s -> !s.agreedOn().isAfter(cutOff))
                    .map(s -> s.stillToArrive().pence()).orElse(0L);
            assertEquals(Money.ofPence(shortColumn + settlement), schedule.owedOlderThanMonths(months));
        }
        assertEquals(schedule.owedNow().max(Money.ZERO), schedule.owedOnDuesUpTo(schedule.asOf()));
    }
}
