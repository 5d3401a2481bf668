package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

/**
 * A new parent adds a scan of a CMS letter and says what it is and the date printed on it: the file just added is
 * chosen for them, a date in the future or one the app cannot read is said beside the date box with nothing saved,
 * and a save with nothing changed records nothing. Driven by control id.
 */
class DescribeDocumentTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    private int amendments() {
        return harness.services.documents.earlierVersions(only().id()).size();
    }

    private AttachedDocument only() {
        return harness.services.documents.documents(harness.currentCase.get().id()).get(0);
    }

    @Test
    void aDocumentAddedIsDescribedWithTheDateOnIt() throws Exception {
        Path scan = parentsFiles.resolve("scan0001.png");
        ImageIO.write(new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB), "png", scan.toFile());
        harness.chosenFiles = List.of(scan);
        DocumentsView page = new DocumentsView(harness.services.documents, harness.services.documentPreview(),
                harness.background, harness.currentCase, harness.picker(), file -> { },
                new uk.cml.ui.common.SaveDialog(parentsFiles));
        show(page);

        press("#documents-add");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the file just added is chosen", () -> table.getSelectionModel().getSelectedItem() != null);
        assertTrue(lookup("#documents-details-heading").queryLabeled().getText().startsWith("About scan0001.png: "
                + "Picture (PNG), "));

        // A date that has not come yet: said beside the date box, nothing saved.
        type("#documents-description", "CMS letter about the arrears");
        type("#documents-dated-on", "23/11/2026");
        press("#documents-save-details");
        Label dateProblem = waitFor("#documents-dated-on-error");
        waitUntil("the date's problem is beside it", () -> dateProblem.isVisible()
                && dateProblem.getText().equals("That date is in the future. Use the date printed on the document."));
        assertEquals("", only().description(), "nothing saved");

        // Not a date at all.
        type("#documents-dated-on", "next Tuesday");
        press("#documents-save-details");
        waitUntil("the unreadable date is said", () -> dateProblem.isVisible()
                && dateProblem.getText().startsWith("The app cannot read \"next Tuesday\" as a date."));

        type("#documents-dated-on", "12/11/2026");
        press("#documents-save-details");
        waitUntil("saved", () -> only().datedOn().isPresent());
        AttachedDocument saved = only();
        assertEquals("CMS letter about the arrears", saved.description());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 12)), saved.datedOn());
        assertEquals(LocalDate.now(harness.services.clock), saved.addedOn(), "the day added is the app's own");
        waitUntil("the list shows it, still chosen", () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().datedOn().isPresent());
        // What it is, under the file's name in its cell.
        assertEquals("CMS letter about the arrears", interactAndGet(() -> table.lookupAll(".documents-what").stream()
                .map(n -> ((Label) n).getText()).filter(t -> !t.isEmpty()).findFirst().orElse("")));
        assertEquals("12 Nov 2026", interactAndGet(() -> table.getColumns().get(1).getCellData(0)));
        Label status = lookup("#documents-status").queryAs(Label.class);
        assertEquals("Saved what scan0001.png is and the date on it. Any earlier words are kept in its history.",
                status.getText());
        assertEquals(1, amendments(), "the description and date before are kept");

        // Save again with nothing changed: nothing is recorded, and the line says so.
        press("#documents-save-details");
        waitUntil("nothing changed is said", () -> status.getText().equals("Nothing has changed since you saved it."));
        assertEquals(1, amendments());

        // Words over the limit: said beside the box.
        interact(() -> lookup("#documents-description").queryTextInputControl().setText("x".repeat(5_001)));
        press("#documents-save-details");
        Label wordsProblem = waitFor("#documents-description-error");
        waitUntil("too long is said beside it", () -> wordsProblem.isVisible()
                && wordsProblem.getText().contains("5,001"));
        assertTrue(only().description().startsWith("CMS letter"), "nothing saved");
    }
}
