package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import uk.cml.domain.arrears.RunningBalance;

/**
 * The words under the Overview's arrears line for a day the pointer is on (reviewer rv7): £287.50 every 4 weeks from
 * Fri 9 Jan 2026, Good Friday's due paid Tue 7 Apr (on time), 6 Mar's paid 9 Mar (3 days late). The line counts the
 * Good Friday due from 3 Apr, as the tables list it; on the days it was counted but could still come on time, the
 * words say so, rather than "£0.00 owed" beside a due nothing had been paid for.
 */
@DisplayName("The Overview chart's words for a day in a bank-holiday due's wait")
class ChartReadoutWordsTest {

    private static Payment pay(String date) {
        return new Payment(0, LocalDate.parse(date), Money.ofPence(28750), PaymentMethod.BANK_TRANSFER, "", "");
    }

    private static final ArrearsSchedule RV7 = new ArrearsCalculator().calculate(
            List.of(new PaymentPlan(1, Money.ofPence(28750), PaymentFrequency.FOUR_WEEKLY, LocalDate.of(2026, 1, 9),
                    "CMS letter")),
            List.of(pay("2026-01-09"), pay("2026-02-06"), pay("2026-03-09"), pay("2026-04-07"), pay("2026-05-01")),
            List.of(), LocalDate.of(2026, 5, 10), FeeRule.NONE);

    private static String on(String date) {
        Map<LocalDate, Money> series = RunningBalance.owedByDueDateCountingEarlyMoney(RV7);
        LocalDate day = LocalDate.parse(date);
        Money figure = Money.ZERO;
        for (Map.Entry<LocalDate, Money> point : series.entrySet()) {
            figure = point.getKey().isAfter(day) ? figure : point.getValue();
        }
        return FigureWords.owedOnTheChart(RV7, day, figure);
    }

    @Test
    @DisplayName("3 to 6 Apr: £287.50 owed, not late, and why; 6 Mar: owed and late; 7 Apr: nothing owed")
    void eachDayTellsTheSameStoryAsTheTable() {
        String easter = ", of which £287.50 was not late: due on Good Friday, a bank holiday; on time by the next "
                + "working day, Tue 7 Apr 2026";
        assertEquals("3 Apr 2026: £287.50 owed" + easter, on("2026-04-03"));
        assertEquals("6 Apr 2026: £287.50 owed" + easter, on("2026-04-06"));
        assertEquals("7 Apr 2026: £0.00 owed", on("2026-04-07"));
        assertEquals("6 Mar 2026: £287.50 owed", on("2026-03-06"));
        assertEquals("9 Mar 2026: £0.00 owed", on("2026-03-09"));
    }
}
