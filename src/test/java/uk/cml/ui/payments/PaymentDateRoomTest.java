package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Reviewer, 5 Dec 2026, at 1366 x 768 on "Record a payment" for a case with a plan: under the date's one-line hint,
 * two blank lines, the room kept for "This is before the first payment was due on ..., so it counts as paid in
 * advance. If a plan was in place before then, add it too." (three lines beside the table). The line under the date
 * says it in short, in about the room of the hint's one line; saving says the whole sentence.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentDateRoomTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void theRoomUnderTheDateIsTheHintsAndHoldsTheShortWarning() {
        SampleFolders.fillOn(dataFolder, CLOCK);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-payments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> table.getItems().size() > 20);
        Label warning = lookup("#payment-date-warning").query();
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            String where = " at " + (int) size[0] + " x " + (int) size[1];
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
            });
            for (int i = 0; i < 4; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            double[] heights = interactAndGet(() -> {
                Node place = warning.getParent();
                double hint = 0;
                for (Node child : ((javafx.scene.layout.Pane) place).getChildren()) {
                    if (child != warning && child.isVisible() && child instanceof Label label) {
                        hint = label.getHeight();
                    }
                }
                return new double[] {place.getLayoutBounds().getHeight(), hint};
            });
            assertTrue(heights[1] > 0, "the date's hint shows" + where);
            // The short warning reads on the hint's line in a real window; the test's fonts are a little wider, and
            // may take a second line. The whole sentence took three.
            assertTrue(heights[0] <= 2 * heights[1] + 0.5, "the room under the date, " + heights[0]
                    + " px, against its hint's " + heights[1] + where);
        }
    }
}
