package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
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
 * The Save and Back buttons under a letter's form start where the form's labels do, as on the Calls and Payments
 * pages: the bar's own margin, inside the page's, put them 32 px to the right of everything above them.
 */
@ExtendWith(ApplicationExtension.class)
class LetterFormButtonsTest extends AppRobot {

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

    private double left(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinX();
    }

    private void assertSaveLinesUpWithTheForm(String firstField) {
        Node field = waitFor(firstField);
        Node label = lookup("#letters-editor .field-label").query();
        Node save = lookup("#letters-save").query();
        waitUntil("the form is laid out", () -> field.getLayoutBounds().getWidth() > 0);
        assertEquals(left(label), left(lookup("#letters-form-heading").query()), 1, "the labels under the heading");
        assertEquals(left(label), left(save), 2, "Save starts where the form's labels do");
    }

    @Test
    void saveAndBackStartWhereTheSentLettersFormDoes() {
        harness = new PageHarness(dataFolder);
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> harness.show(page));
        press("#letters-new-sent");
        assertSaveLinesUpWithTheForm("#sent-written");
    }

    @Test
    void saveAndBackStartWhereTheReceivedLettersFormDoes() {
        harness = new PageHarness(dataFolder);
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> harness.show(page));
        press("#letters-new-received");
        assertSaveLinesUpWithTheForm("#received-on");
    }
}
