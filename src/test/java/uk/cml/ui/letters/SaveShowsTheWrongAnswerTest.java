package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * Found by using the app as a new parent: logging a letter as posted, they filled the form to its end (the
 * certificate of posting) and pressed Save. "Nothing was saved. Please check the answers marked in red." appeared,
 * but the one answer in red, how the letter was sent, was scrolled out of sight above.
 */
class SaveShowsTheWrongAnswerTest extends WithAPage {

    @Test
    void theAnswerMarkedInRedIsBroughtIntoViewWithTheKeyboardOnIt() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        type("#sent-written", "19/11/2026");
        type("#sent-subject", "Confirming our call");
        type("#sent-to-name", "Child Maintenance Service");
        type("#sent-posted", "20/11/2026");
        press("#sent-cert-got");
        type("#sent-cert-branch", "Headingley");
        ScrollPane form = lookup("#letters-editor").query();
        interact(() -> form.setVvalue(1));
        press("#letters-save");

        Label problem = lookup("#sent-method-error").query();
        assertEquals("Choose how you sent it.", problem.getText());
        ComboBox<?> method = lookup("#sent-method").query();
        waitUntil("the keyboard is on the answer in red", method::isFocused);
        Bounds shown = interactAndGet(() -> form.localToScene(form.getLayoutBounds()));
        Bounds field = interactAndGet(() -> method.localToScene(method.getLayoutBounds()));
        Bounds message = interactAndGet(() -> problem.localToScene(problem.getLayoutBounds()));
        assertTrue(field.getMinY() >= shown.getMinY() && message.getMaxY() <= shown.getMaxY(),
                "the field (" + field + ") and its message (" + message + ") are in the form's view (" + shown + ")");
    }
}
