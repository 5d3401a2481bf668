package uk.cml.letters;

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

/** The sentence after a letter's table of dues when the amount due changed within it. */
class AmountChangeSentenceTest {

    private static final ArrearsSchedule SCHEDULE = new ArrearsCalculator().calculate(List.of(
            new PaymentPlan(1, Money.ofPence(4250), PaymentFrequency.WEEKLY, LocalDate.of(2026, 6, 5), "CMS letter"),
            new PaymentPlan(2, Money.ofPence(3820), PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 4),
                    " CMS letter dated 28 Aug 2026 "),
            PaymentPlan.stopped(3, LocalDate.of(2026, 11, 6), "")),
            List.of(), List.of(), LocalDate.of(2026, 12, 3), FeeRule.NONE);

    @Test
    @DisplayName("each change in the dues listed: an earlier one 'was', the latest 'is', a stop says no maintenance")
    void wasAndIs() {
        assertEquals("From 4 Sep 2026 the amount due was £38.20 a week in place of £42.50 a week (CMS letter "
                + "dated 28 Aug 2026). From 6 Nov 2026 no maintenance is due.",
                PaymentTables.amountChanges(SCHEDULE.planChanges(), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 12, 3)));
    }

    @Test
    @DisplayName("a change on or before the first due listed, or after the letter's date, is not said")
    void outsideTheDuesListed() {
        assertEquals("From 4 Sep 2026 the amount due is £38.20 a week in place of £42.50 a week (CMS letter "
                + "dated 28 Aug 2026).",
                PaymentTables.amountChanges(SCHEDULE.planChanges(), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 11, 5)));
        assertEquals("", PaymentTables.amountChanges(SCHEDULE.planChanges(), LocalDate.of(2026, 9, 4),
                LocalDate.of(2026, 11, 5)));
    }
}
