package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/** What a new parent saw go wrong on the Payments page at laptop size: words cut short, a form that moved. */
@ExtendWith(ApplicationExtension.class)
class PaymentsLayoutTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** A set-up case, and optionally a plan of £43.21 a week from Sunday 1 Nov 2026, saved before the app opens. */
    private void aCase(boolean withPlan) {
        PaymentsPageTest.aCase(dataFolder, withPlan);
    }

    private void showTab(String title) {
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    private String textOf(String id) {
        return lookup(id).queryLabeled().getText();
    }

    /**
     * Found by using the app as a new parent: in a 1366 x 768 window the empty plans table said "No payment plan
     * yet. Add the amount from your CMS calculation let..." with the end of its one instruction cut off.
     */
    @Test
    void theEmptyPlansTableSaysAllOfWhatToDoInALaptopSizedWindow() {
        aCase(false);
        startup = startOn(dataFolder);
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#overview-add-plan");
        TableView<?> plans = waitFor("#plans-table");
        Label empty = (Label) plans.getPlaceholder();
        waitUntil("the empty table is laid out", () -> empty.getScene() != null && empty.getWidth() > 0);
        String shown = interactAndGet(() -> empty.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance).map(n -> ((javafx.scene.text.Text) n).getText())
                .findFirst().orElse(""));
        assertEquals("No payment plan yet. Add the amount from your CMS calculation letter.", shown);
    }

    /**
     * Found by using the app as a new parent recording a run of payments: each save's "Recorded ... Undo" line
     * appeared above the tabs and moved the form down, so the next click landed on the wrong field.
     */
    @Test
    void savingAPaymentLeavesTheFormWhereItWas() {
        aCase(true);
        startup = startOn(dataFolder);
        press("#nav-payments");
        waitUntil("the plan is loaded", () -> "Owed now: £172.84".equals(textOf("#payments-owed")));
        showTab("Payments received");
        Node date = waitFor("#payment-date");
        double before = interactAndGet(() -> date.localToScene(0, 0).getY());
        type("#payment-date", "08/11/2026");
        type("#payment-amount", "43.21");
        press("#payment-save");
        waitUntil("the save is reported", () -> textOf("#payments-status").startsWith("Recorded £43.21"));
        assertEquals(before, interactAndGet(() -> date.localToScene(0, 0).getY()), 0.5, "the form did not move");
    }
}
