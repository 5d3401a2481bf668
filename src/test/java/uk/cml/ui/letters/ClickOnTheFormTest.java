package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * Found by using the app as a new parent: a click on an empty part of the letter form (easy to do after a drop-down
 * closes) gave the form's scroll pane the keyboard focus, and its focus ring, a shadow, was drawn round every word
 * and box of the see-through form, so the whole form went blurred until something else was clicked.
 */
class ClickOnTheFormTest extends WithAPage {

    @Test
    void aClickOnAnEmptyPartOfTheFormLeavesItsWordsSharp() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        ScrollPane form = waitFor("#letters-editor");
        waitFor("#sent-subject");

        // Top right of the form, left of its scroll bar: no field, label or button there.
        Bounds area = interactAndGet(() -> form.localToScreen(form.getLayoutBounds()));
        robotContext().getMouseRobot().move(new javafx.geometry.Point2D(area.getMaxX() - 40, area.getMinY() + 6));
        robotContext().getMouseRobot().press(MouseButton.PRIMARY);
        robotContext().getMouseRobot().release(MouseButton.PRIMARY);

        waitUntil("the form has the focus", form::isFocused);
        interact(form::applyCss);
        assertNull(interactAndGet(form::getEffect), "no shadow drawn round everything the form holds");
    }
}
