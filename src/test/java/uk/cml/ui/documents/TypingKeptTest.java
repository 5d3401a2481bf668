package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

/**
 * A parent types what a document is and the date on it, then clicks another document in the list: what they typed
 * is not dropped; the page asks, and keeps it unless they say to lose it. The list keeps its place as the "Added"
 * line goes. Driven by control id.
 */
class TypingKeptTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    @Test
    void choosingAnotherDocumentAsksBeforeLosingTyping() throws Exception {
        Path bank = parentsFiles.resolve("bank.png");
        ImageIO.write(new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB), "png", bank.toFile());
        Path letter = parentsFiles.resolve("letter.png");
        ImageIO.write(new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB), "png", letter.toFile());
        long caseId = harness.currentCase.get().id();
        harness.services.documents.add(caseId, letter, "");
        harness.chosenFiles = List.of(bank);
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview(),
                harness.background, harness.currentCase, harness.picker(), file -> { },
                new uk.cml.ui.common.SaveDialog(parentsFiles));
        show(page);

        press("#documents-add");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("bank.png is added and chosen", () -> table.getItems().size() == 2
                && table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().originalName().equals("bank.png"));
        Label status = lookup("#documents-status").queryAs(Label.class);
        waitUntil("the Added line shows", () -> status.getText().contains("bank.png"));
        double listTop = interactAndGet(() -> table.localToScene(0, 0).getY());

        type("#documents-description", "Bank statement for November");
        type("#documents-dated-on", "30/11/2026");
        assertTrue(interactAndGet(page::holdsUnsavedTyping));
        interact(() -> table.getSelectionModel().select(1)); // letter.png, as a click on it does
        waitFor("#documents-unsaved-question");
        waitUntil("the question is asked", () -> lookup("#documents-unsaved-question").query().isVisible());
        waitUntil("the typed document stays chosen", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().originalName().equals("bank.png"));
        assertEquals("Bank statement for November", lookup("#documents-description").queryTextInputControl()
                .getText());
        assertEquals(listTop, interactAndGet(() -> table.localToScene(0, 0).getY()), 0.5,
                "the list keeps its place as the Added line goes");

        press("#documents-keep-typing");
        assertEquals("Bank statement for November", lookup("#documents-description").queryTextInputControl()
                .getText());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 30)),
                lookup("#documents-dated-on").queryAs(uk.cml.ui.common.UkDateField.class).typedDate());

        // Asked again, and told to lose it: the other document opens with its own (empty) details.
        interact(() -> table.getSelectionModel().select(1));
        waitUntil("asked again", () -> lookup("#documents-unsaved-question").query().isVisible());
        press("#documents-lose-typing");
        waitUntil("letter.png is open", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().originalName().equals("letter.png")
                && lookup("#documents-description").queryTextInputControl().getText().isEmpty());
        assertEquals(false, interactAndGet(page::holdsUnsavedTyping));
        
    }
}
