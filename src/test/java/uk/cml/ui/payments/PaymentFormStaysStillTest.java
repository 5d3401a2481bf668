package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer on "Record a payment": a date before the first due, typed and left, put "This is before the
 * first payment was due ..." above the Amount field, so the form moved while the parent typed and their next clicks
 * landed in the wrong fields. And "Nothing was saved. Check the answers marked in red." stayed at the top of the page
 * after they went to the due payments and recorded payments there, pointing at nothing.
 */
class PaymentFormStaysStillTest extends WithAPage {

    private static final String REFUSED = "Nothing was saved. Check the answers marked in red.";

    private void payments(String tabId) {
        harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0,
                Money.ofPence(43_21), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().equals("Owed now: £129.63"));
        selectTab(tabId);
    }

    private void selectTab(String tabId) {
        chooseTab("#payments-tabs", tabId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return interactAndGet(lookup("#payments-status").queryAs(Label.class)::getText);
    }

    private void refuse() {
        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.2l");
        press("#payment-save");
        Label amountError = lookup("#payment-amount-error").queryAs(Label.class);
        waitUntil("the amount is refused", () -> interactAndGet(amountError::isVisible));
        assertEquals(REFUSED, status());
    }

    /** Where the control is in the window, without its focus ring (which grows it as it takes the keyboard). */
    private Bounds inWindow(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
    }

    /** Where the control is in the form, however far the form is scrolled. */
    private double inForm(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> {
            Node content = node.getScene().getRoot();
            for (Node at = node.getParent(); at != null; at = at.getParent()) {
                if (at instanceof javafx.scene.control.ScrollPane scroll) {
                    content = scroll.getContent();
                    break;
                }
            }
            return content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        });
    }

    @Test
    void aDateBeforeTheFirstDueMovesNothingTheParentIsAboutToUse() {
        payments("tab-payments");
        type("#payment-date", "20/10/2026");
        reveal(lookup("#payment-amount").query()); // as the parent sees it just before they click into the amount
        Bounds amountBefore = inWindow("#payment-amount");
        Bounds methodBefore = inWindow("#payment-method");
        double amountInForm = inForm("#payment-amount");

        press("#payment-amount"); // the date is left: the hint is said
        Label hint = lookup("#payment-date-warning").queryAs(Label.class);
        waitUntil("the hint is said", () -> !interactAndGet(hint::getText).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(interactAndGet(hint::getText).contains("paid in advance"), interactAndGet(hint::getText));
        assertTrue(interactAndGet(hint::isVisible), "it can be read");

        assertEquals(amountInForm, inForm("#payment-amount"), 0.5, "nothing is put above the Amount field");
        assertEquals(amountBefore.getMinY(), inWindow("#payment-amount").getMinY(), 0.5,
                "the Amount field stays where the parent is about to click");
        assertEquals(methodBefore.getMinY(), inWindow("#payment-method").getMinY(), 0.5,
                "and so does the field after it");
        type("#payment-amount", "43.21");
        assertEquals("43.21", text("#payment-amount"), "what the parent typed went where they meant");
    }

    @Test
    void aRefusalGoesOnceTheParentGoesToAnotherTab() {
        payments("tab-payments");
        refuse();
        selectTab("tab-schedule");
        waitUntil("the refusal goes with the form it spoke of", () -> status().isEmpty());
    }

    @Test
    void aRefusalGoesOnceAPaymentIsRecordedFromTheDuePayments() {
        payments("tab-payments");
        refuse();
        selectTab("tab-schedule");
        TableView<?> dues = waitFor("#schedule-table");
        interact(() -> dues.getSelectionModel().select(1));
        waitUntil("a due is chosen", () -> !lookup("#quick-about").queryLabeled().getText().isEmpty());
        press("#quick-paid-full");
        press("#quick-on-due-day");
        waitUntil("recorded", () -> lookup("#quick-notice").queryLabeled().getText().startsWith("Recorded £43.21"));
        assertFalse(status().startsWith("Nothing was saved"), status());
        assertEquals(1, harness.services.payments.payments(harness.currentCase.get().id()).size());
    }
}
