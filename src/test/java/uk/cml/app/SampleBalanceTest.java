package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.RunningBalance;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * The sample case a reviewer checks the letters and the pack against: each payment its note calls late is matched as
 * late, to the due it was late for, and the schedule's Balance column never disagrees with "owed without a break
 * since". Several days and seeds, as the sample is made from today's date.
 */
@DisplayName("The sample case: late payments matched as late, balances that agree with 'owed since'")
class SampleBalanceTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 2),
            LocalDate.of(2027, 3, 15), LocalDate.of(2026, 6, 30));
    /** SampleData's seed, so the case checked is the one the sample-data command makes. */
    private static final long SEED = 20_261_122L;

    @Test
    @DisplayName("a payment noted 'Arrived late' is linked to its due, which reads 'Arrived late' by the days after it was on time by")
    void lateNotesAreMatchedAsLate() {
        int checked = 0;
        for (LocalDate today : DAYS) {
            SampleHistory history = SampleHistory.realistic(today, 3, SEED);
            ArrearsSchedule schedule = new ArrearsCalculator().calculate(history.plans(), history.payments(),
                    history.adjustments(), today, FeeRule.NONE);
            for (Payment payment : history.payments()) {
                if (!payment.note().equals("Arrived late")) {
                    continue;
                }
                LocalDate due = payment.forDue().orElseThrow(() -> new AssertionError("not linked: " + payment));
                ScheduleLine line = schedule.lines().stream().filter(l -> l.date().equals(due)).findFirst()
                        .orElseThrow();
                if (line.status() == LineStatus.PAID_LATE) {
                    // Counted from the day it was on time by: Good Friday 3 Apr 2026's due paid Wed 8 Apr is 1 day
                    // late (after Tue 7 Apr), not 5.
                    assertEquals(ChronoUnit.DAYS.between(line.onTimeBy(), payment.date()), line.daysLate(),
                            due + " " + payment);
                    checked++;
                } else {
                    // Credit from an earlier payment can have met it first; then the note's money was not for it.
                    assertTrue(line.status() == LineStatus.PAID_IN_ADVANCE, due + " " + line.statusText());
                }
            }
        }
        assertTrue(checked > 10, "late payments checked: " + checked);
    }

    @Test
    @DisplayName("every row's balance is the balance of the day before the next due, and agrees with 'owed since'")
    void balancesAgreeWithOwedSince() {
        for (LocalDate today : DAYS) {
            SampleHistory history = SampleHistory.realistic(today, 3, SEED);
            ArrearsSchedule schedule = new ArrearsCalculator().calculate(history.plans(), history.payments(),
                    history.adjustments(), today, FeeRule.NONE);
            List<ScheduleLine> lines = schedule.lines();
            for (int i = 0; i < lines.size(); i++) {
                LocalDate day = i + 1 < lines.size() ? lines.get(i + 1).date().minusDays(1) : today;
                assertEquals(day, lines.get(i).balanceOn());
                // Money that came early for the next due counts on that due's day (ScheduleLine.cameEarly).
                Money early = i + 1 < lines.size() ? lines.get(i + 1).cameEarly() : Money.ZERO;
                assertEquals(schedule.balanceOn(day).plus(early), lines.get(i).balanceAfter(),
                        lines.get(i).date().toString());
            }
            Optional<LocalDate> since = RunningBalance.owedWithoutBreakSince(schedule);
            assertTrue(since.isPresent(), "the sample case is owed money");
            int first = lines.size();
            while (first > 0 && lines.get(first - 1).owedAfter().isPositive()) {
                first--;
            }
            for (ScheduleLine line : lines.subList(first, lines.size())) {
                assertFalse(line.balanceOn().isBefore(since.get()) && line != lines.get(first),
                        "row " + line.date() + " is owed on " + line.balanceOn() + ", before 'owed since' " + since);
            }
            assertFalse(since.get().isBefore(lines.get(first).date()), today + ": rows owed without a break from "
                    + lines.get(first).date() + ", but 'owed since' " + since.get());
            assertFalse(since.get().isAfter(lines.get(first).onTimeBy()), today + ": rows owed without a break from "
                    + lines.get(first).date() + ", but 'owed since' " + since.get());
        }
    }
}
