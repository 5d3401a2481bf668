package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithTheApp;

/**
 * A keyboard-only parent reading down a list: the arrow keys only move the choice (each letter opened at once, and
 * the keyboard was thrown onto the case chooser as the list left the page); Enter opens the row, with the keyboard
 * in its form; Back puts the keyboard on the row it came from. The calls list (shared with notes) likewise. On the
 * sample case, in the whole app as a parent sees it.
 */
class ArrowKeysOnlyMoveTest extends WithTheApp {

    private boolean inScene(String id) {
        return lookup(id).tryQuery().map(node -> interactAndGet(() -> node.getScene() != null && node.isVisible()))
                .orElse(false);
    }

    private Node focusOwner(Node any) {
        return interactAndGet(() -> any.getScene().getFocusOwner());
    }

    private static boolean within(Node node, String id) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (id.equals(at.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void arrowsMoveAlongTheSentLettersEnterOpensOneAndBackReturnsToItsRow() throws Exception {
        uk.cml.app.SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letters read", () -> sent.getItems().size() >= 3);
        interact(() -> {
            sent.requestFocus();
            sent.getFocusModel().focus(0);
        });

        push(KeyCode.DOWN);
        push(KeyCode.DOWN);
        assertFalse(inScene("#letters-editor"), "an arrow key opens no letter");
        assertEquals(2, (int) interactAndGet(() -> sent.getSelectionModel().getSelectedIndex()), "it moves along");
        assertTrue(interactAndGet(sent::isFocused), "and the keyboard stays in the list");

        Object chosen = interactAndGet(() -> sent.getSelectionModel().getSelectedItem());
        push(KeyCode.ENTER);
        waitUntil("the letter opens", () -> inScene("#letters-editor"));
        Node owner = focusOwner(sent.getScene() == null ? lookup("#letters-editor").query() : sent);
        assertTrue(within(owner, "letters-editor"), "the keyboard is in the letter's form, not on " + owner);

        Node back = lookup("#letters-back").query();
        interact(back::requestFocus);
        push(KeyCode.SPACE);
        waitUntil("back to the lists", () -> !inScene("#letters-editor"));
        waitUntil("the keyboard back on the list", () -> sent.isFocused());
        assertEquals(chosen, interactAndGet(() -> sent.getFocusModel().getFocusedItem()),
                "on the row of the letter it opened");
        assertFalse(inScene("#letters-editor"));
    }

    @Test
    void arrowsMoveAlongTheCallsAndEnterOpensOneInTheForm() {
        uk.cml.app.SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-calls");
        ListView<?> calls = waitFor("#call-list");
        waitUntil("the calls read", () -> calls.getItems().size() >= 2);
        Label heading = lookup("#call-form-heading").query();
        String fresh = interactAndGet(heading::getText);
        interact(() -> {
            calls.requestFocus();
            calls.getFocusModel().focus(0);
        });

        push(KeyCode.DOWN);
        assertEquals(1, (int) interactAndGet(() -> calls.getSelectionModel().getSelectedIndex()));
        assertEquals(fresh, interactAndGet(heading::getText), "an arrow key opens no call");
        assertTrue(interactAndGet(calls::isFocused));

        push(KeyCode.ENTER);
        waitUntil("the call opens", () -> !fresh.equals(heading.getText()));
        Node owner = focusOwner(calls);
        assertTrue(owner != null && owner != calls && !within(owner, "call-list"),
                "the keyboard is in the call's form, not on " + owner);
    }
}
