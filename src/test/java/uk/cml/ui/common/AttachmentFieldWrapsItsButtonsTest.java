package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithAPage;

/**
 * Once a saved payment had a bank statement attached, its evidence field showed Open, "Attach a file…" and Remove on
 * one row that would not wrap: in a form narrower than the three (the Payments page's side form, with wider
 * lettering), "Attach a file…" was cut and the form scrolled sideways. The buttons wrap to the field's width: each
 * reads whole inside the field, and the form has no sideways bar.
 */
class AttachmentFieldWrapsItsButtonsTest extends WithAPage {

    @TempDir
    Path parentsFiles;
    Stage stage;

    @AfterEach
    void close() {
        interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    @Test
    void withAFileAttachedTheButtonsWrapInANarrowFormWithNoSidewaysBar() throws Exception {
        Path statement = parentsFiles.resolve("statement.png");
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", statement.toFile());
        long id = harness.services.documents.add(harness.currentCase.get().id(), statement, "").document().id();
        ScrollPane[] form = new ScrollPane[1];
        interact(() -> {
            AttachmentField field = new AttachmentField("payment-evidence", harness.services.documents,
                    harness.background, () -> harness.currentCase.get().id(), harness.picker(), "Choose")
                    .openWith(file -> { });
            field.show(Optional.of(id));
            form[0] = new ScrollPane(field);
            form[0].setFitToWidth(true);
            stage = new Stage();
            stage.setScene(new Scene(form[0], 220, 300));
            stage.show();
        });
        waitUntil("the name is shown",
                () -> lookup("#payment-evidence-name").queryAs(Label.class).getText().startsWith("statement"));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        uk.cml.ui.Snapshots.save(this, form[0], "attachment-field-220px.png");
        assertTrue(lookup("#payment-evidence-open").query().isVisible(), "Open shows with a file attached");
        assertEquals(List.of(), interactAndGet(() -> sidewaysBars(form[0])), "sideways bars in a 220 px form");
        assertEquals(List.of(), interactAndGet(this::cutButtons), "the field's buttons in a 220 px form");
    }

    private static List<String> sidewaysBars(ScrollPane pane) {
        List<String> bars = new ArrayList<>();
        for (Node node : pane.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                bars.add("a sideways bar: the field " + Math.round(pane.getContent().getLayoutBounds().getWidth())
                        + " px wide in " + Math.round(pane.getWidth()));
            }
        }
        return bars;
    }

    /** The field's buttons whose words are cut, or that reach past the field. */
    private List<String> cutButtons() {
        List<String> cut = new ArrayList<>();
        Node field = lookup("#payment-evidence").query();
        Bounds frame = field.localToScene(field.getLayoutBounds());
        double sceneWidth = field.getScene().getWidth();
        for (String id : List.of("#payment-evidence-open", "#payment-evidence-attach", "#payment-evidence-remove")) {
            Button button = lookup(id).query();
            Text shown = (Text) button.lookup(".text");
            Bounds b = button.localToScene(button.getLayoutBounds());
            boolean inside = b.getMaxX() <= frame.getMaxX() + 0.5 && b.getMaxX() <= sceneWidth + 0.5;
            if (shown == null || !button.getText().equals(shown.getText()) || !inside) {
                cut.add(button.getText() + " reads \"" + (shown == null ? "" : shown.getText()) + "\", ends at "
                        + Math.round(b.getMaxX()) + " (field to " + Math.round(frame.getMaxX()) + ", window "
                        + Math.round(sceneWidth) + ")");
            }
        }
        return cut;
    }
}
