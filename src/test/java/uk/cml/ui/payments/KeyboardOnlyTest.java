package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.AppRobot;
import uk.cml.ui.WithTheApp;

/**
 * A parent who uses only the keyboard: an arrow key on a closed drop-down opens it rather than silently changing what
 * the page shows, Space opens it, and Enter in quick entry's "Arrived on" box records, once. AppRobot.CLOCK is Sunday
 * 22 Nov 2026; the case has a plan of £43.21 a week from Sunday 1 Nov 2026 (PaymentsPageTest.aCase).
 */
class KeyboardOnlyTest extends WithTheApp {

    /** The pop-ups hidden before WithTheApp closes the app. */
    @AfterEach
    void close() {
        if (startup != null) {
            interact(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.stage.PopupWindow).toList()
                    .forEach(javafx.stage.Window::hide));
        }
    }

    private TableView<ScheduleLine> openOnThePayments() {
        caseId = PaymentsPageTest.aCase(dataFolder, true);
        startup = startOn(dataFolder);
        press("#nav-payments");
        TableView<ScheduleLine> table = waitFor("#schedule-table");
        waitUntil("one row per due", () -> table.getItems().size() == 4);
        return table;
    }

    private void focus(String id) {
        javafx.scene.Node node = waitFor(id);
        interact(node::requestFocus);
        waitUntil(id + " has the keyboard", node::isFocused);
    }

    @Test
    void downOnAClosedPeriodFilterOpensItAndLeavesWhatIsShown() {
        openOnThePayments();
        ComboBox<?> period = waitFor("#schedule-period");
        Object before = period.getValue();
        focus("#schedule-period");
        type(KeyCode.DOWN);
        waitUntil("the list opens", period::isShowing);
        assertEquals(before, period.getValue(), "Down changed the period without the parent choosing one");
        type(KeyCode.ESCAPE);
        waitUntil("the list closes", () -> !period.isShowing());
        type(KeyCode.UP);
        waitUntil("the list opens on Up too", period::isShowing);
        assertEquals(before, period.getValue(), "Up changed the period");
    }

    @Test
    void spaceOnAClosedDropDownOpensIt() {
        openOnThePayments();
        ComboBox<?> period = waitFor("#schedule-period");
        Object before = period.getValue();
        focus("#schedule-period");
        type(KeyCode.SPACE);
        waitUntil("the list opens", period::isShowing);
        assertEquals(before, period.getValue());
    }

    @Test
    void arrowsAndSpaceOnAClosedChoiceBoxOpenIt() {
        PaymentsPageTest.aCase(dataFolder, true);
        startup = startOn(dataFolder);
        ChoiceBox<?> period = waitFor("#overview-period");
        Object before = period.getValue();
        focus("#overview-period");
        type(KeyCode.DOWN);
        waitUntil("the list opens", period::isShowing);
        assertEquals(before, period.getValue(), "Down changed the chart's period");
        type(KeyCode.ESCAPE);
        waitUntil("the list closes", () -> !period.isShowing());
        type(KeyCode.UP);
        waitUntil("the list opens on Up", period::isShowing);
        assertEquals(before, period.getValue(), "Up changed the chart's period");
        type(KeyCode.ESCAPE);
        waitUntil("the list closes", () -> !period.isShowing());
        type(KeyCode.SPACE);
        waitUntil("the list opens on Space", period::isShowing);
        assertEquals(before, period.getValue());
    }

    @Test
    void enterInTheArrivedOnBoxRecordsTheLatePaymentOnce() {
        TableView<ScheduleLine> table = openOnThePayments();
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the first due is chosen", () -> lookup("#quick-about").queryLabeled().getText()
                .startsWith("Due Sun 1 Nov 2026"));
        type("#quick-late-date", "06/11/2026");
        type(KeyCode.ENTER);
        waitUntil("the 1 Nov due shows the late payment", () -> table.getItems().size() == 4
                && table.getItems().get(0).statusText().equals("Arrived late (4 days after Mon 2 Nov 2026)"));
        // The due's buttons lock once it is recorded: the keyboard goes back to the table, not to the case chooser
        // at the top of the window, where a second Enter opened it.
        waitUntil("the keyboard is back in the table", table::isFocused);
        type(KeyCode.ENTER); // a second Enter, as a parent unsure the first one worked
        assertTrue(table.isFocused());
        waitUntil("the notice says what was recorded", () -> lookup("#quick-notice").queryLabeled().getText()
                .startsWith("Recorded £43.21 received on 6 Nov 2026"));
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            List<Payment> saved = services.payments.payments(caseId);
            assertEquals(List.of("2026-11-06 £43.21"), saved.stream().map(p -> p.date() + " " + p.amount().format())
                    .toList(), "recorded once");
        }
    }

    @Test
    void enterInTheArrivedOnBoxAnswersTheButtonThatAskedForTheDate() {
        TableView<ScheduleLine> table = openOnThePayments();
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the first due is chosen", () -> lookup("#quick-about").queryLabeled().getText()
                .startsWith("Due Sun 1 Nov 2026"));
        type("#quick-part-amount", "20.00");
        type(KeyCode.ENTER); // Enter in the amount box is Part paid
        waitUntil("the date is asked for", () -> lookup("#quick-error").queryLabeled().isVisible());
        ComboBoxBase<?> date = lookup("#quick-late-date").query();
        waitUntil("the keys are in the date box", date::isFocused);
        write("04/11/2026");
        type(KeyCode.ENTER);
        waitUntil("the due shows the part", () -> table.getItems().size() == 4
                && table.getItems().get(0).statusText().startsWith("Part paid")
                && table.getItems().get(0).statusText().contains("£23.21"));
        assertFalse(lookup("#quick-error").queryLabeled().isVisible());
        assertTrue(lookup("#quick-notice").queryLabeled().getText().startsWith("Recorded £20.00"));
    }
}
