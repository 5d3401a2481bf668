package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer new to the app: a date field holding a date (a ticked step offers today's) took a click and
 * "17/09/2026" typed as "6 Dec 20217/09/20..." (the typing was added where the click put the caret). Every date
 * field chooses its whole text when it gains focus, by a click or by Tab, so typing replaces it. And a letter
 * logged as posted on a Sunday gets a gentle word beside the date: Post Office counters are mostly closed then.
 */
class DateFieldTypedOverTest extends WithAPage {

    private void reveal(String id) {
        Node field = waitFor(id);
        ScrollPane scroll = lookup("#letters-editor").query();
        interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
    }

    private void openNewSentLetter() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        reveal("#sent-posted");
        type("#sent-posted", "04/12/2026");
        press("#sent-subject");
        reveal("#sent-posted");
    }

    @Test
    void aClickedDateFieldIsTypedOver() {
        openNewSentLetter();
        DatePicker posted = lookup("#sent-posted").query();
        click(posted.getEditor());
        write("17/09/2026");
        assertEquals("17/09/2026", text("#sent-posted"));
    }

    /** As on Where it stands: a ticked step puts today's date in its field and gives it focus; the parent clicks it. */
    @Test
    void aFieldGivenFocusByTheAppThenClickedIsTypedOver() {
        openNewSentLetter();
        DatePicker posted = lookup("#sent-posted").query();
        interact(() -> {
            posted.requestFocus();
            posted.getEditor().selectAll();
        });
        click(posted.getEditor());
        write("17/09/2026");
        assertEquals("17/09/2026", text("#sent-posted"));
    }

    @Test
    void aClickAfterTypingPlacesTheCaret() {
        openNewSentLetter();
        DatePicker posted = lookup("#sent-posted").query();
        click(posted.getEditor());
        write("17/09/2026");
        interact(() -> posted.getEditor().positionCaret(0));
        click(posted.getEditor());
        // (Within a double click's time of the first click, this one chooses the word under the mouse, as usual.)
        assertTrue(interactAndGet(() -> posted.getEditor().getSelection().getLength()
                < posted.getEditor().getLength()), "a click after typing is not taken as gaining focus");
    }

    @Test
    void aDateFieldReachedByTabIsTypedOver() {
        openNewSentLetter();
        DatePicker posted = lookup("#sent-posted").query();
        click(posted.getEditor());
        push(KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        waitUntil("the date posted has the keyboard again", posted::isFocused);
        write("17/09/2026");
        assertEquals("17/09/2026", text("#sent-posted"));
    }

    @Test
    void aSecondClickInTheFieldPlacesTheCaretAsUsual() {
        openNewSentLetter();
        DatePicker posted = lookup("#sent-posted").query();
        click(posted.getEditor());
        click(posted.getEditor());
        // (Two clicks this quick are a double click, which chooses the word under the mouse, as in any field.)
        assertTrue(interactAndGet(() -> posted.getEditor().getSelection().getLength()
                        < posted.getEditor().getLength()),
                "a click in a field already chosen is not taken as gaining focus again");
    }

    @Test
    void aSundayPostingIsWarnedGently() {
        openNewSentLetter();
        Label warning = lookup("#sent-posted-closed-day").query();
        assertFalse(interactAndGet(warning::isVisible), "4 Dec 2026 is a Friday");
        type("#sent-posted", "06/12/2026");
        waitUntil("the warning shows", warning::isVisible);
        assertEquals("6 Dec 2026 is a Sunday: Post Offices are mostly closed. Check the date on your certificate "
                + "of posting.", interactAndGet(warning::getText));
        assertTrue(interactAndGet(() -> warning.getStyleClass().contains("field-warning")));
        type("#sent-posted", "07/12/2026");
        waitUntil("the warning goes", () -> !warning.isVisible());
    }
}
