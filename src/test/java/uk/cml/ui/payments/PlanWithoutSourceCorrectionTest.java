package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
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
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.ImportPayerStore;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * Found by a reviewer: a plan saved at set-up without saying where it came from ("Taken from: Not given") could not
 * be corrected on the Payments page: Save correction asked for a source set-up had left optional. A plan saved
 * without one is now corrected without one.
 */
@ExtendWith(ApplicationExtension.class)
class PlanWithoutSourceCorrectionTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;
    long caseId;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @BeforeEach
    void open() {
        harness = new PageHarness(dataFolder);
        caseId = harness.currentCase.get().id();
    }

    @AfterEach
    void close() {
        interact(harness::close);
    }

    private void showPlans(String source) {
        harness.services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(50_00),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 6), source));
        PaymentsView page = new PaymentsView(harness.services.payments, new PaymentsView.Evidence(
                harness.services.documents, harness.picker(), path -> { }), new ImportSources(owner -> Optional.empty(),
                new ImportPayerStore(harness.services.settings)), harness.background, CLOCK, harness.currentCase,
                destination -> { });
        interact(() -> harness.show(page));
        interact(page::shown);
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-plans".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
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
