package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.SeededFacts;

/**
 * The sentence under a table of Collect and Pay dues says from when the CMS's days to pass money on count: the rule
 * counts them from the day a due was on time by, so for a due on a Saturday (on time by the Monday) money on the
 * Monday after next is on time; the sentence said "after its due date", which reads as up to the Friday before.
 */
class PassOnRuleWordsTest {

    static List<uk.cml.domain.arrears.ScheduleLine> lines(LocalDate first, int daysAfter) {
        Payment money = new Payment(0, first.plusDays(daysAfter), Money.ofPence(48_00), PaymentMethod.THROUGH_CMS, "", "",
                Optional.empty());
        return new ArrearsCalculator(SeededFacts.calendar(), 5).calculate(List.of(new PaymentPlan(0,
                Money.ofPence(50_00), PaymentFrequency.MONTHLY, first, "CMS calculation letter")), List.of(money),
                List.of(), first.plusDays(20), FeeRule.of(new BigDecimal("4"))).lines();
    }

    @Test
    void aDueOnASaturdaySaysTheDaysCountFromTheNextWorkingDay() {
        List<uk.cml.domain.arrears.ScheduleLine> saturday = lines(LocalDate.of(2026, 9, 5), 9);
        assertEquals("Arrived in full", saturday.get(0).statusText(), "Mon 14 Sep: 5 working days after Mon 7 Sep");
        assertEquals("Under Collect and Pay, money that reached me within 5 working days after its due date (for a due "
                + "on a weekend or bank holiday, after the next working day) is counted as on time, as the CMS takes "
                + "time to pass it on.", PaymentTables.passOnRule(saturday, "me"));
    }

    @Test
    void weekdayDuesKeepTheShortSentence() {
        assertEquals("Under Collect and Pay, money that reached me within 5 working days after its due date is counted "
                + "as on time, as the CMS takes time to pass it on.",
                PaymentTables.passOnRule(lines(LocalDate.of(2026, 9, 7), 2), "me"));
    }
}
