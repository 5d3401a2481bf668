package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.ImportPayerStore;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * A payment is never saved over another by mistake: one left open (to read its history) is a fresh form again when
 * the parent comes back to the page, the button says "Save correction" while one is open, and a payment the same as
 * one already recorded (day and amount) is saved only when the parent presses Save a second time.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentFormNeverSavesOverTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;
    PaymentsView page;
    long caseId;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @BeforeEach
    void open() {
        harness = new PageHarness(dataFolder);
        caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 1), "Private agreement"));
        harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                PaymentMethod.BANK_TRANSFER, "J REED", ""));
        page = new PaymentsView(harness.services.payments, new PaymentsView.Evidence(harness.services.documents,
                harness.picker(), path -> { }), new ImportSources(owner -> Optional.empty(),
                new ImportPayerStore(harness.services.settings)), harness.background, CLOCK, harness.currentCase,
                destination -> { });
        interact(() -> harness.show(page));
        interact(page::shown);
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
    }

    @AfterEach
    void close() {
        interact(harness::close);
    }

    private String saveText() {
        Button save = lookup("#payment-save").query();
        return interactAndGet(save::getText);
    }

    private List<Payment> saved() {
        return harness.services.payments.payments(caseId);
    }

    @Test
    void aPaymentLeftOpenIsAFreshFormOnComingBack() {
        TableView<?> table = lookup("#payments-table").query();
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the payment is open", () -> "43.21".equals(text("#payment-amount")));
        assertEquals("Save correction", saveText(), "the button says a payment is being changed");

        interact(page::shown); // the parent went to the Overview and came back
        waitUntil("a fresh form", () -> text("#payment-amount").isEmpty());
        assertEquals("Save payment", saveText());

        type("#payment-date", "15/11/2026");
        type("#payment-amount", "50");
        press("#payment-save");
        waitUntil("saved as a new payment", () -> saved().size() == 2);
        assertTrue(saved().stream().anyMatch(p -> p.date().equals(LocalDate.of(2026, 11, 8))
                && p.amount().equals(Money.ofPence(43_21))), "the first payment is still there, unchanged");
    }

    @Test
    void aPaymentTypedInTwiceIsSavedOnlyOnASecondPress() {
        type("#payment-date", "8/11/2026");
        type("#payment-amount", "43.21");
        press("#payment-save");
        Label same = lookup("#payment-same-warning").query();
        waitUntil("the parent is told", () -> !interactAndGet(same::getText).isEmpty());
        assertEquals("You already have £43.21 received on 8 Nov 2026. If this is a second payment, press Save payment "
                + "again. If you typed it in twice, choose New payment.", interactAndGet(same::getText));
        assertEquals(1, saved().size(), "not saved on the first press");

        press("#payment-save");
        waitUntil("saved as a second payment", () -> saved().size() == 2);
    }

    @Test
    void changingTheAnswersAsksAgain() {
        type("#payment-date", "8/11/2026");
        type("#payment-amount", "43.21");
        press("#payment-save");
        Label same = lookup("#payment-same-warning").query();
        waitUntil("the parent is told", () -> !interactAndGet(same::getText).isEmpty());
        type("#payment-reference", "J REED");
        press("#payment-save");
        assertEquals(1, saved().size(), "other answers than the ones the parent was asked about: asked again");
        press("#payment-new");
        press("#payment-lose-typing");
        waitUntil("the note goes with the form", () -> interactAndGet(same::getText).isEmpty());
    }
}
