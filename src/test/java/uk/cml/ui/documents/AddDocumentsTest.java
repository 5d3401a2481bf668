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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

class AddDocumentsTest extends WithAPage {

    @TempDir
    Path parentsFiles;

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
        harness.chosenFiles = List.of(photo, fake);
        Path[] opened = new Path[1];
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview(),
                harness.background, harness.currentCase, harness.picker(), file -> opened[0] = file,
                new uk.cml.ui.common.SaveDialog(parentsFiles));
        show(page);

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
        // Found by using the app as a new parent: the Type column read "a PNG picture", "a PDF". The kind is said
        // above the chosen document's details now (six columns did not fit beside the preview at 1024 wide).
        interact(() -> table.getSelectionModel().select(0));
        waitUntil("the kind of the chosen one is said", () -> lookup("#documents-details-heading").queryLabeled()
                .getText().startsWith("About bank statement.png: Picture (PNG), "));
        waitUntil("the preview shows", () -> lookup("#documents-preview").queryAs(javafx.scene.control.ScrollPane.class)
                .getContent().lookupAll(".image-view").stream().anyMatch(n -> ((ImageView) n).getImage() != null));
        press("#documents-open");
        waitUntil("the viewer is handed a copy", () -> opened[0] != null);
        assertEquals("bank statement.png", opened[0].getFileName().toString(), "a copy named as the document");
        opened[0] = null;
        // Found by a reviewer: a double click on a document did nothing.
        javafx.scene.Node row = lookup("#documents-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class);
        // The robot's two clicks are not told apart from two single ones under the headless test screen: the
        // double click is given to the row as JavaFX gives it.
        interact(() -> row.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                10, 10, 10, 10, javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, true, false,
                false, true, false, true, null)));
        waitUntil("a double click opens it too", () -> opened[0] != null);

        press("#documents-bin");
        waitUntil("the list is empty", () -> table.getItems().isEmpty());
        press("#documents-show-bin");
        waitUntil("the bin shows it", () -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        press("#documents-bin");
        waitUntil("it is restored", () -> harness.services.documents.documents(harness.currentCase.get().id()).size() == 1);
    }

    /**
     * Found by a reviewer: a photo saved with a .pdf name was refused with "rename it to end in .jpg", hard where
     * Windows hides endings. The page offers to add it as what it is; when the computer has no viewer, the line beside
     * the open button says so; the empty bin has its own words.
     */
    @Test
    void aPhotoNamedAsAPdfIsAddedAsAPhotoAtAPressAndNoViewerIsSaidBesideTheButton() throws Exception {
        Path photo = parentsFiles.resolve("Bank statement (renamed).pdf");
        BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "jpg", photo.toFile());
        harness.chosenFiles = List.of(photo);
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview(),
                harness.background, harness.currentCase, harness.picker(), file -> {
                    throw new java.io.IOException("no viewer");
                }, new uk.cml.ui.common.SaveDialog(parentsFiles));
        show(page);

        press("#documents-add");
        Label refused = waitFor("#documents-message-0");
        assertTrue(refused.getText().contains("is named as a PDF, but it is really a JPEG photo"), refused.getText());
        assertTrue(refused.getText().endsWith("press \u201CAdd it as a JPEG photo\u201D below: it is kept as a JPEG "
                + "photo named \u201CBank statement (renamed)\u201D."), refused.getText());
        assertEquals("Add it as a JPEG photo", lookup("#documents-add-as-0").queryButton().getText());
        press("#documents-add-as-0");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the photo is listed", () -> table.getItems().size() == 1);
        assertEquals("Bank statement (renamed)", table.getItems().get(0).originalName());
        assertEquals(uk.cml.documents.DocumentType.JPEG, table.getItems().get(0).type());
        waitUntil("the refusal's line has gone", () -> lookup("#documents-messages").queryAs(VBox.class)
                .getChildren().isEmpty());

        interact(() -> table.getSelectionModel().select(0));
        press("#documents-open");
        Label problem = waitFor("#documents-open-problem");
        waitUntil("the line beside the button says why", () -> problem.getText().startsWith(
                "This computer has no program set to open JPEG photos"));

        press("#documents-bin");
        waitUntil("the list is empty", () -> table.getItems().isEmpty());
        press("#documents-show-bin");
        waitUntil("the bin shows it", () -> table.getItems().size() == 1);
        assertEquals(uk.cml.domain.UkFormats.shortDate(java.time.LocalDate.now(harness.services.clock)),
                interactAndGet(() -> table.getColumns().get(3).getCellData(0)), "when it went to the bin");
        assertEquals("Moved to bin", table.getColumns().get(3).getText());
        interact(() -> table.getSelectionModel().select(0));
        press("#documents-bin");
        waitUntil("the bin is empty", () -> table.getItems().isEmpty());
        press("#documents-show-bin");
        waitUntil("the documents again, without the bin's column", () -> table.getItems().size() == 1
                && table.getColumns().size() == 3);
        press("#documents-show-bin");
        waitUntil("the bin again", () -> table.getItems().isEmpty());
        assertEquals("The bin is empty. Documents you move to the bin wait here until you put them back.",
                ((Label) table.getPlaceholder()).getText());
    }

    @Test
    void undoAfterAddingPutsTheNewDocumentInTheBin() throws Exception {
        Path photo = parentsFiles.resolve("receipt.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        harness.chosenFiles = List.of(photo);
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview(),
                harness.background, harness.currentCase, harness.picker(), file -> { },
                new uk.cml.ui.common.SaveDialog(parentsFiles));
        show(page);
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
