package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.store.History;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.common.ModelCase;

/**
 * Quick entry's words are about the due's status ("Part arrived": the due was still short after it). A correction of
 * ANOTHER payment can change that status (the matching of money to the due moves), and the words must be re-said as
 * a correction of the payment itself re-says them: the parent's own words kept, the version with the old words kept
 * in the history, the journal noting the change. £51.87 a week under Collect and Pay, £49.80 reaching the parent.
 */
class OtherPaymentResaysQuickEntryWordsTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;
    QuickEntryModel quick;

    @BeforeEach
    void open() {
        parent = new ModelCase(folder.resolve("data"), Arrangement.COLLECT_AND_PAY);
        parent.services.payments.savePlan(parent.caseId, new PaymentPlan(0, Money.ofPence(51_87),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "CMS letter"));
        payments = new PaymentsModel(parent.services.payments, null, parent.jobs, ModelCase.CLOCK,
                parent.currentCase);
        quick = new QuickEntryModel(payments);
        parent.choose();
    }

    @AfterEach
    void close() {
        parent.close();
    }

    private ScheduleLine line(LocalDate day) {
        return payments.now().orElseThrow().schedule().lines().stream().filter(l -> l.date().equals(day))
                .findFirst().orElseThrow();
    }

    private Payment find(long id) {
        return parent.services.payments.payments(parent.caseId).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow();
    }

    private long journalUpdatesOf(long paymentId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + parent.services.database.file());
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM journal WHERE table_name = 'payment' "
                     + "AND row_id = ? AND operation = 'update'")) {
            s.setLong(1, paymentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    @Test
    void anotherPaymentCorrectedSoThisOneFinishesTheDueItNoLongerSaysPartArrived() throws Exception {
        // £5.00 for the due, arrived the day before; then quick entry's "Part arrived" for £40.00 on the due day:
        // £45.00 of £49.80, still part paid, the words true.
        long other = parent.services.payments.savePayment(parent.caseId, new Payment(0, DUE.minusDays(1),
                Money.ofPounds(5), PaymentMethod.THROUGH_CMS, "", "", Optional.of(DUE)));
        payments.reload();
        quick.choose(line(DUE));
        quick.partPaid("40.00", Optional.of(DUE));
        long part = parent.services.payments.payments(parent.caseId).stream().filter(p -> p.id() != other)
                .findFirst().orElseThrow().id();
        assertEquals("Part arrived (due 15 Nov 2026)", find(part).note());
        // The parent adds words of their own to it.
        parent.services.payments.correctPayment(parent.caseId, new Payment(part, DUE, Money.ofPounds(40),
                find(part).method(), "", "Part arrived (due 15 Nov 2026). Bank says 15th", Optional.of(DUE)),
                Optional.empty());
        long updatesBefore = journalUpdatesOf(part);

        // The other payment was £9.80, not £5.00: £40.00 is now what finished the due.
        Payment first = find(other);
        parent.services.payments.correctPayment(parent.caseId, new Payment(other, first.date(),
                Money.ofPence(9_80), first.method(), "", "", first.forDue()), Optional.empty());
        payments.reload();

        assertTrue(line(DUE).statusText().startsWith("Arrived in full"), line(DUE).statusText());
        assertEquals("Bank says 15th", find(part).note(), "the app's words untrue now; the parent's kept");
        List<History.EarlierVersion> earlier = parent.services.payments.earlierVersions(Kind.PAYMENT, part);
        assertEquals("Part arrived (due 15 Nov 2026). Bank says 15th",
                earlier.get(earlier.size() - 1).columns().get("note"), "the version with the old words is kept");
        assertEquals(updatesBefore + 1, journalUpdatesOf(part), "the journal notes the change");
    }

    @Test
    void anotherPaymentCorrectedSoThisOneIsAPartAgainItStillSaysSo() throws Exception {
        long other = parent.services.payments.savePayment(parent.caseId, new Payment(0, DUE.minusDays(1),
                Money.ofPounds(5), PaymentMethod.THROUGH_CMS, "", "", Optional.of(DUE)));
        payments.reload();
        quick.choose(line(DUE));
        quick.partPaid("40.00", Optional.of(DUE));
        long part = parent.services.payments.payments(parent.caseId).stream().filter(p -> p.id() != other)
                .findFirst().orElseThrow().id();
        Payment first = find(other);
        parent.services.payments.correctPayment(parent.caseId, new Payment(other, first.date(),
                Money.ofPounds(6), first.method(), "", "", first.forDue()), Optional.empty());
        assertEquals("Part arrived (due 15 Nov 2026)", find(part).note(), "still true: nothing re-said");
        assertEquals(0, parent.services.payments.earlierVersions(Kind.PAYMENT, part).size());
    }

    @Test
    void anotherPaymentAddedThatLeavesThisOneFinishingTheDueTakesTheWordsAway() throws Exception {
        // Quick entry's "Part arrived" of £40.00; then £9.80 for the due dated the day before, added later: the
        // £40.00 finished the due. Its words go, by the same rule, when that other payment is added.
        quick.choose(line(DUE));
        quick.partPaid("40.00", Optional.of(DUE));
        long part = parent.services.payments.payments(parent.caseId).get(0).id();
        parent.services.payments.savePayment(parent.caseId, new Payment(0, DUE.minusDays(1), Money.ofPence(9_80),
                PaymentMethod.THROUGH_CMS, "", "", Optional.of(DUE)));
        assertEquals("", find(part).note());
    }

    @Test
    void anotherPaymentCorrectedSoNoneOfThisOneCountsForItsDueItNoLongerSaysPartArrived() {
        // £49.80 for 15 Nov on 15 Nov; quick entry's "Part arrived" of £10.00 for 22 Nov. Then the first was
        // £99.60: its second half, paid ahead, finishes 22 Nov first, and none of the £10.00 counts for 22 Nov (the
        // Payments page's "For the due" no longer names it), so "Part arrived (due 22 Nov 2026)" is untrue of it.
        LocalDate next = LocalDate.of(2026, 11, 22);
        for (LocalDate paid : List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8))) {
            parent.services.payments.savePayment(parent.caseId, new Payment(0, paid, Money.ofPence(49_80),
                    PaymentMethod.THROUGH_CMS, "", "", Optional.empty()));
        }
        long other = parent.services.payments.savePayment(parent.caseId, new Payment(0, DUE, Money.ofPence(49_80),
                PaymentMethod.THROUGH_CMS, "", "", Optional.of(DUE)));
        payments.reload();
        quick.choose(line(next));
        quick.partPaid("10.00", Optional.of(next));
        long part = parent.services.payments.payments(parent.caseId).stream().filter(p -> p.date().equals(next))
                .findFirst().orElseThrow().id();
        assertEquals("Part arrived (due 22 Nov 2026)", find(part).note());
        Payment first = find(other);
        parent.services.payments.correctPayment(parent.caseId, new Payment(other, first.date(),
                Money.ofPence(99_60), first.method(), "", "", first.forDue()), Optional.empty());
        payments.reload();
        assertTrue(uk.cml.domain.arrears.PaymentSpread.of(payments.now().orElseThrow().schedule(), next,
                Money.ofPounds(10)).dues().stream().noneMatch(next::equals), "none of it counted for 22 Nov");
        assertEquals("", find(part).note());
    }
}
