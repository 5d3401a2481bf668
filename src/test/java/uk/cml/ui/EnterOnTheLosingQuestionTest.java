package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/**
 * Enter while "Keep what I typed / Lose what I typed" is asked answers it with the safe choice, however it was asked:
 * also when another record was chosen in the list or table with the mouse, which took the keyboard for itself, so
 * Enter did nothing there and an arrow key chose yet another record. Never a save, never typing lost. In the whole
 * app, on the pages that ask (the question is made in one place, ui/common LosingQuestion).
 */
class EnterOnTheLosingQuestionTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase((services, caseId) -> {
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                    LocalDate.of(2026, 11, 1), "Private agreement"));
            services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 8), Money.ofPence(43_21),
                    PaymentMethod.BANK_TRANSFER, "J REED", ""));
        });
        openTheApp();
    }

    /** On the screen: taking its place, and neither it nor anything holding it hidden. */
    private boolean shown(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged() && node.getScene() != null;
        })).orElse(false);
    }

    private boolean focused(String id) {
        Node node = lookup(id).query();
        return interactAndGet(node::isFocused);
    }

    /** Chooses the first record in a list or table as a parent does, with the mouse. */
    private void clickFirstRow(String rows) {
        waitUntil("a record is listed", () -> lookup(rows).queryAll().stream().anyMatch(this::firstOnScreen));
        Node row = lookup(rows).queryAll().stream().filter(this::firstOnScreen).findFirst().orElseThrow();
        reveal(row);
        click(row);
    }

    @Test
    void callsAndNotesKeepWhatWasTypedWhenAnotherRecordIsChosenAndEnterPressed() {
        press("#nav-calls");
        type("#call-said", "The first call.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        javafx.scene.control.ListView<?> calls = waitFor("#call-list");
        waitUntil("the call is listed", () -> calls.getItems().size() == 1);
        press("#call-new");
        type("#call-said", "A second call, half typed");

        clickFirstRow("#call-list .list-cell");
        waitUntil("asked first", () -> shown("#call-unsaved-question"));
        assertTrue(focused("#call-keep-typing"), "the keyboard is on the safe answer, not left on the list");
        type(KeyCode.ENTER);
        waitUntil("Enter answered the question", () -> !shown("#call-unsaved-question"));
        assertEquals("A second call, half typed", text("#call-said"), "kept, not lost for the call chosen");
        assertTrue(focused("#call-said"), "the keyboard is back where the parent typed");
        assertEquals(1, calls.getItems().size(), "and nothing saved");

        press("#nav-notes");
        type("#note-text", "The first note.");
        press("#note-save");
        javafx.scene.control.ListView<?> notes = waitFor("#note-list");
        waitUntil("the note is listed", () -> notes.getItems().size() == 1);
        press("#note-new");
        type("#note-text", "A second note, half typed");

        clickFirstRow("#note-list .list-cell");
        waitUntil("asked first", () -> shown("#note-unsaved-question"));
        type(KeyCode.ENTER);
        waitUntil("Enter answered the question", () -> !shown("#note-unsaved-question"));
        assertEquals("A second note, half typed", text("#note-text"));
        assertTrue(focused("#note-text"));
        assertEquals(1, notes.getItems().size(), "nothing saved");
    }

    @Test
    void paymentsAndPlansKeepWhatWasTypedWhenAnotherRowIsChosenAndEnterPressed() {
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        selectTab(tabs, "tab-payments");
        javafx.scene.control.TableView<?> payments = waitFor("#payments-table");
        waitUntil("the payment is listed", () -> payments.getItems().size() == 1);
        type("#payment-amount", "40.00");

        clickFirstRow("#payments-table .table-row-cell");
        waitUntil("asked first", () -> shown("#payment-unsaved-question"));
        assertTrue(focused("#payment-keep-typing"), "the keyboard is on the safe answer, not left on the table");
        type(KeyCode.ENTER);
        waitUntil("Enter answered the question", () -> !shown("#payment-unsaved-question"));
        assertEquals("40.00", text("#payment-amount"), "kept, not lost for the payment chosen");
        assertTrue(focused("#payment-amount"));
        assertEquals(1, payments.getItems().size(), "nothing saved");
        assertFalse(interactAndGet(() -> payments.getSelectionModel().getSelectedIndex() == 0),
                "the table does not show the payment chosen as open");

        selectTab(tabs, "tab-plans");
        javafx.scene.control.TableView<?> plans = waitFor("#plans-table");
        waitUntil("the plan is listed", () -> plans.getItems().size() == 1);
        type("#plan-amount", "61.50");
        clickFirstRow("#plans-table .table-row-cell");
        waitUntil("asked first", () -> shown("#plan-unsaved-question"));
        type(KeyCode.ENTER);
        waitUntil("Enter answered the question", () -> !shown("#plan-unsaved-question"));
        assertEquals("61.50", text("#plan-amount"));
        assertEquals(1, plans.getItems().size(), "nothing saved");
    }

    /** The cell showing the first record (not one the list keeps out of sight to measure rows with). */
    private boolean firstOnScreen(Node row) {
        if (!(row instanceof javafx.scene.control.IndexedCell<?> cell) || cell.getIndex() != 0 || cell.isEmpty()) {
            return false;
        }
        for (Node at = row; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void selectTab(TabPane tabs, String id) {
        interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }
}
