package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** "This payment was for", without a window: its choices, the one shown for a payment, and a link that went stale. */
@DisplayName("The choice of which due a payment was for")
class DueChoicesTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final Payment LATE = new Payment(7, LocalDate.of(2026, 10, 26), Money.ofPence(300_00),
            PaymentMethod.BANK_TRANSFER, "OCT MAINT", "");

    private static ArrearsSchedule schedule(LocalDate firstDue, Payment... payments) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(300_00),
                PaymentFrequency.MONTHLY, firstDue, "CMS letter")), List.of(payments), List.of(),
                LocalDate.of(2026, 11, 22), FeeRule.NONE);
    }

    @Test
    @DisplayName("let the app work it out first, then every due so far, newest first, with its amount")
    void choicesNewestFirst() {
        List<DueChoices.Choice> choices = DueChoices.of(schedule(LocalDate.of(2026, 9, 1), LATE), Optional.empty());
        assertEquals(List.of("Let the app work it out", "Sun 1 Nov 2026, £300.00 due", "Thu 1 Oct 2026, £300.00 due",
                "Tue 1 Sep 2026, £300.00 due"), choices.stream().map(DueChoices.Choice::label).toList());
        assertEquals(DueChoices.LET_THE_APP, DueChoices.find(choices, Optional.empty()));
        assertEquals("Thu 1 Oct 2026, £300.00 due", DueChoices.find(choices, Optional.of(OCT_1)).label());
    }

    @Test
    @DisplayName("a linked payment shows its due in the list of payments and in the form")
    void linkedPayment() {
        Payment linked = LATE.linkedTo(Optional.of(OCT_1));
        ArrearsSchedule schedule = schedule(LocalDate.of(2026, 9, 1), linked);
        assertEquals("Thu 1 Oct 2026, as you said", DueChoices.column(linked, schedule));
        assertEquals("", DueChoices.warning(linked.forDue(), schedule));
    }

    @Test
    @DisplayName("a link to a date the plan no longer has is kept as a choice, said so in the list and beside the form")
    void staleLink() {
        // The plan moved to the 3rd of each month after the payment was linked to 1 Oct.
        Payment stale = LATE.linkedTo(Optional.of(OCT_1));
        ArrearsSchedule schedule = schedule(LocalDate.of(2026, 9, 3), stale);
        List<DueChoices.Choice> choices = DueChoices.of(schedule, stale.forDue());
        assertEquals("Thu 1 Oct 2026 (no longer a due)", DueChoices.find(choices, stale.forDue()).label());
        assertEquals(List.of("Let the app work it out", "Thu 1 Oct 2026 (no longer a due)", "Tue 3 Nov 2026, £300.00 due",
                "Sat 3 Oct 2026, £300.00 due", "Thu 3 Sep 2026, £300.00 due"),
                choices.stream().map(DueChoices.Choice::label).toList());
        assertEquals("Sat 3 Oct 2026 (the due you chose is no longer a due)", DueChoices.column(stale, schedule),
                "the due the app gave it to instead");
        assertEquals("This payment is linked to the due on Thu 1 Oct 2026, which is no longer a due because a payment "
                + "plan changed. The app matches it by its date instead. Choose the due it was for, or let the app "
                + "work it out.", DueChoices.warning(stale.forDue(), schedule));
    }

    /**
     * A walk-through found the payments list blank beside every payment the app matched itself: each row now names
     * the due its money counts towards, as the due payments table does, in plain words.
     */
    @Test
    @DisplayName("a payment the app matched by its date names the due or dues it counts towards")
    void matchedByTheApp() {
        // 26 Oct is in the 1 Nov due's period (7 days early for a monthly plan): it pays that due.
        assertEquals("Sun 1 Nov 2026", DueChoices.column(LATE, schedule(LocalDate.of(2026, 9, 1), LATE)));
        Payment more = payment(450_00);
        assertEquals("Sun 1 Nov 2026 and Tue 1 Sep 2026", DueChoices.column(more,
                schedule(LocalDate.of(2026, 9, 1), more)), "the due it was mainly for first, then the oldest owed");
        Payment all = payment(900_00);
        assertEquals("3 dues: 1 Sep, 1 Oct and 1 Nov 2026", DueChoices.column(all,
                schedule(LocalDate.of(2026, 9, 1), all)));
        Payment beyond = payment(1000_00);
        assertEquals("3 dues: 1 Sep, 1 Oct and 1 Nov 2026; £100.00 kept for later dues",
                DueChoices.column(beyond, schedule(LocalDate.of(2026, 9, 1), beyond)));
        Payment early = new Payment(9, LocalDate.of(2026, 8, 1), Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER,
                "", "");
        assertEquals("Tue 1 Sep 2026", DueChoices.column(early, schedule(LocalDate.of(2026, 9, 1), early)),
                "paid ahead: the due it was kept for");
        assertEquals("Kept for later dues", DueChoices.column(early, schedule(LocalDate.of(2026, 12, 1), early)),
                "before the first due, not used yet");
    }

    /**
     * A reviewer's Collect and Pay case: £45.00 from the CMS on 14 Sep for the £45.00 due that day is worked back to
     * £46.88 collected, £45.00 for 14 Sep and £1.88 to 7 Sep. The list named "Mon 7 Sep 2026 and Mon 14 Sep 2026",
     * as if the money were mainly for 7 Sep.
     */
    @Test
    @DisplayName("a payment over two dues names the due it was mainly for first")
    void mainDueFirst() {
        Payment sep14 = new Payment(1, LocalDate.of(2026, 9, 14), Money.ofPence(45_00), PaymentMethod.THROUGH_CMS,
                "", "");
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(45_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 7), "CMS letter")), List.of(sep14), List.of(),
                LocalDate.of(2026, 9, 20), FeeRule.of(new java.math.BigDecimal("4")));
        assertEquals("Mon 14 Sep 2026 and Mon 7 Sep 2026", DueChoices.column(sep14, schedule));
    }

    /**
     * A reviewer (rv3, 5 Dec 2026) saw "That day (Fri), as you said" under For the due where every other row named
     * its due: the due of the payment's own day is named like any other, with its weekday.
     */
    @Test
    @DisplayName("a payment on its due's own day names the due, as every other row does")
    void theDueOfThePaymentsOwnDay() {
        Payment onTheDay = new Payment(5, OCT_1, Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER, "", "");
        assertEquals("Thu 1 Oct 2026", DueChoices.column(onTheDay, schedule(LocalDate.of(2026, 9, 1), onTheDay)));
        Payment linked = onTheDay.linkedTo(Optional.of(OCT_1));
        assertEquals("Thu 1 Oct 2026, as you said", DueChoices.column(linked, schedule(LocalDate.of(2026, 9, 1),
                linked)));
        // Sat 25 Jul 2026: a Saturday's due paid on the Saturday keeps its weekday.
        Payment saturday = new Payment(6, LocalDate.of(2026, 7, 25), Money.ofPence(300_00),
                PaymentMethod.BANK_TRANSFER, "", "");
        assertEquals("Sat 25 Jul 2026", DueChoices.column(saturday, schedule(LocalDate.of(2026, 7, 25), saturday)));
        // £900 on Sun 1 Nov pays Sep, Oct and Nov: the last of them is the payment's own day.
        Payment all = new Payment(8, LocalDate.of(2026, 11, 1), Money.ofPence(900_00), PaymentMethod.BANK_TRANSFER,
                "", "");
        assertEquals("3 dues: 1 Sep, 1 Oct and 1 Nov 2026", DueChoices.column(all,
                schedule(LocalDate.of(2026, 9, 1), all)));
        // £450 on Sun 1 Nov: Nov first, the rest to the oldest owed, Sep.
        Payment more = new Payment(8, LocalDate.of(2026, 11, 1), Money.ofPence(450_00), PaymentMethod.BANK_TRANSFER,
                "", "");
        assertEquals("Sun 1 Nov 2026 and Tue 1 Sep 2026", DueChoices.column(more,
                schedule(LocalDate.of(2026, 9, 1), more)));
    }

    private static Payment payment(long pence) {
        return new Payment(8, LATE.date(), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    @Test
    @DisplayName("money beyond the dues and a settlement it paid is kept for later dues, never said to go to the "
            + "settlement it already paid")
    void leftAfterASettlementIsKeptForLater() {
        // £300 monthly from 1 Sep: September paid, October not. On 20 Oct £200 is agreed in full and final
        // settlement of October's £300. £600 on 1 Nov pays November's due, the £200 (shown against October, the due
        // it covers), and leaves £100, kept for later dues.
        Payment paid = new Payment(8, LocalDate.of(2026, 11, 1), Money.ofPence(600_00), PaymentMethod.BANK_TRANSFER,
                "", "");
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(300_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 1), "CMS letter")), List.of(new Payment(9,
                LocalDate.of(2026, 9, 1), Money.ofPence(300_00), PaymentMethod.BANK_TRANSFER, "", ""), paid),
                List.of(new uk.cml.domain.arrears.Adjustment(0, LocalDate.of(2026, 10, 20),
                        uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT, Money.ofPence(200_00), "")),
                LocalDate.of(2026, 11, 22), FeeRule.NONE);
        assertEquals("Sun 1 Nov 2026 and Thu 1 Oct 2026; £100.00 kept for later dues",
                DueChoices.column(paid, schedule));
    }

    /**
     * A reviewer's weekly case (rv2): £96.40 on Fri 13 Nov paid 13 Nov, then 9 Oct's and 25 Sep's shortfalls. The
     * column said "3 dues, Fri 25 Sep 2026 to that day (Fri)", which read as every due from 25 Sep to 13 Nov, with
     * "to that day (Fri)" garbled. It names the three dues it paid.
     */
    @Test
    @DisplayName("a payment over three or more dues names each due it paid, not a span")
    void manyDuesNamedEach() {
        List<Payment> payments = new java.util.ArrayList<>();
        long[][] paid = {{9, 4, 4820}, {9, 12, 4820}, {9, 18, 4820}, {10, 2, 4820}, {10, 9, 2000}, {10, 16, 4820},
            {10, 26, 4820}, {10, 30, 4820}, {11, 6, 5275}, {11, 13, 12000}, {11, 27, 5275}, {12, 4, 5275}};
        // £120.00 on 13 Nov: 13 Nov's £52.75, then the oldest owed first: all of 25 Sep, then £19.05 of 9 Oct.
        for (long[] p : paid) {
            payments.add(new Payment(payments.size() + 1, LocalDate.of(2026, (int) p[0], (int) p[1]),
                    Money.ofPence(p[2]), PaymentMethod.BANK_TRANSFER, "", ""));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(
                new PaymentPlan(0, Money.ofPence(4820), PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 4), "CMS"),
                new PaymentPlan(0, Money.ofPence(5275), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 6), "CMS")),
                payments, List.of(), LocalDate.of(2026, 12, 5), FeeRule.NONE);
        Payment nov13 = schedule.payments().stream().filter(p -> p.date().equals(LocalDate.of(2026, 11, 13)))
                .findFirst().orElseThrow();
        assertEquals("3 dues: 25 Sep, 9 Oct and 13 Nov 2026", DueChoices.column(nov13, schedule));
        // The cell wraps only between dates: "25 Sep, 9" over "Oct and 13 Nov 2026" read as another date.
        assertEquals("3 dues: 25\u00a0Sep, 9\u00a0Oct and 13\u00a0Nov\u00a02026", DueChoices.cell(nov13, schedule));
        assertEquals("Fri 4\u00a0Sep\u00a02026", DueChoices.cell(schedule.payments().get(0), schedule));
        // Across a new year, each year said after its own days.
        Payment all = new Payment(8, LocalDate.of(2027, 1, 1), Money.ofPence(900_00), PaymentMethod.BANK_TRANSFER,
                "", "");
        ArrearsSchedule overNewYear = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPence(300_00), PaymentFrequency.MONTHLY, LocalDate.of(2026, 11, 1), "CMS letter")),
                List.of(all), List.of(), LocalDate.of(2027, 1, 2), FeeRule.NONE);
        assertEquals("3 dues: 1 Nov, 1 Dec 2026 and 1 Jan 2027", DueChoices.column(all, overNewYear));
    }
}
