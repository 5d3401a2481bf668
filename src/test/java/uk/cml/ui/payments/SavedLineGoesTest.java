package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;
import uk.cml.ui.calls.CallsView;

/**
 * Found by a reviewer: after a save, "Recorded £43.21 received on 20 Nov 2026." stayed at the top of the Payments page
 * while the parent typed the next payment, beside the half-filled form, as if that were saved too. It stays while
 * the parent reads it (clicking about changes nothing), and goes once they type in the form, or leave the page and
 * come back. "Nothing was saved..." is not taken away by typing: only once nothing is red, as before.
 */
class SavedLineGoesTest extends WithAPage {

    private static final String REFUSED = "Nothing was saved. Check the answers marked in red.";

    private PaymentsView payments() {
        harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0,
                Money.ofPence(43_21), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().equals("Owed now: £129.63"));
        chooseTab("#payments-tabs", "tab-payments");
        return page;
    }

    private String status(String id) {
        return interactAndGet(lookup(id).queryAs(Label.class)::getText);
    }

    private void savePayment(String amount) {
        type("#payment-date", "20/11/2026");
        type("#payment-amount", amount);
        press("#payment-save");
        waitUntil("saved", () -> status("#payments-status").startsWith("Recorded £" + amount
                + " received on 20 Nov 2026."));
        waitUntil("the form is emptied for the next payment", () -> text("#payment-amount").isEmpty());
    }

    @Test
    void recordedStaysWhileReadAndGoesOnceTheParentTypesTheNextPayment() {
        payments();
        savePayment("43.21");
        Label line = lookup("#payments-status").queryAs(Label.class);
        assertTrue(interactAndGet(() -> line.getGraphic() != null), "Undo is offered beside it");

        press("#payment-amount");
        press("#payment-reference");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status("#payments-status").startsWith("Recorded £43.21"),
                "clicking into the form changes nothing, so the words stay to be read");

        type("#payment-amount", "5");
        waitUntil("gone once the parent types the next payment", () -> status("#payments-status").isEmpty());
        assertNull(interactAndGet(line::getGraphic), "its Undo goes with it");
        assertEquals("5", text("#payment-amount"), "what the parent typed is untouched");
        assertEquals(1, harness.services.payments.payments(harness.currentCase.get().id()).size(),
                "moving on never takes a payment back");
    }

    /** A choice made with the mouse in a drop-down's list happens in a window of its own: it counts as a change. */
    @Test
    void recordedGoesOnceTheParentChoosesHowTheNextPaymentCame() {
        payments();
        savePayment("43.21");
        ComboBox<?> how = waitFor("#payment-method");
        press("#payment-method");
        waitUntil("the list is open", () -> interactAndGet(how::isShowing));
        assertTrue(status("#payments-status").startsWith("Recorded £43.21"), "opening the list changes nothing");
        clickOn(lookup(".list-cell").match((ListCell<?> cell) -> "Cash".equals(cell.getText()))
                .queryAs(ListCell.class));
        waitUntil("gone once another way of paying is chosen", () -> status("#payments-status").isEmpty());
        assertEquals("CASH", String.valueOf(interactAndGet(how::getValue)));
    }

    @Test
    void aRefusalIsNotTakenAwayByTypingWhileAnAnswerIsStillRed() {
        payments();
        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.2l");
        press("#payment-save");
        Label amountError = lookup("#payment-amount-error").queryAs(Label.class);
        waitUntil("the amount is refused", () -> interactAndGet(amountError::isVisible));
        assertEquals(REFUSED, status("#payments-status"));

        type("#payment-reference", "J REED MAINT");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(REFUSED, status("#payments-status"), "the amount is still red: the refusal still points at it");
        assertTrue(interactAndGet(amountError::isVisible));

        type("#payment-amount", "43.21");
        waitUntil("goes by its own rule, once nothing is red", () -> status("#payments-status").isEmpty());
    }

    @Test
    void recordedGoesOnceTheParentLeavesThePageAndComesBack() {
        PaymentsView page = payments();
        savePayment("43.21");
        interact(() -> {
            Parent view = (Parent) page.view();
            harness.stage().getScene().setRoot(new StackPane()); // another page
            harness.stage().getScene().setRoot(view);
            page.shown();
        });
        waitUntil("not said on coming back", () -> status("#payments-status").isEmpty());
        assertEquals(1, harness.services.payments.payments(harness.currentCase.get().id()).size());
    }

    /**
     * Found by a reviewer: another tab of the page is something else begun, as leaving the page is, but the words
     * stayed ("Recorded ..." above the due payments or a plan's form). Clicking the tab already showing changes
     * nothing, so the words stay to be read.
     */
    @Test
    void recordedGoesOnceTheParentMovesToAnotherTab() {
        payments();
        savePayment("43.21");
        press("#tab-payments");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status("#payments-status").startsWith("Recorded £43.21"), "the tab showing: nothing changes");

        press("#tab-schedule");
        TabPane tabs = lookup("#payments-tabs").queryAs(TabPane.class);
        waitUntil("the due payments show", () -> "tab-schedule".equals(interactAndGet(
                () -> tabs.getSelectionModel().getSelectedItem().getId())));
        waitUntil("gone once the parent moves to another tab", () -> status("#payments-status").isEmpty());
        assertEquals(1, harness.services.payments.payments(harness.currentCase.get().id()).size(),
                "moving on never takes a payment back");
    }

    /** The arrow keys move from tab to tab once the tabs have the keyboard: the same. */
    @Test
    void recordedGoesOnceTheParentMovesToAnotherTabFromTheKeyboard() {
        payments();
        savePayment("43.21");
        press("#tab-payments");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status("#payments-status").startsWith("Recorded £43.21"), "the tab showing: nothing changes");
        type(javafx.scene.input.KeyCode.RIGHT);
        TabPane tabs = lookup("#payments-tabs").queryAs(TabPane.class);
        waitUntil("the plans show", () -> "tab-plans".equals(interactAndGet(
                () -> tabs.getSelectionModel().getSelectedItem().getId())));
        waitUntil("gone once the parent moves to another tab", () -> status("#payments-status").isEmpty());
    }

    /** The same rule on a records page (calls and notes share it): "Call saved." goes as the next call is typed. */
    @Test
    void callSavedGoesOnceTheParentTypesTheNextCall() {
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("saved", () -> status("#call-status").equals("Call saved."));
        press("#call-new");
        waitUntil("a new call", () -> text("#call-said").isEmpty());
        // "New" is a new thing begun: the words went with the form emptied.
        assertEquals("", status("#call-status"));

        press("#call-save");
        waitUntil("refused", () -> status("#call-status").startsWith("Nothing was saved"));
        type("#call-spoke-to", "Sam");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status("#call-status").startsWith("Nothing was saved"), "still red: the refusal stays");
        type("#call-said", "Asked about the missed payment.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("saved", () -> status("#call-status").equals("Call saved."));
        type("#call-said", "Asked about the missed payment, and the next one.");
        waitUntil("gone once the parent types in the form", () -> status("#call-status").isEmpty());
    }
}
