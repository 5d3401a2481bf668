package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;
import uk.cml.ui.shell.Destination;

/**
 * Coming to "Payments received" from another page (the Overview's to-do) gives a fresh payment form, but a half-typed
 * payment is not emptied without asking, as a call or a letter opened from elsewhere; "New payment" asks the same.
 */
class PaymentFormAsksBeforeLosingTest extends WithAPage {

    PaymentsView page;

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0,
                Money.ofPence(43_21), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().equals("Owed now: £129.63"));
        chooseTab("#payments-tabs", "tab-payments");
    }

    /** On the screen: taking its place, and neither it nor anything holding it hidden. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged();
        })).orElse(false);
    }

    @Test
    void comingFromAnotherPageAsksBeforeEmptyingAHalfTypedPayment() {
        interact(() -> page.show(new Destination.PaymentsReceived()));
        assertFalse(shown("#payment-unsaved-question"), "an untouched form needs no question");

        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.21");
        type("#payment-reference", "J REED MAINT");
        interact(() -> page.show(new Destination.PaymentsReceived()));
        assertTrue(shown("#payment-unsaved-question"), "asked first");
        assertFalse(shown("#payment-save"), "the question takes the buttons' place");
        assertEquals("43.21", text("#payment-amount"), "nothing lost while asked");

        press("#payment-keep-typing");
        assertFalse(shown("#payment-unsaved-question"));
        assertTrue(shown("#payment-save"));
        assertEquals("43.21", text("#payment-amount"));
        assertEquals("J REED MAINT", text("#payment-reference"));

        interact(() -> page.show(new Destination.PaymentsReceived()));
        press("#payment-lose-typing");
        assertFalse(shown("#payment-unsaved-question"));
        assertEquals("", text("#payment-amount"), "emptied only when the parent said so");
        assertEquals("", text("#payment-reference"));
    }

    @Test
    void newPaymentAsksBeforeEmptyingAHalfTypedOne() {
        type("#payment-amount", "43.21");
        press("#payment-new");
        assertTrue(shown("#payment-unsaved-question"), "asked first");
        assertEquals("43.21", text("#payment-amount"));
        press("#payment-lose-typing");
        assertEquals("", text("#payment-amount"));
        press("#payment-new");
        assertFalse(shown("#payment-unsaved-question"), "an untouched form needs no question");
    }

    /**
     * Found by a reviewer: "Nothing was saved. Check the answers marked in red." stayed at the top of the page after
     * "Lose what I typed" had emptied the form, pointing at nothing red.
     */
    @Test
    void theRefusalGoesWithTheTypingLost() {
        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.2l");
        press("#payment-save");
        Label status = lookup("#payment-amount-error").queryAs(Label.class);
        waitUntil("the amount is refused", () -> interactAndGet(status::isVisible));
        assertEquals("Nothing was saved. Check the answers marked in red.",
                interactAndGet(lookup("#payments-status").queryAs(Label.class)::getText));
        press("#payment-new");
        press("#payment-lose-typing");
        assertEquals("", text("#payment-amount"));
        assertEquals("", interactAndGet(lookup("#payments-status").queryAs(Label.class)::getText),
                "nothing is red, and nothing says it is");
    }

    /** Found by a reviewer: the refusal stayed after every answer marked in red had been put right. */
    @Test
    void theRefusalGoesOnceEveryRedAnswerIsPutRight() {
        type("#payment-amount", "12.345");
        press("#payment-save");
        Label amountError = lookup("#payment-amount-error").queryAs(Label.class);
        Label dateError = lookup("#payment-date-error").queryAs(Label.class);
        waitUntil("both are refused at once", () -> interactAndGet(() -> amountError.isVisible()
                && dateError.isVisible()));
        Label status = lookup("#payments-status").queryAs(Label.class);
        assertEquals("Nothing was saved. Check the answers marked in red.", interactAndGet(status::getText));
        type("#payment-amount", "12.34");
        assertEquals("Nothing was saved. Check the answers marked in red.", interactAndGet(status::getText),
                "the date is still red");
        type("#payment-date", "20/11/2026");
        waitUntil("nothing is red, and nothing says it is", () -> interactAndGet(() -> !amountError.isVisible()
                && !dateError.isVisible() && status.getText().isEmpty()));
    }

    @Test
    void choosingAnotherPaymentAsksBeforeLosingChangesToThisOne() {
        long caseId = harness.currentCase.get().id();
        harness.services.payments.savePayment(caseId, new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 11, 8),
                Money.ofPence(43_21), uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "J REED", ""));
        harness.services.payments.savePayment(caseId, new uk.cml.domain.arrears.Payment(0, LocalDate.of(2026, 11, 15),
                Money.ofPence(40_00), uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "J REED 2", ""));
        interact(page::shown); // loads the payments just saved
        javafx.scene.control.TableView<?> table = lookup("#payments-table").query();
        waitUntil("both are listed", () -> table.getItems().size() == 2);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the newest is open", () -> "40.00".equals(text("#payment-amount")));
        type("#payment-amount", "41.00");

        interact(() -> table.getSelectionModel().select(1));
        waitUntil("asked first", () -> shown("#payment-unsaved-question"));
        assertEquals("41.00", text("#payment-amount"), "nothing lost while asked");
        waitUntil("the table still shows the payment being corrected",
                () -> interactAndGet(() -> table.getSelectionModel().getSelectedIndex()) == 0);
        press("#payment-keep-typing");
        assertEquals("41.00", text("#payment-amount"));

        interact(() -> table.getSelectionModel().select(1));
        waitUntil("asked again", () -> shown("#payment-unsaved-question"));
        press("#payment-lose-typing");
        waitUntil("the payment chosen is open", () -> "43.21".equals(text("#payment-amount")));
        assertEquals(Money.ofPence(40_00), harness.services.payments.payments(caseId).stream()
                .filter(p -> p.reference().equals("J REED 2")).findFirst().orElseThrow().amount(), "nothing saved");
    }
}
