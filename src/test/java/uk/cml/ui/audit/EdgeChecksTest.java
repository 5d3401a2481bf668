package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.AppRobot;

/**
 * The audit's check for a field cut at the edge of its area, on planted forms: one in a fixed-width scroll pane too
 * narrow for it (no sideways bar), one on a split pane's side with no scroll pane, and the same forms with room.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeChecksTest extends AppRobot {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        interact(stage::hide);
    }

    /** A label column of 190 and a field of at least 220 do not fit in 300. */
    private static GridPane form(String fieldId) {
        Label label = new Label("Amount");
        label.setMinWidth(190);
        TextField field = new TextField();
        field.setId(fieldId);
        field.setMinWidth(220);
        GridPane grid = new GridPane();
        grid.addRow(0, label, field);
        return grid;
    }

    private List<String> problems(Node root, double width, double height) {
        interact(() -> {
            stage.setScene(new Scene(new VBox(root), width, height));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        List<String> found = new java.util.ArrayList<>();
        interact(() -> found.addAll(EdgeChecks.cutAtEdge(scene, LayoutChecks.showing(scene.getRoot()))));
        return found;
    }

    @Test
    void aFieldCutByANarrowScrollPaneWithNoSidewaysBarIsFound() {
        ScrollPane scroll = new ScrollPane(form("planted-amount"));
        scroll.setId("planted-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        scroll.setMaxWidth(300);
        List<String> found = problems(scroll, 600, 300);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("TextField#planted-amount") && found.get(0).contains("#planted-scroll"),
                found.get(0));
    }

    @Test
    void theSameFieldWithASidewaysBarCanBeScrolledTo() {
        ScrollPane scroll = new ScrollPane(form("planted-amount"));
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setMinWidth(300);
        scroll.setMaxWidth(300);
        assertEquals(List.of(), problems(scroll, 600, 300));
    }

    @Test
    void aButtonBelowAScrollPaneViewIsReachedByItsBar() {
        VBox tall = new VBox(new Label("Top"), new javafx.scene.layout.Region() {
            {
                setMinHeight(600);
            }
        }, new Button("Save"));
        ScrollPane scroll = new ScrollPane(tall);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(200);
        assertEquals(List.of(), problems(scroll, 400, 300));
    }

    @Test
    void aFieldCutByASplitPaneSideWithNoScrollBarIsFound() {
        GridPane narrow = form("planted-side-amount");
        narrow.setMinWidth(0); // the side lets itself be squeezed, so the field runs past its clip
        Label list = new Label("List");
        list.setMinWidth(360); // the list keeps 360 of the 600, so the form's side is about 240 wide
        SplitPane split = new SplitPane(list, narrow);
        split.setId("planted-split");
        List<String> found = problems(split, 600, 200);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("TextField#planted-side-amount"), found.get(0));
    }

    @Test
    void aFormWithRoomIsNotCut() {
        ScrollPane scroll = new ScrollPane(form("planted-amount"));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        assertEquals(List.of(), problems(scroll, 700, 300));
    }
}
