package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @AfterEach
    void close() {
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
}
