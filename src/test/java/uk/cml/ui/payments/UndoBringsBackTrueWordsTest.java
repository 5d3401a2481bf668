package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.ui.common.ModelCase;

/**
 * The report "Undo brings the old note back": after a correction that re-said quick entry's words, the Payments
 * form's Undo saves the payment as it was before (PaymentsPanel#offerUndo: the store's savePayment with the version
 * the form opened). The note it brings back is the one that version had, and it is checked here to be true of the
 * amount Undo brings back with it: "Part arrived" of a part, "Arrived late" of all of a due that came late. A real
 * records file; £51.87 a week under Collect and Pay, £49.80 reaching the parent after the fee.
 */
class UndoBringsBackTrueWordsTest {

    @TempDir
    Path folder;
    ModelCase parent;
    PaymentsModel payments;
    QuickEntryModel quick;

    @BeforeEach
    void open() {
        parent = new ModelCase(folder.resolve("data"), Arrangement.COLLECT_AND_PAY);
        // Days late from the due itself, as these cases were worked: no days allowed for the CMS to pass money on.
        parent.services.standing.correctFact("collect_and_pay.pass_on.working_days", "0",
                "The dates entered are when the money reaches me", java.util.Optional.of(ModelCase.TODAY));
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

    private ScheduleLine line(LocalDate due) {
        return payments.now().orElseThrow().schedule().lines().stream().filter(l -> l.date().equals(due))
                .findFirst().orElseThrow();
    }

    private Payment only() {
        List<Payment> saved = parent.services.payments.payments(parent.caseId);
        assertEquals(1, saved.size(), quick.problem().get());
        return saved.get(0);
    }

    private Payment correct(Payment payment, Money amount) {
        parent.services.payments.correctPayment(parent.caseId, new Payment(payment.id(), payment.date(), amount,
                payment.method(), payment.reference(), payment.note(), payment.forDue()), Optional.empty());
        payments.reload();
        return only();
    }

    /** What the Payments form's Undo does: the version it opened saved again, with the evidence it had. */
    private Payment undo(Payment before) {
        parent.services.payments.savePayment(parent.caseId, before, Optional.empty());
        payments.reload();
        return only();
    }

    @Test
    void undoingACorrectionToAllOfTheDueBringsBackPartArrivedWithThePartAmount() {
        LocalDate due = LocalDate.of(2026, 11, 15);
        quick.choose(line(due));
        quick.partPaid("40.00", Optional.of(due));
        Payment part = only();
        Payment full = correct(part, Money.ofPence(49_80));
        assertEquals("", full.note());

        Payment back = undo(part);
        assertEquals(Money.ofPence(40_00), back.amount());
        assertEquals("Part arrived (due 15 Nov 2026)", back.note());
        assertFalse(line(due).statusText().startsWith("Arrived in full"), "true of £40.00: "
                + line(due).statusText());
    }

    @Test
    void undoingACorrectionToAPartBringsBackArrivedLateWithAllOfTheDue() {
        LocalDate due = LocalDate.of(2026, 11, 8);
        quick.choose(line(due));
        quick.paidLate(Optional.of(LocalDate.of(2026, 11, 13)));
        Payment late = only();
        assertEquals("Arrived late (due 8 Nov 2026)", late.note(), "quick entry's words as first written");
        Payment part = correct(late, Money.ofPence(30_00));
        assertEquals("Part arrived (due 8 Nov 2026)", part.note(), "the correction re-says them");

        Payment back = undo(late);
        assertEquals(late.amount(), back.amount());
        assertEquals("Arrived late (due 8 Nov 2026)", back.note());
        assertTrue(line(due).lateBy(back.id()), "true of the amount brought back: " + line(due).statusText());
    }
}
