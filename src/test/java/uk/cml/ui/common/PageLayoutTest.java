package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PageLayoutTest {

    // Made once the toolkit runs (in start): a control's class cannot be loaded before it.
    private ScrollPane usual;
    private ScrollPane direct;

    @Start
    void start(Stage stage) {
        usual = new ScrollPane(new Label("Usual"));
        direct = new ScrollPane(new Label("Direct"));
        PageLayout.drawDirectly(direct);
        stage.setScene(new Scene(new HBox(usual, direct), 400, 200));
        stage.show();
    }

    private static Node viewport(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        assertNotNull(viewport, "the scroll pane's skin has its viewport");
        return viewport;
    }

    @Test
    void aScrollPaneDrawnDirectlyKeepsNoImageOfItsContent() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewport(usual).isCache(), "JavaFX's own scroll pane keeps an image (what drawDirectly undoes)");
        assertFalse(viewport(direct).isCache());
    }
}
