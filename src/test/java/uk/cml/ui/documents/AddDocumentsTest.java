package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

@ExtendWith(ApplicationExtension.class)
class AddDocumentsTest extends AppRobot {

    @TempDir
    Path dataFolder;
    @TempDir
    Path parentsFiles;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    @Test
    void aPhotoIsAddedAndPreviewedWhileATextFileCalledPdfIsRefusedWithItsOwnMessage() throws Exception {
        Path photo = parentsFiles.resolve("bank statement.png");
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        Path fake = Files.writeString(parentsFiles.resolve("letter.pdf"), "Only some typed words, not a PDF.");
        harness = new PageHarness(dataFolder);
        harness.chosenFiles = List.of(photo, fake);
        Path[] opened = new Path[1];
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview,
                harness.background, harness.currentCase, harness.picker(), file -> opened[0] = file);
        interact(() -> harness.show(page));

        press("#documents-add");
        Label refused = waitFor("#documents-message-0");
        assertTrue(refused.getText().contains("letter.pdf"), refused.getText());
        assertTrue(refused.getStyleClass().contains("field-error"));
        // Found by using the app as a new parent: the photo was announced twice, by its own line and the status.
        assertEquals(1, lookup("#documents-messages").queryAs(VBox.class).getChildren().size(),
                "only the refused file has a line of its own");
        assertEquals("Added bank statement.png. Choose it in the list to see it, or press Undo if it was the wrong "
                + "file.", lookup("#documents-status").queryLabeled().getText());
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the photo is listed", () -> table.getItems().size() == 1);
        assertEquals("bank statement.png", table.getItems().get(0).originalName());
        // Found by using the app as a new parent: the Type column read "a PNG picture", "a PDF".
        assertEquals("Picture (PNG)", interactAndGet(() -> table.getColumns().get(1).getCellData(0)));

        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the preview shows", () -> lookup("#documents-preview").queryAs(javafx.scene.control.ScrollPane.class)
                .getContent().lookupAll(".image-view").stream().anyMatch(n -> ((ImageView) n).getImage() != null));
        press("#documents-open");
        assertEquals(harness.services.documents.fileOf(table.getItems().get(0)), opened[0]);

        press("#documents-bin");
        waitUntil("the list is empty", () -> table.getItems().isEmpty());
        press("#documents-show-bin");
        waitUntil("the bin shows it", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        press("#documents-bin");
        waitUntil("it is restored", () -> harness.services.documents.documents(harness.currentCase.get().id()).size() == 1);
    }

    @Test
    void undoAfterAddingPutsTheNewDocumentInTheBin() throws Exception {
        Path photo = parentsFiles.resolve("receipt.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        harness = new PageHarness(dataFolder);
        harness.chosenFiles = List.of(photo);
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview,
                harness.background, harness.currentCase, harness.picker(), file -> { });
        interact(() -> harness.show(page));
        long caseId = harness.currentCase.get().id();

        press("#documents-add");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the photo is listed", () -> table.getItems().size() == 1);
        Label status = waitFor("#documents-status");
        waitUntil("the notice offers Undo", () -> status.getText().startsWith("Added receipt.png."));
        assertTrue(lookup("#documents-messages").queryAs(VBox.class).getChildren().isEmpty(),
                "one notice for one file: no second line saying it was added");
        press("#documents-undo");
        waitUntil("the list is empty again", () -> table.getItems().isEmpty());
        assertTrue(status.getText().contains("in the bin"), status.getText());
        assertEquals(List.of(), harness.services.documents.documents(caseId));
        assertEquals("receipt.png", harness.services.documents.binned(caseId).get(0).originalName(),
                "the document is in the bin of the records file, not gone");
    }
}
