package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The Payments schedule's tooltip over a Collect and Pay due's status ({@link ScheduleLine#statusExplained()}): a due
 * on time because it reached the parent within the days the CMS may take to pass money on says so, with the figure;
 * one late says its days count from its due date. Elsewhere, and with no allowance, the status as every place prints.
 */
@DisplayName("Payments: a Collect and Pay due's tooltip says why it is on time or late by the CMS's days to pass money on")
class CollectAndPayAllowanceWordsTest {

    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));

    private static ScheduleLine first(int passOn, FeeRule fee, List<Payment> payments, PaymentPlan... plans) {
        return new ArrearsCalculator(UkCalendar.workingDaysOnly(BankHolidays.englandAndWales()), passOn)
                .calculate(List.of(plans), payments, List.of(), d("2026-09-20"), fee).lines().get(0);
    }

    @Test
    @DisplayName("due Mon 7 Sep, passed on Wed 9 Sep: on time, and why")
    void withinTheAllowance() {
        ScheduleLine line = first(5, FOUR, List.of(Build.viaCms("2026-09-09", "49.80")), weekly("51.87", "2026-09-07"));
        assertEquals(5, line.passOnWorkingDays());
        assertEquals("Arrived in full", line.statusText(), "the chip and the letters' words are unchanged");
        assertEquals("Arrived in full (reached you 2 days after its due date, within the 5 working days the CMS may "
                + "take to pass it on)", line.statusExplained());
    }

    @Test
    @DisplayName("due Thu 27 Aug, passed on Mon 7 Sep: late, counted from its due date")
    void afterTheAllowance() {
        ScheduleLine line = first(5, FOUR, List.of(Build.viaCms("2026-09-07", "192.00")),
                plan("200.00", PaymentFrequency.MONTHLY, "2026-08-27"));
        assertEquals("Arrived late (11 days). Money that reached you after the 5 working days the CMS may take to pass "
                + "it on is late, the days counted from its due date.", line.statusExplained());
    }

    @Test
    @DisplayName("on its due date, Direct Pay, or no allowance: the status alone")
    void otherwiseTheStatus() {
        ScheduleLine onDay = first(5, FOUR, List.of(Build.viaCms("2026-09-07", "49.80")), weekly("51.87", "2026-09-07"));
        assertEquals(onDay.statusText(), onDay.statusExplained());
        ScheduleLine direct = first(5, FeeRule.NONE, List.of(Build.pay("2026-09-09", "51.87")),
                weekly("51.87", "2026-09-07"));
        assertEquals(0, direct.passOnWorkingDays());
        assertEquals("Arrived late (2 days)", direct.statusExplained());
        ScheduleLine none = first(0, FOUR, List.of(Build.viaCms("2026-09-09", "49.80")), weekly("51.87", "2026-09-07"));
        assertEquals(none.statusText(), none.statusExplained());
    }
}
