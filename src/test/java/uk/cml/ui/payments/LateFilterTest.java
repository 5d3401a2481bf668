package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;

/** The Payments page's "Show: Late" lists every due money arrived late for, paid in full or still short. */
@DisplayName("Show Late: the reviewer's July, August and October, not only October")
class LateFilterTest {

    @Test
    void reviewersCase() {
        ArrearsSchedule s = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(212_40),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 6, 1), "CMS")), List.of(pay(1, "2026-06-01", 212_40),
                pay(2, "2026-07-03", 100_00), pay(3, "2026-09-01", 212_40), pay(4, "2026-09-15", 150_00),
                pay(5, "2026-10-02", 212_40)), List.of(), LocalDate.of(2026, 12, 5), FeeRule.NONE);
        List<LocalDate> late = ScheduleFilter.Show.LATE.of(s, LocalDate.MIN, LocalDate.of(2026, 12, 5)).stream()
                .map(ScheduleLine::date).toList();
        assertEquals(List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 1)), late);
        assertEquals(7, ScheduleFilter.Show.EVERYTHING.of(s, LocalDate.MIN, LocalDate.of(2026, 12, 5)).size());
    }

    private static Payment pay(long id, String date, long pence) {
        return new Payment(id, LocalDate.parse(date), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }
}
