package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.AppRobot;
import uk.cml.ui.WithAPage;

/**
 * A reviewer recorded £45.00 from the CMS for a £45.00 due under Collect and Pay at 4%, when £43.20 would arrive: the
 * app works it back to £46.88 collected, and £1.88 of each such payment went to older dues, unsaid. Beside the amount
 * the form now asks the parent to check the plan's amount and the fee; nothing is changed. AppRobot's clock is Sunday
 * 22 Nov 2026.
 */
class PaymentFeeCheckTest extends WithAPage {

    private static final String CHECK = "Under Collect and Pay the CMS keeps 4% of each payment it passes on, so £43.20 "
            + "would arrive for a £45.00 payment. If £45.00 did arrive, please check the amount in your payment plan "
            + "and the Collect and Pay fee on the Case page.";

    @BeforeEach
    void open() {
        CaseFile before = harness.currentCase.get();
        CaseFile collected = new CaseFile(before.id(), before.otherParentName(), before.otherParentAddress(),
                before.otherParentWork(), Arrangement.COLLECT_AND_PAY, before.cmsReference(), before.children(),
                before.collectionFeePercent());
        harness.services.cases.update(collected, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
        harness.services.payments.savePlan(before.id(), new PaymentPlan(0, Money.ofPence(45_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 2), "CMS calculation letter"));
        PaymentsView page = PaymentsPages.open(harness);
        interact(() -> {
            harness.currentCase.set(harness.services.cases.find(before.id()).orElseThrow());
            harness.show(page);
        });
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now"));
        chooseTab("#payments-tabs", "tab-payments");
    }

    @Test
    void theFullDueFromTheCmsIsCheckedBesideTheAmount() {
        Label check = lookup("#payment-fee-check").queryAs(Label.class);
        ComboBox<PaymentMethod> method = waitFor("#payment-method");
        interact(() -> method.setValue(PaymentMethod.THROUGH_CMS));
        type("#payment-date", "16/11/2026");
        type("#payment-amount", "43.20");
        assertEquals("", check.getText(), "what 4% leaves needs no check");
        type("#payment-amount", "45.00");
        waitUntil("the check is shown beside the amount", () -> check.getText().equals(CHECK) && check.isVisible());
        interact(() -> method.setValue(PaymentMethod.BANK_TRANSFER));
        assertEquals("", check.getText(), "paid directly, no fee is taken");
        interact(() -> method.setValue(PaymentMethod.THROUGH_CMS));
        assertEquals(CHECK, check.getText());
    }
}
