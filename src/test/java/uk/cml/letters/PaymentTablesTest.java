package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.ReceivedPayment;

/** The payments-received table and the sentence that says where the money went. */
class PaymentTablesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

    private static Money p(long pence) {
        return Money.ofPence(pence);
    }

    @Test
    @DisplayName("a payment through the CMS shows the bank figure, and beside it what it counted for before the fee")
    void feeColumn() {
        MoneyReceived money = new MoneyReceived(List.of(
                new ReceivedPayment(FROM, p(19200), p(20000), PaymentMethod.THROUGH_CMS, ""),
                new ReceivedPayment(FROM.plusDays(7), p(5000), p(5000), PaymentMethod.CASH, "")),
                p(25000), p(24200), p(25000), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        LetterBlock.Table table = PaymentTables.received(money);
        assertEquals(List.of("Date received", "Amount received", "How it was paid", "Before the CMS fee"),
                table.columns().stream().map(TableColumn::header).toList());
        assertEquals(List.of("1 Sep 2026", "£192.00", "Through the CMS (Collect and Pay)", "£200.00"),
                table.rows().get(0));
        assertEquals(List.of("Total", "£242.00", "", "£250.00"), table.totalRow());
        assertEquals("Before the CMS fee, these payments come to £250.00. Matched by date, all of it went to the payments due listed above.",
                PaymentTables.whereItWent(money, FROM, p(25000)));
    }

    @Test
    @DisplayName("money split four ways is named part by part, and money paid early is added to what the dues got")
    void whereItWent() {
        MoneyReceived money = new MoneyReceived(List.of(
                new ReceivedPayment(FROM, p(100000), p(100000), PaymentMethod.BANK_TRANSFER, "")),
                p(100000), p(100000), p(40000), p(30000), p(20000), p(10000), p(5000));
        assertEquals("Matched by date, £400.00 of the £1,000.00 received went to the payments due listed above, "
                + "£300.00 went to "
                + "payments due before 1 Sep 2026, £200.00 went to the agreed settlement and £100.00 is kept "
                + "as credit for payments not yet due. £50.00 paid early, before 1 Sep 2026, also went to the "
                + "payments due listed. So the payments due listed were paid £450.00 in all.",
                PaymentTables.whereItWent(money, FROM, p(45000)));
        assertEquals(3, PaymentTables.received(money).columns().size(), "no fee column without a fee");
    }

    private static List<uk.cml.domain.arrears.ScheduleLine> lines(uk.cml.domain.arrears.PaymentPlan... plans) {
        return new uk.cml.domain.arrears.ArrearsCalculator().calculate(List.of(plans), List.of(), List.of(),
                LocalDate.of(2026, 11, 22), uk.cml.domain.arrears.FeeRule.NONE).lines();
    }

    private static uk.cml.domain.arrears.PaymentPlan plan(uk.cml.domain.arrears.PaymentFrequency often, String from) {
        return new uk.cml.domain.arrears.PaymentPlan(0, p(5000), often, LocalDate.parse(from), "");
    }

    @Test
    @DisplayName("the pack says the matching in whole short sentences; a settlement is named; mixed plans say a few days")
    void matchingInRecord() {
        assertEquals("How the parent matched the money: a payment counts for the payment due on the day it "
                + "arrived, or the latest one due before that. Money that arrives up to 2 days before a payment is "
                + "due counts for that one instead. If the parent recorded which payment it was for, it counts for "
                + "that one first. Anything left over pays the agreed settlement first, then the oldest payment "
                + "still owed, then the next oldest. Anything left after that is kept for the next payments due.",
                PaymentTables.matchingInRecord(lines(plan(uk.cml.domain.arrears.PaymentFrequency.WEEKLY,
                        "2026-09-07")), true));
        String mixed = PaymentTables.matching(lines(plan(uk.cml.domain.arrears.PaymentFrequency.MONTHLY,
                "2026-06-01"), plan(uk.cml.domain.arrears.PaymentFrequency.WEEKLY, "2026-09-14")), false);
        assertEquals("How I matched the money: a payment counts for the payment due on the day it arrived, or the "
                + "latest one due before that. Money that arrives a few days before a payment is due counts for that "
                + "one instead. If I know which payment it was for, it counts for that one first. Anything left over "
                + "pays the oldest payment still owed, then the next oldest. Anything left after that is kept for the next "
                + "payments due.", mixed);
    }

    @Test
    @DisplayName("a payment the parent linked to its due is not said to be matched by date")
    void linkedNotByDate() {
        MoneyReceived money = new MoneyReceived(List.of(new ReceivedPayment(FROM, p(30000), p(30000),
                PaymentMethod.BANK_TRANSFER, "", java.util.Optional.of(FROM.minusMonths(1)))),
                p(30000), p(30000), p(30000), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        assertEquals("Matched by date, or to the payment it was for where that is known, all of the £300.00 received "
                + "went to the payments due listed above.", PaymentTables.whereItWent(money, FROM, p(30000)));
    }
}
