package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * £42.50 due each Friday from Fri 3 Jul 2026, read on Sat 15 Aug 2026. Paid on 3 and 10 Jul, nothing on 17 or 24 Jul,
 * paid on 31 Jul and 7 Aug, then £85.00 on Fri 14 Aug for two weeks. By date the £85 pays 14 Aug and the oldest due
 * still owed, 17 Jul ("Arrived late (28 days)"), and 24 Jul reads "Nothing received". The parent can choose 24 Jul.
 */
@DisplayName("A payment worth about two or more dues, with no due chosen, says where the app put it")
class SeveralDuesTest {

    private static final PaymentPlan WEEKLY = Build.weekly("42.50", "2026-07-03");
    private static final List<Payment> BEFORE = List.of(pay("2026-07-03", "42.50"), pay("2026-07-10", "42.50"),
            pay("2026-07-31", "42.50"), pay("2026-08-07", "42.50"));

    private static ArrearsSchedule schedule(List<Payment> payments) {
        return Build.schedule(List.of(WEEKLY), payments, List.of(), "2026-08-15");
    }

    private static Optional<SeveralDues> of(Payment payment, List<Payment> recorded) {
        return SeveralDues.of(payment, recorded, SeveralDuesTest::schedule);
    }

    private static List<Payment> plus(List<Payment> payments, Payment payment) {
        List<Payment> all = new ArrayList<>(payments);
        all.add(payment);
        return all;
    }

    @Test
    @DisplayName("£85 for two missed weeks: the app pays 17 Jul and 14 Aug; choosing 24 Jul pays 24 Jul and 14 Aug")
    void twoWeeksAtOnce() {
        Payment twoWeeks = pay("2026-08-14", "85.00");
        List<String> statuses = schedule(plus(BEFORE, twoWeeks)).lines().stream().map(ScheduleLine::statusText)
                .toList();
        assertEquals(List.of("Paid", "Paid", "Arrived late (28 days)", "Nothing received", "Paid", "Paid", "Paid"),
                statuses, "the oldest due still owed is paid first");

        SeveralDues found = of(twoWeeks, BEFORE).orElseThrow();
        assertEquals(m("85.00"), found.counted());
        assertEquals(m("42.50"), found.dueEach());
        assertEquals(2, found.worth());
        assertTrue(found.exact());
        assertEquals(List.of(d("2026-07-17"), d("2026-08-14")), found.byDate().dues());
        assertEquals(m("0.00"), found.byDate().left());
        SeveralDues.Choice newer = found.newerChoice().orElseThrow();
        assertEquals(d("2026-07-24"), newer.due(), "the most recent due still owed that the app did not pay");
        assertEquals(List.of(d("2026-07-24"), d("2026-08-14")), newer.spread().dues(),
                "the linked due first, then the due of its own week (DueMatcher)");
    }

    @Test
    @DisplayName("once the parent has said which due it was for, nothing is said")
    void linkedSaysNothing() {
        assertEquals(Optional.empty(), of(pay("2026-08-14", "85.00").linkedTo(Optional.of(d("2026-07-17"))),
                BEFORE));
    }

    @Test
    @DisplayName("about two: £80.00 is said to be about 2 dues; £60.00, under 1.8 dues, is not")
    void aboutTwo() {
        SeveralDues about = of(pay("2026-08-14", "80.00"), BEFORE).orElseThrow();
        assertEquals(2, about.worth());
        assertFalse(about.exact());
        assertEquals(List.of(d("2026-07-17"), d("2026-08-14")), about.byDate().dues());
        assertEquals(Optional.empty(), of(pay("2026-08-14", "60.00"), BEFORE));
        assertTrue(of(pay("2026-08-14", "76.50"), BEFORE).isPresent(), "exactly 1.8 dues");
    }

    @Test
    @DisplayName("nothing else owed: the rest is kept for later dues, and no other due is offered")
    void nothingOlderOwed() {
        List<Payment> allPaid = List.of(pay("2026-07-03", "42.50"), pay("2026-07-10", "42.50"),
                pay("2026-07-17", "42.50"), pay("2026-07-24", "42.50"), pay("2026-07-31", "42.50"),
                pay("2026-08-07", "42.50"));
        SeveralDues found = of(pay("2026-08-14", "85.00"), allPaid).orElseThrow();
        assertEquals(List.of(d("2026-08-14")), found.byDate().dues());
        assertEquals(m("42.50"), found.byDate().left());
        assertEquals(Optional.empty(), found.newerChoice());
    }

    @Test
    @DisplayName("a correction is worked out in place of the payment saved, not as well as it")
    void correctionReplacesTheSavedPayment() {
        Payment saved = new Payment(7, d("2026-08-14"), m("42.50"), PaymentMethod.BANK_TRANSFER, "", "");
        Payment corrected = new Payment(7, d("2026-08-14"), m("85.00"), PaymentMethod.BANK_TRANSFER, "", "");
        assertEquals(Optional.empty(), of(saved, plus(BEFORE, saved)), "one due's worth");
        SeveralDues found = of(corrected, plus(BEFORE, saved)).orElseThrow();
        assertEquals(List.of(d("2026-07-17"), d("2026-08-14")), found.byDate().dues());
    }

    @Test
    @DisplayName("£127.50 pays both missed weeks and 14 Aug: no other due is offered; with 7 Aug missed too, 7 Aug is")
    void everyMissPaidOrTheNewestLeft() {
        SeveralDues all = of(pay("2026-08-14", "127.50"), BEFORE).orElseThrow();
        assertEquals(List.of(d("2026-07-17"), d("2026-07-24"), d("2026-08-14")), all.byDate().dues());
        assertEquals(Optional.empty(), all.newerChoice());

        // 7 Aug missed as well: the oldest two are paid, 7 Aug is the newest still owed, and choosing it pays it first.
        List<Payment> noSeventh = BEFORE.subList(0, 3);
        SeveralDues three = of(pay("2026-08-14", "127.50"), noSeventh).orElseThrow();
        assertEquals(List.of(d("2026-07-17"), d("2026-07-24"), d("2026-08-14")), three.byDate().dues());
        SeveralDues.Choice newer = three.newerChoice().orElseThrow();
        assertEquals(d("2026-08-07"), newer.due());
        assertEquals(List.of(d("2026-07-17"), d("2026-08-07"), d("2026-08-14")), newer.spread().dues());
    }

    @Test
    @DisplayName("another payment of the same day and amount: which money is which cannot be told, so nothing is said")
    void sameDayAndAmount() {
        assertEquals(Optional.empty(), of(pay("2026-08-14", "85.00"), plus(BEFORE, pay("2026-08-14", "85.00"))));
    }

    @Test
    @DisplayName("money before the first due is all kept for dues to come: no due was taken to be paid")
    void allInAdvance() {
        assertEquals(Optional.empty(), SeveralDues.of(pay("2026-06-20", "85.00"), List.of(),
                payments -> Build.schedule(List.of(WEEKLY), payments, List.of(), "2026-06-25")));
    }
}
