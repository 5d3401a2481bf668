package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * The CMS's arrears figure as at 20 Nov 2026 was said in the 31 Oct due's "What arrived" cell on the Payments page
 * ("£100.00 on 30 Oct 2026. Arrears figure given by the CMS, as at 20 Nov 2026: ..."), as if it were about that due
 * (reviewer, 5 Dec 2026). No due's row carries it. The latest figure is the page's own line above the tabs; an older
 * one is a dated line of its own under the table, for the period shown.
 */
@DisplayName("Payments: a CMS figure is a dated line of its own, not part of a due's row")
class CmsFigureOwnLineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void theFigureIsInNoDueRowAndIsItsOwnLine() {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPounds(100),
                        PaymentFrequency.MONTHLY, LocalDate.of(2026, 7, 31), "CMS calculation")),
                List.of(pay(1, "2026-07-31"), pay(2, "2026-08-31"), pay(3, "2026-10-30"), pay(4, "2026-11-30")),
                List.of(new Adjustment(5, LocalDate.of(2026, 8, 20), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                        Money.ofPounds(0), "CMS letter"), new Adjustment(6, LocalDate.of(2026, 11, 20),
                        AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPounds(150), "CMS letter")),
                TODAY, FeeRule.NONE);
        for (ScheduleLine line : schedule.lines()) {
            assertFalse(ScheduleTable.arrived(line).contains("figure"), line.date() + ": " + ScheduleTable.arrived(line));
            assertFalse(String.join(" ", line.notes()).contains("figure"), line.date() + ": " + line.notes());
        }
        // The latest figure (20 Nov) is the page's own line above the tabs (PaymentsView, from cmsDifference); the
        // older one is a dated line under the table, for a period that holds it.
        assertEquals(LocalDate.of(2026, 11, 20), schedule.cmsDifference().orElseThrow().date());
        assertEquals("Not a payment due: arrears figure given by the CMS, as at 20 Aug 2026: £0.00 (this record: "
                + "£0.00)", ScheduleFilter.notes(schedule, ScheduleFilter.Period.ALL, TODAY));
        assertEquals("", ScheduleFilter.notes(schedule, ScheduleFilter.Period.LAST_3_MONTHS, TODAY));
        assertEquals(List.of(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 20)),
                schedule.notes().stream().map(uk.cml.domain.arrears.ScheduleNote::date).toList());
    }

    private static Payment pay(long id, String date) {
        return new Payment(id, LocalDate.parse(date), Money.ofPounds(100), PaymentMethod.BANK_TRANSFER, "", "");
    }
}
