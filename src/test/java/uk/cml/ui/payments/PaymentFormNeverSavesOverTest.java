package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * A payment is never saved over another by mistake: one left open (to read its history) is a fresh form again when
 * the parent comes back to the page, the button says "Save correction" while one is open, and a payment the same as
 * one already recorded (day and amount) is saved only when the parent presses Save a second time.
 */
class PaymentFormNeverSavesOverTest extends WithAPage {

    PaymentsView page;

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 1), "Private agreement"));
        harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                PaymentMethod.BANK_TRANSFER, "J REED", ""));
        page = PaymentsPages.open(harness);
        show(page);
        interact(page::shown);
        chooseTab("#payments-tabs", "tab-payments");
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
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
