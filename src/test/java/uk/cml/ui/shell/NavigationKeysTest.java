package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * Found by a reviewer using the keyboard only: the arrow keys moved the navigation's highlight to Payments while the
 * Overview stayed on show, so the navigation said one page and the window showed another.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationKeysTest extends FxRobot {

    private record Page(String key, Node view) implements Section {
        @Override
        public String title() {
            return key;
        }

        @Override
        public void shown() {
        }
    }

    private final Page overview = new Page("overview", new Pane());
    private final Page timeline = new Page("timeline", new Pane());
    private final Page payments = new Page("payments", new Pane());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(FXCollections.<CaseFile>observableArrayList(), new SimpleObjectProperty<>(),
                List.of(overview, timeline, payments), () -> { }, new SimpleIntegerProperty());
        window.select("overview");
        stage.setScene(new Scene(window.view(), 800, 500));
        stage.show();
    }

    @Test
    void anArrowKeyShowsThePageItHighlights() {
        interact(() -> lookup("#nav-overview").queryAs(ToggleButton.class).requestFocus());
        type(KeyCode.DOWN);
        assertTrue(lookup("#nav-timeline").queryAs(ToggleButton.class).isSelected());
        assertSame(timeline.view(), window.view().getCenter(), "the page highlighted is the page on show");
        type(KeyCode.DOWN);
        assertSame(payments.view(), window.view().getCenter());
        type(KeyCode.UP);
        assertSame(timeline.view(), window.view().getCenter());
    }

    @Test
    void clickingThePageOnShowKeepsItHighlighted() {
        clickOn("#nav-overview");
        assertTrue(lookup("#nav-overview").queryAs(ToggleButton.class).isSelected());
        assertSame(overview.view(), window.view().getCenter());
    }
}
