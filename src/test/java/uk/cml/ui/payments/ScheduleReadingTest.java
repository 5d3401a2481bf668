package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.HeldJobs;
import uk.cml.ui.common.ModelCase;

/**
 * Found in review: while the Payments page read its records, the schedule said "Nothing to show for this period.",
 * which read to a parent as if their records had gone. Until they are read it says it is reading them.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleReadingTest extends AppRobot {

    @TempDir
    Path folder;
    ModelCase parent;

    @Start
    void start(Stage primary) {
        // No window: the table is tried on the JavaFX thread.
    }

    AutoCloseable closeAfter;

    @AfterEach
    void close() throws Exception {
        if (closeAfter != null) {
            closeAfter.close();
        }
        parent.close();
    }

    @Test
    void theScheduleSaysItIsReadingUntilTheRecordsAreRead() {
        parent = new ModelCase(folder);
        HeldJobs jobs = new HeldJobs();
        PaymentsModel model = interactAndGet(() -> new PaymentsModel(parent.services.payments, null, jobs,
                ModelCase.CLOCK, parent.currentCase));
        SchedulePanel panel = interactAndGet(() -> new SchedulePanel(model));
        TableView<?> table = (TableView<?>) panel.lookup("#schedule-table");
        interact(parent::choose);
        assertEquals("Reading your records…", interactAndGet(() -> ((Labeled) table.getPlaceholder()).getText()));
        interact(jobs::release);
        assertEquals("Nothing to show for this period.", interactAndGet(() -> ((Labeled) table.getPlaceholder())
                .getText()));
    }

    /** The plans and adjustments tabs said "No payment plan yet" and "No adjustments" while reading, too. */
    @Test
    void thePlansAndAdjustmentsSayTheyAreReadingUntilTheRecordsAreRead() {
        parent = new ModelCase(folder);
        HeldJobs jobs = new HeldJobs();
        // The panels read their bins on the page's own background thread once the records are read.
        uk.cml.ui.common.Background background = new uk.cml.ui.common.Background();
        closeAfter = background;
        PaymentsModel model = interactAndGet(() -> new PaymentsModel(parent.services.payments, background, jobs,
                ModelCase.CLOCK, parent.currentCase));
        PlanPanel plans = interactAndGet(() -> new PlanPanel(model, uk.cml.ui.common.DraftKeeper.none()));
        AdjustmentPanel adjustments = interactAndGet(() -> new AdjustmentPanel(model, uk.cml.ui.common.DraftKeeper.none()));
        TableView<?> plansTable = (TableView<?>) plans.lookup("#plans-table");
        TableView<?> adjustmentsTable = (TableView<?>) adjustments.lookup("#adjustments-table");
        interact(parent::choose);
        assertEquals("Reading your records…", interactAndGet(() -> placeholderText(plansTable)));
        assertEquals("Reading your records…", interactAndGet(() -> placeholderText(adjustmentsTable)));
        interact(jobs::release);
        assertTrue(interactAndGet(() -> placeholderText(adjustmentsTable)).startsWith("No adjustments"),
                interactAndGet(() -> placeholderText(adjustmentsTable)));
    }

    /** The words of a table's placeholder: a label, or the first label in it. */
    private static String placeholderText(TableView<?> table) {
        javafx.scene.Node shown = table.getPlaceholder();
        if (shown instanceof Labeled label) {
            return label.getText();
        }
        return shown.lookupAll(".label").stream().filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText())
                .findFirst().orElse("");
    }
}
