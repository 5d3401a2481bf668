package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.timeline.TimelineEntry;

/** The Timeline's entry for a plan that changed the amount due: a stop, a restart, a new frequency, and no source. */
class PlanChangeEntryTest {

    @Test
    @DisplayName("a stop, a restart at a monthly amount and an unchanged plan: two changes, each said plainly")
    void stopAndRestart() {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(
                new PaymentPlan(1, Money.ofPence(4250), PaymentFrequency.WEEKLY, LocalDate.of(2026, 6, 5), "CMS letter"),
                PaymentPlan.stopped(2, LocalDate.of(2026, 7, 3), "CMS letter dated 30 Jun 2026"),
                new PaymentPlan(3, Money.ofPence(18000), PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1), ""),
                new PaymentPlan(4, Money.ofPence(18000), PaymentFrequency.MONTHLY, LocalDate.of(2026, 10, 1), "Same")),
                List.of(), List.of(), LocalDate.of(2026, 12, 3), FeeRule.NONE);
        List<TimelineEntry> entries = schedule.planChanges().stream().map(PaymentEvents::planChange).toList();
        assertEquals(2, entries.size(), entries.toString());
        assertEquals("Nothing due from this day (was £42.50 a week)", entries.get(0).title());
        assertEquals("Where the amount came from: CMS letter dated 30 Jun 2026", entries.get(0).detail());
        assertEquals(LocalDate.of(2026, 7, 3).atStartOfDay(), entries.get(0).happenedAt());
        assertEquals("Due again: £180.00 a month", entries.get(1).title());
        assertEquals("", entries.get(1).detail());
        assertEquals("Amount due", entries.get(1).label());
    }
}
