package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.AttachmentField;

/**
 * The Payments page's evidence field ("Bank statement or screenshot showing the money arrived") opens the attached
 * file as the Documents page does: handed to the computer off the JavaFX thread, and when nothing opens it, the
 * field says so beside its "Open" button, as the Documents page does. It failed without a word.
 */
class EvidenceOpenSaysWhenNothingOpensTest extends WithAPage {

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

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void nothingOpeningTheEvidenceIsSaidBesideTheButton() throws Exception {
        Path statement = parentsFiles.resolve("statement.png");
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", statement.toFile());
        long id = harness.services.documents.add(harness.currentCase.get().id(), statement, "").document().id();
        List<Path> handed = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        interact(() -> {
            AttachmentField field = new AttachmentField("payment-evidence", harness.services.documents,
                    harness.background, () -> harness.currentCase.get().id(), harness.picker(), "Choose")
                    .openWith(file -> {
                        onFxThread.add(Platform.isFxApplicationThread());
                        handed.add(file);
                        throw new UncheckedIOException(new IOException("no viewer"));
                    });
            field.show(Optional.of(id));
            stage = new Stage();
            stage.setScene(new Scene(field, 600, 200));
            stage.show();
        });
        waitUntil("the name is shown", () -> label("#payment-evidence-name").startsWith("statement"));
        String name = label("#payment-evidence-name");
        press("#payment-evidence-open");
        waitUntil("said beside the button", () -> !label("#payment-evidence-message").isEmpty());
        Label said = lookup("#payment-evidence-message").queryAs(Label.class);
        assertEquals("This computer has no program set to open PNG pictures, so \u201C" + name + "\u201D did not open. "
                + "The file is safe in the app: on the Documents page, choose it and use \u201CSave a copy\u2026\u201D "
                + "to put a copy in a folder you choose, then open, print or email it from there.", said.getText());
        assertTrue(said.isVisible());
        assertTrue(said.getStyleClass().contains("field-error"), said.getStyleClass().toString());
        assertEquals(List.of(false), onFxThread, "handed over off the JavaFX thread");
        assertTrue(Files.exists(handed.get(0)) && handed.get(0).getFileName().toString().endsWith(".png"));
    }
}
