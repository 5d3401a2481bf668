package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * Found by using the app as a new parent: a click on an empty part of the letter form (easy to do after a drop-down
 * closes) gave the form's scroll pane the keyboard focus, and its focus ring, a shadow, was drawn round every word
 * and box of the see-through form, so the whole form went blurred until something else was clicked.
 */
@ExtendWith(ApplicationExtension.class)
class ClickOnTheFormTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    @Test
    void aClickOnAnEmptyPartOfTheFormLeavesItsWordsSharp() {
        harness = new PageHarness(dataFolder);
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> harness.show(page));
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
