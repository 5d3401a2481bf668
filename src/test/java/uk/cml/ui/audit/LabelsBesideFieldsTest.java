package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.AppRobot;

/** The audit's check for a label beside a field whose words sit above or below the field's, on planted rows. */
@ExtendWith(ApplicationExtension.class)
class LabelsBesideFieldsTest extends AppRobot {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        interact(stage::hide);
    }

    private List<String> problems(Pos alignment) {
        interact(() -> {
            TextField from = new TextField();
            from.setId("planted-from");
            HBox row = new HBox(8, new Label("From"), from);
            row.setAlignment(alignment);
            stage.setScene(new Scene(row, 400, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return interactAndGet(() -> LayoutChecks.labelsOffTheirFields(
                LayoutChecks.showing(stage.getScene().getRoot())));
    }

    @Test
    void aLabelAtTheTopOfItsRowBesideATallerFieldIsFound() {
        List<String> found = problems(Pos.TOP_LEFT);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("misaligned: \"From\" is "), found.get(0));
        assertTrue(found.get(0).contains("higher than TextField#planted-from"), found.get(0));
    }

    @Test
    void aLabelCentredOnItsFieldOrOnItsBaselineIsFine() {
        assertEquals(List.of(), problems(Pos.CENTER_LEFT));
        assertEquals(List.of(), problems(Pos.BASELINE_LEFT));
    }
}
