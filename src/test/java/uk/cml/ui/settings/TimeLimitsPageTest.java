package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Settings lists the CMS time limits the app counts with; one corrected there is refused beside the box when it is no
 * whole number in range, saved with its history when it is, and put back to the original, by control id in a real
 * window.
 */
@ExtendWith(ApplicationExtension.class)
class TimeLimitsPageTest extends AppRobot {

    static final String ROW = "#settings-time-limit-complaint-reply-working_days";

    @TempDir
    Path dataFolder;
    private Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private String label(String query) {
        return interactAndGet(() -> lookup(query).queryLabeled().getText());
    }

    @Test
    void aLimitIsCorrectedWithItsHistoryAndPutBack() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor(ROW + "-amount");
        assertEquals("15 working days", label(ROW + "-amount"));

        Button correct = waitFor(ROW + "-correct");
        interact(correct::fire);
        TextField value = waitFor("#settings-time-limit-value");
        assertEquals("15", interactAndGet(value::getText));
        interact(() -> value.setText("fifteen"));
        Button save = waitFor("#settings-time-limit-save");
        interact(save::fire);
        assertEquals("Enter a whole number of working days, such as 15.",
                label("#settings-time-limit-value-error"));
        assertEquals("15 working days", label(ROW + "-amount"), "nothing saved");

        interact(() -> value.setText("20"));
        interact(save::fire);
        waitUntil("the corrected figure is listed", () -> "20 working days".equals(label(ROW + "-amount")));
        assertEquals(false, interactAndGet(() -> lookup("#settings-time-limit-value-error").query().isVisible()));
        // The form stays open on the limit saved, with its history.
        assertEquals("20", interactAndGet(value::getText));
        waitUntil("the earlier value is listed", () -> label("#settings-time-limit-history")
                .contains("15 working days"));

        Button original = waitFor("#settings-time-limit-original");
        interact(original::fire);
        waitUntil("the original is back", () -> "15 working days".equals(label(ROW + "-amount")));
        waitUntil("nothing more to put back", () -> interactAndGet(() -> lookup("#settings-time-limit-original")
                .query().isDisabled()));
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals(15, services.standing.facts().complaintReplyWorkingDays());
            assertEquals(2, services.standing.factHistory("complaint.reply.working_days").size());
        }
    }

    /**
     * A time limit's row gone from the records (changed outside the app, as the start check reports): the panel
     * says so where the list would be, naming the limit and what to do, instead of an empty list.
     */
    @Test
    void aLimitGoneFromTheRecordsIsSaidWhereTheListWouldBe() {
        SampleFolders.fill(dataFolder);
        // The records' own triggers need the app's SQL functions, so the row is taken out through its database.
        try (uk.cml.store.Database database = uk.cml.store.Database.open(dataFolder, CLOCK)) {
            database.inTransaction(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM cms_fact WHERE key = 'ice.months'");
                }
            });
        }
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitUntil("the failure is said in view of the heading", () -> interactAndGet(() -> lookup(
                "#settings-time-limits-failed").tryQuery().map(n -> n.isVisible()
                && ((javafx.scene.control.Label) n).getText().contains("Independent Case Examiner")).orElse(false)));
        assertEquals(true, label("#settings-time-limits-failed").contains("Restore your records from a backup"));
    }

    @Test
    void whereItStandsLinksToTheFiguresOnSettings() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "where-things-stand");
            opened[0].begin();
        });
        startup = opened[0];
        javafx.scene.control.Hyperlink link = waitFor("#standing-correct-facts");
        interact(link::fire);
        waitFor(ROW + "-correct");
        waitUntil("the time limits are in view", () -> interactAndGet(() -> {
            javafx.scene.Node heading = lookup("#settings-time-limits-heading").query();
            javafx.geometry.Bounds on = heading.localToScene(heading.getBoundsInLocal());
            return on.getMinY() >= 0 && on.getMaxY() <= heading.getScene().getHeight();
        }));
    }
}
