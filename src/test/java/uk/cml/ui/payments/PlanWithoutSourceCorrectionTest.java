package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a plan saved at set-up without saying where it came from ("Taken from: Not given") could not
 * be corrected on the Payments page: Save correction asked for a source set-up had left optional. A plan saved
 * without one is now corrected without one.
 */
class PlanWithoutSourceCorrectionTest extends WithAPage {

    private void showPlans(String source) {
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(50_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 6), source));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        interact(page::shown);
        chooseTab("#payments-tabs", "tab-plans");
        TableView<?> rows = waitFor("#plans-table");
        waitUntil("the plan is listed", () -> !rows.getItems().isEmpty());
        interact(() -> rows.getSelectionModel().select(0));
        waitUntil("the plan is open", () -> "50.00".equals(text("#plan-amount")));
    }

    private long amountSaved() {
        return harness.services.payments.records(caseId).plans().get(0).amount().pence();
    }

    @Test
    void aPlanSavedWithNoSourceIsCorrectedWithNone() {
        showPlans("");
        type("#plan-amount", "52.00");
        press("#plan-save");
        waitUntil("the correction is saved", () -> amountSaved() == 52_00);
        assertEquals("", harness.services.payments.records(caseId).plans().get(0).source());
    }
}
