package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * The Save and Back buttons under a letter's form start where the form's labels do, as on the Calls and Payments
 * pages: the bar's own margin, inside the page's, put them 32 px to the right of everything above them.
 */
class LetterFormButtonsTest extends WithAPage {

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
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        assertSaveLinesUpWithTheForm("#sent-written");
    }

    @Test
    void saveAndBackStartWhereTheReceivedLettersFormDoes() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        assertSaveLinesUpWithTheForm("#received-on");
    }
}
