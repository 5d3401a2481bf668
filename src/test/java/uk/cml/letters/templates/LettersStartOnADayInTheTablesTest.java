package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * A letter says its tables begin on a day the reader finds in them ("Since 1 September 2026, ..."), not on the first
 * of the listed due's early days, when nothing happened; the money counted is the same. Worked by hand: £100.00 a
 * month on the 1st from 1 Jan 2026, letter of Sun 22 Nov 2026; the dues listed are 1 Sep, 1 Oct and 1 Nov (3
 * months back is 22 Aug, so the first due after it), and 1 Sep's period begins 7 days early, Tue 25 Aug.
 */
@DisplayName("A letter's tables begin on a day the reader finds in them, counting the same money")
class LettersStartOnADayInTheTablesTest {

    private static final LocalDate LETTER = LocalDate.of(2026, 11, 22);

    private static Payment paid(int month, int day, long pence) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "",
                "");
    }

    private static ArrearsSchedule schedule(List<Payment> payments, List<Adjustment> adjustments) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), "CMS letter")), payments, adjustments, LETTER,
                FeeRule.NONE);
    }

    private static List<Payment> janToAug() {
        List<Payment> paid = new java.util.ArrayList<>();
        for (int month = 1; month <= 8; month++) {
            paid.add(paid(month, 1, 100_00));
        }
        return paid;
    }

    @Test
    @DisplayName("nothing in the early days: the first due's date, with the balance and money of the period's start")
    void firstDuesDate() {
        // Jan..Aug paid on the day, then 1 Sep paid on the day, 1 Oct and 1 Nov missed: £200.00 owed.
        List<Payment> payments = new java.util.ArrayList<>(janToAug());
        payments.add(paid(9, 1, 100_00));
        ArrearsDetails details = ArrearsDetails.from(schedule(payments, List.of()));
        assertEquals(LocalDate.of(2026, 9, 1), details.since());
        assertEquals(LocalDate.of(2026, 9, 1), details.lines().get(0).date());
        assertEquals(Money.ZERO, details.owedAtStart());
        assertEquals(Money.ofPence(100_00), details.received().counted(), "1 Sep's £100.00 only");
    }

    @Test
    @DisplayName("money in the early days: that payment's date, the second table's first line, and the same money")
    void earlyPaymentsDate() {
        // 1 Sep's money came early, Thu 27 Aug, inside its period (25 Aug on): counted for it, and listed.
        List<Payment> payments = new java.util.ArrayList<>(janToAug());
        payments.add(paid(8, 27, 100_00));
        ArrearsDetails details = ArrearsDetails.from(schedule(payments, List.of()));
        assertEquals(LocalDate.of(2026, 8, 27), details.since());
        assertEquals(LocalDate.of(2026, 8, 27), details.received().payments().get(0).date());
        assertEquals(Money.ofPence(100_00), details.received().counted());
        assertEquals(Money.ZERO, details.owedAtStart());
    }

    @Test
    @DisplayName("a late due of a weekend names the day it was on time by, and the letter says how days late count")
    void lateWeekendDueInTheTable() throws java.io.IOException {
        // Sun 1 Nov 2026, on time by Mon 2 Nov, arrived Thu 5 Nov: 3 days late (4 from its date). 1 Sep paid, 1 Oct
        // missed, so the letter reports £100.00 owed and lists its table.
        List<Payment> payments = new java.util.ArrayList<>(janToAug());
        payments.add(paid(9, 1, 100_00));
        payments.add(paid(11, 5, 100_00));
        ArrearsDetails details = ArrearsDetails.from(schedule(payments, List.of()));
        String text = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY, Facts.complete(LetterTemplates.MISSED_DIRECT_PAY)
                .toBuilder().arrears(details).build()).flat();
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Arrived 5 Nov 2026, 3 days after Mon 2 Nov 2026"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("A payment due on a weekend or bank holiday is on "
                + "time if it arrives by the next working day, so the days it arrived late are counted from that "
                + "day."), text);
    }

    @Test
    @DisplayName("a write-off in the early days changed the balance: the period's start stays, the day it is true from")
    void writeOffInTheEarlyDays() {
        // Jan..Apr paid, May missed (£100.00 owed), Jun..Aug paid, May's £100.00 written off Wed 26 Aug: "owed at the
        // start" differs between 25 Aug (£100.00) and 1 Sep (£0.00), so the letter keeps 25 Aug, where its figures
        // begin. (May is more than six months back: a missed due of the last six months would begin the list.)
        List<Payment> payments = new java.util.ArrayList<>(janToAug());
        payments.remove(4);
        ArrearsDetails details = ArrearsDetails.from(schedule(payments, List.of(new Adjustment(0,
                LocalDate.of(2026, 8, 26), AdjustmentKind.WRITE_OFF, Money.ofPence(100_00), ""))));
        assertEquals(LocalDate.of(2026, 8, 25), details.since());
        assertEquals(Money.ofPence(100_00), details.owedAtStart());
    }
}
