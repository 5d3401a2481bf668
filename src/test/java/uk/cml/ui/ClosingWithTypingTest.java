package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * Closing the window (its close button, Alt+F4: both reach the app as a close request) while a form holds typing
 * not yet saved asks first, with "Keep what I typed" on Enter; it closes only on "Close without saving", and at once
 * when nothing is typed. Enter on a drop-down opens it and never saves the form.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingWithTypingTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @BeforeEach
    void aParentWithACase() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 1), "Private agreement"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                    PaymentMethod.BANK_TRANSFER, "J REED", ""));
        }
        startup = startOn(dataFolder);
        waitFor("#case-switcher");
    }

    @AfterEach
    void close() {
        stop(startup);
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
