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
                + "payments due before 1 September 2026, £200.00 went to the agreed settlement and £100.00 is kept "
                + "as credit for payments not yet due. £50.00 paid early, before 1 September 2026, also went to the "
                + "payments due listed. So the payments due listed were paid £450.00 in all.",
                PaymentTables.whereItWent(money, FROM, p(45000)));
        assertEquals(3, PaymentTables.received(money).columns().size(), "no fee column without a fee");
    }
}
