package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.AppRobot;

/**
 * A file refused on "Log a letter you sent" ("Your copy") said why in three red lines drawn over the field's grey
 * hint under it, both unreadable (a reviewer's broken.png, 1366 x 768): the field's height was worked out for a
 * one-line message. The certificate's field, with no hint under it, looked right. The refusal must end above the hint.
 */
@ExtendWith(ApplicationExtension.class)
class AttachmentRefusalClearsItsHintTest extends AppRobot {

    private AttachmentField copy;

    @Start
    void start(Stage stage) {
        copy = new AttachmentField("sent-copy", null, null, () -> 1, null, "copy");
        FormGrid grid = new FormGrid();
        grid.add("sent-copy", "Your copy", copy, "The PDF you printed, or a scan or photo of the letter.");
        stage.setScene(new Scene(new StackPane(grid), 720, 400));
        stage.show();
    }

    @Test
    void aLongRefusalEndsAboveTheHint() {
        interact(() -> copy.refuse("The app keeps PDFs and photos (JPEG or PNG). This file, \u201cbroken.png\u201d, is a kind of "
                + "file the app does not recognise. Save or print it as a PDF, or take a photo or screenshot of it, "
                + "then add that."));
        WaitForAsyncUtils.waitForFxEvents();
        Node message = lookup("#sent-copy-message").query();
        Label hint = FormGrid.hintOf(copy).orElseThrow();
        Bounds said = message.localToScene(message.getLayoutBounds());
        Bounds under = hint.localToScene(hint.getLayoutBounds());
        assertTrue(said.getHeight() > 30, "the refusal takes more than one line here: " + said);
        assertTrue(said.getMaxY() <= under.getMinY() + 0.5, "refusal " + said + " over the hint " + under);
    }
}
