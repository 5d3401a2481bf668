package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, in a real window at 1024 x 700: the list's file names were cut in the middle ("Bank statement ...30 Nov
 * 2026.pdf", "CMS_letter_arre...61120_page1.pdf"), so a parent could not read which statement or which letter it was
 * without pointing at each, and "About Certificate of posting - complaint to CMS Wolverhampton 27..." over the form
 * was cut at its end. The names wrap onto more lines and read whole in their rows at 1024 x 700 and 1366 x 768, a
 * name with no spaces too; a screen reader is given the whole name and what it is; the heading over the form reads
 * whole.
 */
class DocumentNamesReadWholeTest extends WithTheApp {

    private static final List<String> NAMES = List.of(
            "Bank statement Barclays current account 01 Oct - 30 Nov 2026.png",
            "CMS_letter_arrears_schedule_scan_20261120_page1_of_3.png",
            "Certificate of posting - complaint to CMS Wolverhampton 27 Oct 2026.jpg");

    @TempDir
    Path parentsFiles;

    private Path picture(String name) throws Exception {
        return Pictures.named(parentsFiles, name);
    }

    @Test
    void longFileNamesReadWholeInTheListAndOverTheForm() throws Exception {
        withSampleRecords((services, caseId) -> {
            for (String name : NAMES) {
                long id = services.documents.add(caseId, picture(name), "").document().id();
                if (name.startsWith("Bank")) {
                    services.documents.amend(id, "Bank statement", java.util.Optional.of(
                            java.time.LocalDate.of(2026, 11, 20)));
                }
            }
        });
        openTheApp("documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the files are listed", () -> table.getItems().size() >= NAMES.size());
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            sizeTheWindow(size[0], size[1]);
            settle();
            String at = (int) size[0] + " x " + (int) size[1] + ": ";
            for (String name : NAMES) {
                AttachedDocument document = interactAndGet(() -> table.getItems().stream()
                        .filter(d -> d.originalName().equals(name)).findFirst().orElseThrow());
                interact(() -> table.scrollTo(document));
                settle();
                TableCell<?, ?> cell = interactAndGet(() -> nameCell(table, document));
                Label shown = interactAndGet(() -> (Label) cell.lookup(".documents-file-name"));
                Text text = interactAndGet(() -> (Text) shown.lookup(".text"));
                assertEquals(name, interactAndGet(text::getText).replace("\n", ""), at + "the name whole in its row");
                Bounds words = interactAndGet(() -> text.localToScene(text.getLayoutBounds()));
                Bounds room = interactAndGet(() -> cell.localToScene(cell.getLayoutBounds()));
                assertTrue(words.getMaxX() <= room.getMaxX() + 0.5 && words.getMaxY() <= room.getMaxY() + 0.5,
                        at + name + " inside its cell: " + words + " in " + room);
                String told = interactAndGet(cell::getAccessibleText);
                assertTrue(told != null && told.contains(name), at + "a screen reader is told the whole name: " + told);
                if (name.startsWith("Bank")) {
                    assertTrue(told.indexOf("Bank statement", name.length()) >= 0, at + "and what it is: " + told);
                }
            }
            interact(() -> table.getSelectionModel().select(table.getItems().stream()
                    .filter(d -> d.originalName().equals(NAMES.get(2))).findFirst().orElseThrow()));
            settle();
            Label heading = lookup("#documents-details-heading").queryAs(Label.class);
            Text headingText = interactAndGet(() -> (Text) heading.lookup(".text"));
            assertEquals(interactAndGet(heading::getText), interactAndGet(headingText::getText),
                    at + "the heading over the form reads whole");
            double tall = interactAndGet(() -> headingText.getLayoutBounds().getHeight());
            assertTrue(tall <= interactAndGet(heading::getHeight) + 0.5,
                    at + "every line of the heading shows: " + tall + " in " + heading.getHeight());
            uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(),
                    "documents-names-" + (int) size[0] + "x" + (int) size[1] + ".png");
        }
    }

    private static TableCell<?, ?> nameCell(TableView<AttachedDocument> table, AttachedDocument document) {
        List<TableCell<?, ?>> found = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() instanceof AttachedDocument d
                    && d.id() == document.id()) {
                for (Node cell : row.lookupAll(".table-cell")) {
                    if (cell instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(0)) {
                        found.add(c);
                    }
                }
            }
        }
        assertEquals(1, found.size(), "the name's cell of " + document.originalName());
        return found.get(0);
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
