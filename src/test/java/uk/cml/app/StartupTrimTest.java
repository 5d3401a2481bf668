package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;

/**
 * Found between test classes: the wait before start-up's memory is handed back outlived the window it was for, fired
 * in the next test's window and ran a full collection and the native trim there. It ends with its window.
 */
@ExtendWith(ApplicationExtension.class)
class StartupTrimTest extends AppRobot {

    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @Test
    void theWaitEndsWhenTheWindowCloses() {
        AtomicReference<Animation> wait = new AtomicReference<>();
        interact(() -> wait.set(StartupTrim.schedule(window, handBack -> { })));
        assertEquals(Animation.Status.RUNNING, wait.get().getStatus(), "waits while the window is open");

        interact(window::hide);

        assertEquals(Animation.Status.STOPPED, wait.get().getStatus());
    }
}
