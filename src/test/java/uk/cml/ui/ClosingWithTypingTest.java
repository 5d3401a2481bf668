package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * Closing the window (its close button, Alt+F4: both reach the app as a close request) while a form holds typing
 * not yet saved asks first, with "Keep what I typed" on Enter; it closes only on "Close without saving", and at once
 * when nothing is typed. Enter on a drop-down opens it and never saves the form.
 */
class ClosingWithTypingTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase((services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 1), "Private agreement"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                    PaymentMethod.BANK_TRANSFER, "J REED", ""));
        });
        openTheApp();
    }

    /** What the window manager sends on the close button or Alt+F4. */
    private void askToClose() {
        interact(() -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private boolean open() {
        return interactAndGet(() -> window().isShowing());
    }

    private boolean asked() {
        return lookup("#closing-question").tryQuery().map(n -> interactAndGet(
                () -> n.getScene() != null && n.getScene().getWindow().isShowing())).orElse(false);
    }

    @Test
    void closingWithACallHalfTypedAsksAndEnterKeepsTheWindowAndTheTyping() {
        press("#nav-calls");
        type("#call-said", "They said they would ring back");
        press("#nav-overview"); // typed on another page: still there, still not saved
        askToClose();
        waitUntil("asked first", this::asked);
        assertTrue(open(), "the window stays while the question is asked");
        assertTrue(interactAndGet(() -> lookup("#closing-keep-typing").query().isFocused()),
                "the keyboard starts on the safe answer");
        assertTrue(lookup("#page-calls").tryQuery().isPresent(), "the page with the typing is shown behind it");
        type(KeyCode.ENTER);
        waitUntil("Enter answered it", () -> !asked());
        assertTrue(open(), "Keep what I typed keeps the window open");
        assertEquals("They said they would ring back", text("#call-said"));

        askToClose();
        waitUntil("asked again", this::asked);
        type(KeyCode.ESCAPE);
        waitUntil("Escape answered it", () -> !asked());
        assertTrue(open(), "Escape keeps what was typed too");
        assertEquals("They said they would ring back", text("#call-said"));
    }

    @Test
    void behindTheLockScreenItStillAsks() {
        press("#nav-calls");
        type("#call-said", "Typed before the lock");
        press("#quick-hide");
        waitFor("#lock-open");
        interact(() -> window().setIconified(false)); // quick hide also minimised it
        askToClose();
        waitUntil("asked, though locked", this::asked);
        type(KeyCode.ENTER);
        waitUntil("answered", () -> !asked());
        assertTrue(open(), "the window stays, locked");
        press("#lock-open");
        waitFor("#call-said");
        assertEquals("Typed before the lock", text("#call-said"));
    }

    @Test
    void closeWithoutSavingCloses() {
        press("#nav-notes");
        type("#note-text", "A note not saved");
        askToClose();
        waitUntil("asked first", this::asked);
        press("#closing-close-anyway");
        waitUntil("the window closed", () -> !window().isShowing());
    }

    @Test
    void withNothingTypedTheWindowClosesAtOnce() {
        press("#nav-calls");
        waitFor("#call-said");
        askToClose();
        assertFalse(open(), "closed at once, no question");
        assertFalse(asked());
    }

    @Test
    void aPaymentHalfTypedAsks() {
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        type("#payment-amount", "40.00");
        askToClose();
        waitUntil("asked first", this::asked);
        press("#closing-keep-typing");
        waitUntil("answered", () -> !asked());
        assertTrue(open());
        assertEquals("40.00", text("#payment-amount"));
    }

    @Test
    void enterOnHowItWasPaidOpensTheListAndNeverSaves() {
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> payments = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> payments.getItems().size() == 1);
        type("#payment-date", "15/11/2026");
        type("#payment-amount", "43.21");
        ComboBox<?> how = waitFor("#payment-method");
        interact(how::requestFocus);
        Object before = interactAndGet(how::getValue);
        type(KeyCode.ENTER);
        waitUntil("the list opened", how::isShowing);
        assertEquals(1, interactAndGet(() -> payments.getItems().size()), "Enter did not save the payment");
        type(KeyCode.UP); // "Not said" is the last in the list
        type(KeyCode.ENTER);
        waitUntil("Enter chose and closed the list", () -> !how.isShowing());
        assertFalse(java.util.Objects.equals(before, interactAndGet(how::getValue)), "another way of paying chosen");
        assertEquals(1, interactAndGet(() -> payments.getItems().size()), "choosing did not save the payment");
        assertEquals("43.21", text("#payment-amount"));
    }
}
