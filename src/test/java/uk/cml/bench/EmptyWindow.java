package uk.cml.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for {@link StartupBenchmark}: an empty JavaFX window of the app's size, and nothing else. The main
 * class is not the Application itself, as for the app, so that {@code java} starts it with JavaFX on the class path.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            var sizes = getParameters().getRaw();
            double width = sizes.isEmpty() ? 1100 : Double.parseDouble(sizes.get(0));
            double height = sizes.size() < 2 ? 760 : Double.parseDouble(sizes.get(1));
            stage.setTitle("Empty window");
            stage.setScene(new Scene(new StackPane(), width, height));
            stage.show();
        }
    }
}
