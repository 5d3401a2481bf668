package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reviewer's find: without a window manager (Xvfb at 1366 x 768) a dialog opened taller than the screen, its buttons
 * out of reach below the bottom edge. The app's own dialogs are no bigger than the screen they open on, and their
 * words scroll inside them.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitTheScreenTest extends FxRobot {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeDialogs() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
    }

    @Test
    void notesLongerThanTheScreenScrollInADialogThatFitsIt() {
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            notes.add("Note " + i + ": something the start dealt with before opening your records.");
        }
        interact(() -> StartScreens.showNotes(stage, notes));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup("#start-notes").query();
        Window dialog = pane.getScene().getWindow();
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        interact(() -> { });
        assertTrue(dialog.getHeight() <= area.getHeight() + 0.5, "dialog " + dialog.getHeight() + " tall on a screen "
                + area.getHeight() + " tall");
        assertTrue(dialog.getY() >= area.getMinY() && dialog.getY() + dialog.getHeight() <= area.getMaxY() + 0.5,
                "wholly on the screen");
        Node ok = pane.lookupButton(ButtonType.OK);
        Bounds button = ok.localToScreen(ok.getBoundsInLocal());
        assertTrue(button.getMaxY() <= area.getMaxY() + 0.5, "OK within reach: " + button);
        assertTrue(pane.getContent() instanceof ScrollPane, "the notes scroll");
    }
}
