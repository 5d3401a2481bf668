package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * The records refuse the text the Payments page's forms refuse (a reference over 200 characters, a note or a plan's
 * source over 5,000), with a message for the parent and nothing saved, so no caller can get round a form's limit.
 */
class PaymentTextLimitTest extends WithJordanReedsCase {

    private static final LocalDate ON = LocalDate.of(2026, 11, 8);

    PaymentStore store;

    @BeforeEach
    void open() {
        store = records.payments();
    }

    private static Payment payment(String reference, String note) {
        return new Payment(0, ON, Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, reference, note);
    }

    @Test
    void aPaymentWithAReferenceOrNoteTooLongIsRefusedAndNothingIsSaved() {
        StoreException reference = assertThrows(StoreException.class,
                () -> store.savePayment(caseId, payment("r".repeat(201), "")));
        assertEquals("Nothing was saved: one of the texts has 201 characters, and the limit for it is 200. Shorten it, "
                + "then save again.", reference.getMessage());
        StoreException note = assertThrows(StoreException.class,
                () -> store.savePayment(caseId, payment("J REED", "n".repeat(5_001))));
        assertEquals("Nothing was saved: one of the texts has 5,001 characters, and the limit for it is 5,000. "
                + "Shorten it, then save again.", note.getMessage());
        assertEquals(List.of(), store.payments(caseId));

        long id = store.savePayment(caseId, payment("r".repeat(200), "n".repeat(5_000)));
        assertEquals(200, store.payments(caseId).get(0).reference().length(), "the limit itself is kept whole");
        assertThrows(StoreException.class, () -> store.savePayment(caseId, new Payment(id, ON, Money.ofPence(43_21),
                PaymentMethod.BANK_TRANSFER, "r".repeat(201), "")));
        assertEquals("r".repeat(200), store.payments(caseId).get(0).reference(),
                "a correction too long changes nothing");
    }

    @Test
    void anImportWithOneReferenceTooLongSavesNone() {
        assertThrows(StoreException.class, () -> store.addPayments(caseId, List.of(payment("J REED", ""),
                payment("x".repeat(201), ""))));
        assertEquals(List.of(), store.payments(caseId), "all of an import, or none");
    }

    @Test
    void anAdjustmentNoteOrAPlanSourceTooLongIsRefused() {
        assertThrows(StoreException.class, () -> store.saveAdjustment(caseId, new Adjustment(0, ON,
                AdjustmentKind.WRITE_OFF, Money.ofPence(10_00), "n".repeat(5_001))));
        assertThrows(StoreException.class, () -> store.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "s".repeat(5_001))));
        assertEquals(List.of(), store.adjustments(caseId));
        assertEquals(List.of(), store.plans(caseId));
    }
}
