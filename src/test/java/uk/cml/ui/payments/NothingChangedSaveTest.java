package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.WithAPage;

/**
 * A payment, a plan or an adjustment opened and saved again with nothing changed (the amount typed "£43.21" where it
 * read "43.21", a space after the reference) records no correction, and the page says so in the words the Notes and
 * Calls pages use, with nothing to undo: a correction printed in the pack would read as the parent editing evidence.
 */
class NothingChangedSaveTest extends WithAPage {

    private static final String NOTHING = "Nothing has changed since you saved it.";

    long paymentId;
    long planId;
    long adjustmentId;

    @BeforeEach
    void open() {
        planId = harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        paymentId = harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8),
                Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "J REED", "Paid late"));
        adjustmentId = harness.services.payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 2),
                AdjustmentKind.WRITE_OFF, Money.ofPounds(10), "CMS letter"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        interact(page::shown);
    }

    private void tab(String id) {
        chooseTab("#payments-tabs", id);
    }

    private void openFirst(String table) {
        TableView<?> rows = waitFor(table);
        waitUntil("the record is listed", () -> !rows.getItems().isEmpty());
        interact(() -> rows.getSelectionModel().select(0));
    }

    private String status() {
        return interactAndGet(lookup("#payments-status").queryAs(Label.class)::getText);
    }

    private void savedAndNothingRecorded(Kind kind, long id) {
        waitUntil("the page says nothing changed", () -> NOTHING.equals(status()));
        assertNull(interactAndGet(lookup("#payments-status").queryAs(Label.class)::getGraphic), "nothing to undo");
        assertTrue(harness.services.payments.earlierVersions(kind, id).isEmpty(), "no correction kept");
    }

    @Test
    void aPaymentSavedAgainAsItWas() {
        tab("tab-payments");
        openFirst("#payments-table");
        waitUntil("the payment is open", () -> "43.21".equals(text("#payment-amount")));
        type("#payment-amount", "£43.21");
        type("#payment-reference", "J REED ");
        press("#payment-save");
        savedAndNothingRecorded(Kind.PAYMENT, paymentId);
        assertEquals("43.21", text("#payment-amount"), "the payment stays open, as it is saved");

        type("#payment-amount", "45");
        press("#payment-save");
        waitUntil("a real correction is kept", () -> harness.services.payments.earlierVersions(Kind.PAYMENT,
                paymentId).size() == 1);
    }

    @Test
    void aPlanSavedAgainAsItWas() {
        tab("tab-plans");
        openFirst("#plans-table");
        waitUntil("the plan is open", () -> "43.21".equals(text("#plan-amount")));
        type("#plan-amount", "£43.21");
        press("#plan-save");
        savedAndNothingRecorded(Kind.PLAN, planId);
    }

    @Test
    void anAdjustmentSavedAgainAsItWas() {
        tab("tab-adjustments");
        openFirst("#adjustments-table");
        waitUntil("the adjustment is open", () -> "10.00".equals(text("#adjustment-amount")));
        type("#adjustment-amount", "10");
        type("#adjustment-note", "CMS letter  ");
        press("#adjustment-save");
        savedAndNothingRecorded(Kind.ADJUSTMENT, adjustmentId);
    }
}
