package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.PaymentStore.Kind;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a bank statement attached to a payment already saved said "Attached. It is also kept in
 * Documents." but was linked only when "Save correction" was pressed; "New payment" then asked about typing nothing
 * had been typed, and "Lose what I typed" lost the link. Now, as on the Letters page, it is linked at once (with its
 * history, the figures untouched) and the field says so; a new payment's says Save keeps it, and the question asked
 * before losing it names the file.
 */
class EvidenceIsSavedAtOnceTest extends WithAPage {

    private static final String SAVED = "Attached, and already saved with this payment (it is also kept in "
            + "Documents). Anything else you change is kept when you press Save correction.";
    private static final String PRESS_SAVE = "Attached. It is kept with this payment when you press Save payment. "
            + "It is also kept in Documents.";

    long caseId;

    @BeforeEach
    void open() throws Exception {
        caseId = harness.currentCase.get().id();
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        Path statement = dataFolder.resolve("statement.png");
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", statement.toFile());
        harness.chosenFiles = List.of(statement);
    }

    private void showPage() {
        show(PaymentsPages.open(harness));
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now: £"));
        chooseTab("#payments-tabs", "tab-payments");
    }

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

    private void attachAndWait(String says) {
        press("#payment-evidence-attach");
        Label message = lookup("#payment-evidence-message").query();
        waitUntil(says, () -> interactAndGet(message::getText).equals(says));
    }

    @Test
    void evidenceAttachedToASavedPaymentIsLinkedAtOnce() {
        long id = harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8),
                Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "J REED", ""));
        showPage();
        TableView<Payment> table = lookup("#payments-table").query();
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the payment is open", () -> text("#payment-amount").equals("43.21"));

        attachAndWait(SAVED);
        long statementId = harness.services.documents.documents(caseId).get(0).id();
        assertEquals(Optional.of(statementId), harness.services.payments.evidenceOf(id), "linked without Save");
        assertEquals(Money.ofPence(43_21), harness.services.payments.payments(caseId).get(0).amount());
        assertEquals(1, harness.services.payments.earlierVersions(Kind.PAYMENT, id).size(),
                "the link is a change in the payment's history");

        press("#payment-new");
        assertFalse(shown("#payment-unsaved-question"), "nothing typed, nothing to lose");
        assertEquals("", text("#payment-amount"));
        assertEquals(Optional.of(statementId), harness.services.payments.evidenceOf(id));
    }

    @Test
    void onlyTheEvidenceIsSavedAtOnceWhatIsTypedStaysTyping() {
        long id = harness.services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8),
                Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "J REED", ""));
        showPage();
        TableView<Payment> table = lookup("#payments-table").query();
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the payment is open", () -> text("#payment-amount").equals("43.21"));
        type("#payment-amount", "40.00");

        attachAndWait(SAVED);
        assertTrue(harness.services.payments.evidenceOf(id).isPresent());
        assertEquals(Money.ofPence(43_21), harness.services.payments.payments(caseId).get(0).amount(),
                "the amount typed is not saved");
        press("#payment-new");
        assertTrue(shown("#payment-unsaved-question"), "the amount typed is still typing");
        assertEquals("What you typed here is not saved yet. If you lose it, it is gone for good.",
                lookup("#payment-unsaved").queryLabeled().getText(), "the file is saved: not named");
    }

    @Test
    void evidenceAttachedToANewPaymentSaysSaveKeepsItAndTheQuestionNamesIt() {
        showPage();
        attachAndWait(PRESS_SAVE);
        assertTrue(harness.services.payments.payments(caseId).isEmpty());
        press("#payment-new");
        assertTrue(shown("#payment-unsaved-question"));
        assertEquals("The file you attached, \u201Cstatement.png\u201D, is not saved with a payment yet, nor is "
                + "anything you typed here. If you lose them, the file stays in Documents but is linked to nothing, "
                + "and what you typed is gone for good.", lookup("#payment-unsaved").queryLabeled().getText());
        press("#payment-lose-typing");
        assertEquals(1, harness.services.documents.documents(caseId).size(), "the file stays in Documents");
    }
}
