package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/** Where the money received in a period went, each payment counted once, adding up to what was received. */
class MoneyReceivedTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static Payment pay(int month, int day, long pence, PaymentMethod method) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence), method, "", "");
    }

    private static ArrearsSchedule monthly(LocalDate first, List<Payment> payments, List<Adjustment> adjustments,
            FeeRule fee) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(20000),
                PaymentFrequency.MONTHLY, first, "CMS letter")), payments, adjustments, AS_OF, fee);
    }

    private static void assertAddsUp(ArrearsSchedule schedule, MoneyReceived money, LocalDate firstDue) {
        assertEquals(money.counted(), money.toDuesListed().plus(money.toEarlierDues()).plus(money.toSettlement())
                .plus(money.keptAsCredit()), "every penny received goes somewhere, once");
        Money listed = Money.ZERO;
        for (ScheduleLine line : schedule.lines()) {
            // Money paid under a settlement is shown against the dues it covers, but said as paying the settlement.
            Money underSettlement = line.arrivals().stream().filter(a -> a.how() == Arrival.How.SETTLEMENT)
                    .map(Arrival::counted).reduce(Money.ZERO, Money::plus);
            listed = line.date().isBefore(firstDue) ? listed : listed.plus(line.received()).minus(underSettlement);
        }
        assertEquals(listed, money.toDuesListed().plus(money.paidBeforeToDuesListed()));
    }

    @Test
    @DisplayName("money beyond every due is kept as credit, and counted once")
    void credit() {
        ArrearsSchedule s = monthly(LocalDate.of(2026, 9, 1), List.of(pay(9, 1, 20000, PaymentMethod.BANK_TRANSFER),
                pay(10, 1, 50000, PaymentMethod.BANK_TRANSFER)), List.of(), FeeRule.NONE);
        MoneyReceived money = MoneyReceived.of(s, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1));
        assertEquals(2, money.payments().size());
        assertEquals(Money.ofPence(70000), money.counted());
        assertEquals(Money.ofPence(60000), money.toDuesListed());
        assertEquals(Money.ofPence(10000), money.keptAsCredit());
        assertAddsUp(s, money, LocalDate.of(2026, 9, 1));
    }

    @Test
    @DisplayName("money paid before the period that paid a due in it, and money in it that paid an older due")
    void beforeAndOlder() {
        List<Payment> paid = new ArrayList<>(List.of(pay(7, 1, 20000, PaymentMethod.BANK_TRANSFER),
                pay(8, 1, 40000, PaymentMethod.BANK_TRANSFER), pay(11, 1, 30000, PaymentMethod.BANK_TRANSFER)));
        ArrearsSchedule s = monthly(LocalDate.of(2026, 7, 1), paid, List.of(), FeeRule.NONE);
        // Sep paid ahead on 1 Aug; Oct missed; 1 Nov's £300.00 pays Nov and £100.00 of Oct.
        MoneyReceived fromOct = MoneyReceived.of(s, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1));
        assertEquals(Money.ofPence(30000), fromOct.toDuesListed());
        assertAddsUp(s, fromOct, LocalDate.of(2026, 10, 1));
        MoneyReceived fromNov = MoneyReceived.of(s, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        assertEquals(Money.ofPence(20000), fromNov.toDuesListed());
        assertEquals(Money.ofPence(10000), fromNov.toEarlierDues());
        assertAddsUp(s, fromNov, LocalDate.of(2026, 11, 1));
        MoneyReceived fromSep = MoneyReceived.of(s, LocalDate.of(2026, 8, 25), LocalDate.of(2026, 9, 1));
        assertEquals(Money.ofPence(20000), fromSep.paidBeforeToDuesListed(), "Sep was paid on 1 Aug");
        assertAddsUp(s, fromSep, LocalDate.of(2026, 9, 1));
    }

    @Test
    @DisplayName("money towards an agreed settlement is said to have paid it")
    void settlement() {
        List<Payment> paid = new ArrayList<>(List.of(pay(3, 20, 30000, PaymentMethod.BANK_TRANSFER)));
        for (int month = 4; month <= 11; month++) {
            paid.add(pay(month, 1, 20000, PaymentMethod.BANK_TRANSFER));
        }
        ArrearsSchedule s = monthly(LocalDate.of(2026, 1, 1), paid, List.of(new Adjustment(0,
                LocalDate.of(2026, 3, 15), AdjustmentKind.PART_PAYMENT_SETTLEMENT, Money.ofPence(30000), "")),
                FeeRule.NONE);
        MoneyReceived money = MoneyReceived.of(s, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertEquals(Money.ofPence(30000), money.toSettlement());
        assertAddsUp(s, money, LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("a payment through the CMS shows the bank figure after its fee and what it counted for before it")
    void fee() {
        ArrearsSchedule s = monthly(LocalDate.of(2026, 10, 1), List.of(pay(10, 1, 19200, PaymentMethod.THROUGH_CMS),
                pay(11, 1, 20000, PaymentMethod.BANK_TRANSFER)), List.of(), FeeRule.of(new BigDecimal("4")));
        List<ReceivedPayment> received = s.received(LocalDate.of(2026, 10, 1), AS_OF);
        assertEquals(2, received.size());
        assertEquals(Money.ofPence(19200), received.get(0).received());
        assertEquals(Money.ofPence(20000), received.get(0).counted());
        assertTrue(received.get(0).feeTaken());
        assertFalse(received.get(1).feeTaken());
        MoneyReceived money = MoneyReceived.of(s, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1));
        assertEquals(Money.ofPence(39200), money.onStatement());
        assertEquals(Money.ofPence(40000), money.counted());
        assertTrue(money.feeTaken());
        assertAddsUp(s, money, LocalDate.of(2026, 10, 1));
    }
}
