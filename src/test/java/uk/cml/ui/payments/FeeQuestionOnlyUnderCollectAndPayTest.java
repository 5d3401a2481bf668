package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * A reviewer with a Direct Pay case was asked whether the CMS's figure was "before the Collect and Pay fee (what the
 * paying parent owes)": a question about a fee the case has never paid. It is asked only of a case that is or was
 * under Collect and Pay.
 */
class FeeQuestionOnlyUnderCollectAndPayTest extends WithTheApp {

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
        openTheApp();
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
