package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.FeeBasis;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.WithAPage;

/**
 * Each form of the Payments page with two cases: what was begun (or opened) while Jordan Reed's case was open is
 * never saved under Alex Morgan's after the case is changed, what was typed stays, and an untouched form starts
 * afresh for the case chosen. Both cases are owed weekly from Sun 1 Nov 2026; today is Sun 22 Nov 2026.
 */
class PaymentsCaseChangeTest extends WithAPage {

    CaseFile reed;
    CaseFile morgan;

    @BeforeEach
    void open() {
        reed = harness.currentCase.get();
        morgan = harness.anotherCase();
        harness.services.payments.savePlan(reed.id(), new PaymentPlan(0, Money.ofPence(43_21),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "Private agreement"));
        harness.services.payments.savePlan(morgan.id(), new PaymentPlan(0, Money.ofPence(30_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 1), "CMS letter"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("Jordan Reed's dues are shown", () -> owed.getText().equals("Owed now: £129.63"));
    }

    private void showTab(String id) {
        chooseTab("#payments-tabs", id);
    }

    /** Chooses the case as the case switcher does, and waits until its figures are on the page. */
    private void switchTo(CaseFile chosen) {
        interact(() -> harness.currentCase.set(chosen));
        String owed = harness.services.payments.records(chosen.id()).schedule(LocalDate.now(CLOCK))
                .owedOnPassedDues().format();
        waitUntil("the page shows " + chosen.otherParentName() + "'s case",
                () -> lookup("#payments-owed").queryLabeled().getText().endsWith(owed));
    }

    private void saysNotSaved(String noun, CaseFile begunFor) {
        Label status = lookup("#payments-status").queryAs(Label.class);
        waitUntil("Save says where it belongs", () -> status.getText().equals("Not saved: you began this " + noun
                + " while the case with " + begunFor.otherParentName() + " was open. Switch back to that case to "
                + "save it there, or start a new one for this case."));
    }

    private boolean disabled(String id) {
        return lookup(id).query().isDisabled();
    }

    @Test
    void aPaymentTypedForOneCaseIsNotCreditedToAnotherAndAnOpenedOneStartsAfresh() {
        showTab("tab-payments");
        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.21");
        type("#payment-reference", "J REED MAINT");
        switchTo(morgan);

        assertEquals("43.21", text("#payment-amount"), "what was typed stays");
        assertEquals("J REED MAINT", text("#payment-reference"));
        press("#payment-save");
        saysNotSaved("payment", reed);
        assertEquals(0, harness.services.payments.payments(morgan.id()).size(), "nothing credited to Alex Morgan");

        switchTo(reed);
        press("#payment-save");
        waitUntil("saved for Jordan Reed", () -> harness.services.payments.payments(reed.id()).size() == 1);
        assertEquals(0, harness.services.payments.payments(morgan.id()).size());
        Label status = lookup("#payments-status").queryAs(Label.class);
        waitUntil("the page says so", () -> status.getText().startsWith("Recorded £43.21 received on 20 Nov 2026."));

        // Opened and untouched: Alex Morgan's case gets an empty form, with nothing of Jordan Reed's to remove.
        TableView<Payment> table = lookup("#payments-table").query();
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the payment is open", () -> text("#payment-amount").equals("43.21") && !disabled("#payment-remove"));
        switchTo(morgan);
        waitUntil("a fresh form for Alex Morgan's case", () -> text("#payment-amount").isEmpty()
                && text("#payment-reference").isEmpty() && disabled("#payment-remove"));
        assertEquals("", status.getText(), "what was recorded for Jordan Reed is not said beside Alex Morgan's figures");
        assertEquals(null, status.getGraphic(), "nor is its Undo offered");
    }

    @Test
    void aCorrectionTypedAfterChangingCaseIsRefusedWithWhereItBelongs() {
        long id = harness.services.payments.savePayment(reed.id(), new Payment(0, LocalDate.of(2026, 11, 8),
                Money.ofPence(43_21), PaymentMethod.BANK_TRANSFER, "J REED", ""));
        switchTo(morgan);
        switchTo(reed); // loads the payment just saved
        showTab("tab-payments");
        TableView<Payment> table = lookup("#payments-table").query();
        waitUntil("the payment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the payment is open", () -> text("#payment-amount").equals("43.21"));
        type("#payment-amount", "40.00");
        switchTo(morgan);

        assertEquals("40.00", text("#payment-amount"), "the correction typed stays");
        assertTrue(disabled("#payment-remove"), "Jordan Reed's payment cannot be removed from Alex Morgan's case");
        press("#payment-save");
        saysNotSaved("payment", reed);
        assertEquals(Money.ofPence(43_21), harness.services.payments.payments(reed.id()).get(0).amount());
        assertEquals(0, harness.services.payments.payments(morgan.id()).size());

        switchTo(reed);
        press("#payment-save");
        waitUntil("corrected in its own case", () -> harness.services.payments.payments(reed.id()).get(0).amount()
                .equals(Money.ofPence(40_00)));
        assertEquals(id, harness.services.payments.payments(reed.id()).get(0).id());
    }

    /** A bank statement attached after the case changed is the payment's evidence: kept with its case's documents. */
    @Test
    void evidenceAttachedAfterChangingCaseIsKeptWithThePaymentsOwnCase() throws Exception {
        Path statement = dataFolder.resolve("statement.png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(10, 10, 100, 60);
        g.dispose();
        ImageIO.write(image, "png", statement.toFile());
        harness.chosenFiles = List.of(statement);
        showTab("tab-payments");
        type("#payment-date", "20/11/2026");
        type("#payment-amount", "43.21");
        switchTo(morgan);

        press("#payment-evidence-attach");
        Label attached = lookup("#payment-evidence-name").query();
        waitUntil("the statement is attached", () -> "statement.png".equals(attached.getText()));
        assertEquals(0, harness.services.documents.documents(morgan.id()).size(), "not in Alex Morgan's documents");
        assertEquals(1, harness.services.documents.documents(reed.id()).size());

        switchTo(reed);
        press("#payment-save");
        waitUntil("saved for Jordan Reed", () -> harness.services.payments.payments(reed.id()).size() == 1);
        long paymentId = harness.services.payments.payments(reed.id()).get(0).id();
        assertEquals(Optional.of(harness.services.documents.documents(reed.id()).get(0).id()),
                harness.services.payments.evidenceOf(paymentId));
    }

    @Test
    void anAdjustmentTypedForOneCaseIsNotSavedUnderAnother() {
        showTab("tab-adjustments");
        choose("#adjustment-kind", AdjustmentKind.CMS_CONFIRMED_FIGURE);
        type("#adjustment-date", "16/11/2026");
        type("#adjustment-amount", "100.00");
        type("#adjustment-note", "CMS letter of 16 Nov");
        switchTo(morgan);

        assertEquals("100.00", text("#adjustment-amount"), "what was typed stays");
        press("#adjustment-save");
        saysNotSaved("adjustment", reed);
        assertEquals(0, harness.services.payments.adjustments(morgan.id()).size());

        switchTo(reed);
        press("#adjustment-save");
        waitUntil("saved for Jordan Reed", () -> harness.services.payments.adjustments(reed.id()).size() == 1);

        // Opened and untouched: a fresh form for the other case.
        TableView<Adjustment> table = lookup("#adjustments-table").query();
        waitUntil("the adjustment is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("it is open", () -> text("#adjustment-amount").equals("100.00") && !disabled("#adjustment-remove"));
        switchTo(morgan);
        waitUntil("a fresh form for Alex Morgan's case", () -> text("#adjustment-amount").isEmpty()
                && text("#adjustment-note").isEmpty() && disabled("#adjustment-remove"));
        assertEquals(0, harness.services.payments.adjustments(morgan.id()).size());
        assertEquals(AdjustmentKind.CMS_CONFIRMED_FIGURE,
                harness.services.payments.adjustments(reed.id()).get(0).kind());
        assertEquals(FeeBasis.BEFORE_FEE, harness.services.payments.adjustments(reed.id()).get(0).basis());
    }

    @Test
    void aPlanOpenedUntouchedStartsAfreshAndOneTypedIsSavedOnlyToItsOwnCase() {
        showTab("tab-plans");
        TableView<PaymentPlan> table = lookup("#plans-table").query();
        waitUntil("Jordan Reed's plan is listed", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the plan is open", () -> text("#plan-amount").equals("43.21") && !disabled("#plan-remove"));

        switchTo(morgan);
        waitUntil("a fresh form for Alex Morgan's case", () -> text("#plan-amount").isEmpty()
                && text("#plan-source").isEmpty() && disabled("#plan-remove"));

        // Begun for Alex Morgan's case, then Jordan Reed's chosen: the new plan is not Jordan Reed's.
        type("#plan-amount", "35.00");
        choose("#plan-frequency", PaymentFrequency.MONTHLY);
        type("#plan-first-due", "06/12/2026");
        type("#plan-source", "CMS letter dated 1 Dec 2026");
        switchTo(reed);
        assertEquals("35.00", text("#plan-amount"), "what was typed stays");
        press("#plan-save");
        saysNotSaved("payment plan", morgan);
        assertEquals(1, harness.services.payments.plans(reed.id()).size());

        switchTo(morgan);
        press("#plan-save");
        waitUntil("saved for Alex Morgan", () -> harness.services.payments.plans(morgan.id()).size() == 2);
        assertEquals(1, harness.services.payments.plans(reed.id()).size());
    }

    /**
     * Between choosing the case and its dues arriving, the table still shows the other case's dues, with one chosen:
     * quick entry must not record it for the case now open. The records' thread is held so that moment lasts.
     */
    @Test
    void quickEntryNeverRecordsADueOfOneCaseForAnother() throws InterruptedException {
        TableView<ScheduleLine> dues = waitFor("#schedule-table");
        waitUntil("Jordan Reed's four dues", () -> dues.getItems().size() == 4);
        interact(() -> dues.getSelectionModel().select(1));
        waitUntil("8 Nov is chosen", () -> lookup("#quick-about").queryLabeled().getText()
                .startsWith("Due Sun 8 Nov 2026"));

        CountDownLatch hold = new CountDownLatch(1);
        harness.background.run(() -> {
            hold.await();
            return null;
        }, done -> { }, error -> { });
        try {
            interact(() -> harness.currentCase.set(morgan));
            press("#quick-paid-full");
            press("#quick-on-due-day"); // asked when it arrived: on its due day
            Label problem = lookup("#quick-error").queryAs(Label.class);
            assertTrue(problem.getText().startsWith("Not saved: you began this payment while the case with "
                    + "Jordan Reed was open."), problem.getText());
        } finally {
            hold.countDown();
        }
        switchTo(morgan);
        waitUntil("the records' thread has caught up", () -> harness.background.running().get() == 0);
        assertEquals(0, harness.services.payments.payments(morgan.id()).size(), "nothing credited to Alex Morgan");
        assertEquals(0, harness.services.payments.payments(reed.id()).size());

        // Alex Morgan's dues are in: none is chosen (8 Nov was Jordan Reed's), so quick entry waits for a choice.
        waitUntil("no due chosen", () -> dues.getSelectionModel().getSelectedItem() == null
                && lookup("#quick-paid-full").query().getParent().isDisabled());
        assertEquals("Choose a due payment in the list to say what happened to it.",
                lookup("#quick-about").queryLabeled().getText());
    }
}
