package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;

/** Work held for a new window's first frame runs after that frame's pulse, never in the same breath as the show. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest extends AppRobot {

    private final List<String> order = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage primary) {
        // Each test shows a window of its own.
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
    }

    @Test
    void heldWorkRunsOnlyAfterTheFirstFrameIsLaidOutAndDrawn() {
        interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Label("Opening")));
            stage.show();
            FirstFrame frame = FirstFrame.watch(stage.getScene());
            NextLayout.then(stage.getScene(), () -> order.add("laid out"));
            frame.then(() -> order.add("held work"));
            order.add("shown");
        });
        waitUntil("the held work has run", () -> order.contains("held work"));

        assertEquals(List.of("shown", "laid out", "held work"), order);
    }

    @Test
    void workGivenOnceTheFrameIsOnTheScreenRunsAtOnce() {
        FirstFrame[] frame = new FirstFrame[1];
        interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new Label("Opening")));
            stage.show();
            frame[0] = FirstFrame.watch(stage.getScene());
            frame[0].then(() -> order.add("first"));
        });
        waitUntil("the first work has run", () -> order.contains("first"));
        interact(() -> {
            frame[0].then(() -> order.add("second"));
            order.add("after asking");
        });

        assertEquals(List.of("first", "second", "after asking"), order);
    }
}
