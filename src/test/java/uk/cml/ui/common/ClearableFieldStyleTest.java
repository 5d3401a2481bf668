package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.textfield.TextFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;

/**
 * Found in a reviewer's log: ControlsFX's clearable field (the Timeline's search) names Modena's colours, which the
 * app's theme does not define, and every time it was shown JavaFX logged "ClassCastException ... while converting
 * value for '-fx-background-color' from rule '*.custom-text-field'" and "Could not resolve '-fx-text-inner-color'".
 * The field then drew without the colours its stylesheet meant.
 */
@ExtendWith(ApplicationExtension.class)
class ClearableFieldStyleTest extends AppRobot {

    private final List<String> warnings = new ArrayList<>();
    private final Logger css = Logger.getLogger("javafx.css");
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(record.getMessage());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        css.addHandler(catcher);
        TextField search = TextFields.createClearableTextField();
        search.setId("clearable");
        search.setPromptText("Search");
        Scene scene = new Scene(new VBox(new TextField(), search), 400, 200);
        Theme theme = new Theme();
        theme.use(false);
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopListening() {
        css.removeHandler(catcher);
    }

    @Test
    void theClearableFieldResolvesEveryColourItsStylesheetNamesShownAndFocused() {
        click(lookup("#clearable").query());
        write("call");
        interact(() -> lookup("#clearable").query().getScene().getRoot().applyCss());
        synchronized (warnings) {
            assertEquals(List.of(), warnings, "no colour left unresolved");
        }
    }
}
