package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * A reviewer with a Direct Pay case was asked whether the CMS's figure was "before the Collect and Pay fee (what the
 * paying parent owes)": a question about a fee the case has never paid. It is asked only of a case that is or was
 * under Collect and Pay.
 */
@ExtendWith(ApplicationExtension.class)
class FeeQuestionOnlyUnderCollectAndPayTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** Whether the field's row takes its place in the form and it and every node it sits in are visible. */
    private static boolean shown(Node field) {
        if (!field.getParent().isManaged()) {
            return false;
        }
        for (Node n = field; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Node openAdjustmentForm(boolean adjustmentsListed, String... sample) throws Exception {
        SampleFolders.fill(dataFolder, sample);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> "tab-adjustments".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> table = waitFor("#adjustments-table");
        if (adjustmentsListed) {
            waitUntil("the sample's adjustments are listed", () -> !table.getItems().isEmpty());
        }
        return lookup("#adjustment-basis").query();
    }

    @Test
    void aDirectPayCaseIsNotAskedAboutTheFee() throws Exception {
        Node basis = openAdjustmentForm(true);
        assertFalse(interactAndGet(() -> shown(basis)), "no fee question on a Direct Pay case");
        assertTrue(lookup("#adjustment-amount").query().isVisible(), "the rest of the form is there");
    }

    @Test
    void aCollectAndPayCaseIsAsked() throws Exception {
        Node basis = openAdjustmentForm(false, "--collect-and-pay");
        waitUntil("the fee question is shown", () -> shown(basis));
    }
}
