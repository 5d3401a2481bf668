package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.WithTheApp;
import uk.cml.ui.common.Messages;

/**
 * Seen in a real 1024 x 700 window with documents in the bin: with the bin shown the name column had about 124 px (a
 * bank statement's words took six lines, a certificate of posting's seven), "What it is" showed a long description
 * cut at the field's edge, and the list moved up 26 px as the bin was shown ("Restore" is shorter than "Move to bin",
 * so "Show the bin" came up onto the buttons' line).
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsBinRoomTest extends WithTheApp {

    private static final String LONG = "Certificate of posting for the letter \u201cComplaint about missed payments\u201d"
            + " posted 26 Oct 2026, signed and stamped at the Post Office counter";

    @TempDir
    Path parentsFiles;

    private Path picture(String name) throws Exception {
        return Pictures.named(parentsFiles, name);
    }

    /** Three documents in the bin and two kept, each with words about it; the page open on the list. */
    private TableView<AttachedDocument> open() throws Exception {
        List<String> said = List.of(Messages.text("letters.view.certificateForLetterPosted",
                "Complaint about missed payments", "26 Oct 2026"),
                "Bank statement for November, showing no payment from Jordan", LONG,
                "Letter: Complaint about missed payments (26 Oct 2026)", "Arrears notice");
        withSampleRecords((services, caseId) -> {
            for (int i = 0; i < said.size(); i++) {
                long id = services.documents.add(caseId, picture("document-" + i + ".png"), "").document().id();
                services.documents.amend(id, said.get(i), Optional.of(java.time.LocalDate.of(2026, 10, 26)));
                if (i < 3) {
                    services.documents.moveToBin(id);
                }
            }
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the files are listed", () -> table.getItems().size() == 2);
        return table;
    }

    private void showTheBin(TableView<AttachedDocument> table, boolean shown) {
        press("#documents-show-bin");
        waitUntil("the list is " + (shown ? "the bin" : "the kept documents"), () -> interactAndGet(
                () -> table.getColumns().size() == (shown ? 4 : 3) && table.getItems().size() == (shown ? 3 : 2)));
        settle();
    }

    @Test
    void inTheBinTheNamesKeepRoomForTheirWordsAt1024() throws Exception {
        TableView<AttachedDocument> table = open();
        resize(1024, 700);
        showTheBin(table, true);
        double name = interactAndGet(() -> table.getColumns().get(0).getWidth());
        assertTrue(name >= 200, "the name column in the bin at 1024 x 700: " + name + " px");
        for (Node node : interactAndGet(() -> List.copyOf(table.lookupAll(".documents-what")))) {
            if (node instanceof javafx.scene.control.Label words && words.isVisible() && !words.getText().isEmpty()) {
                Text shown = (Text) words.lookup(".text");
                long lines = interactAndGet(() -> Math.round(shown.getLayoutBounds().getHeight() / oneLine(shown)));
                assertTrue(lines <= (words.getText().equals(LONG) ? 7 : 4), lines + " lines for \""
                        + words.getText() + "\" in the bin at 1024 x 700 (" + Math.round(name) + " px)");
            }
        }
        double preview = interactAndGet(() -> lookup("#documents-preview").query().getBoundsInLocal().getWidth());
        assertTrue(preview >= 150, "a preview still, in the bin at 1024 x 700: " + preview);
    }

    @Test
    void showingTheBinMovesNotTheList() throws Exception {
        TableView<AttachedDocument> table = open();
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}, {1200, 768}}) {
            resize(size[0], size[1]);
            double top = topOf(table);
            showTheBin(table, true);
            assertEquals(top, topOf(table), 0.5, "the list's top with the bin shown at " + size[0] + " x " + size[1]);
            showTheBin(table, false);
            assertEquals(top, topOf(table), 0.5, "the list's top after the bin at " + size[0] + " x " + size[1]);
        }
    }

    @Test
    void whatItIsReadsWholeInTheBinAndOutOfIt() throws Exception {
        TableView<AttachedDocument> table = open();
        for (boolean inBin : new boolean[] {false, true}) {
            if (inBin) {
                showTheBin(table, true);
            }
            for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
                resize(size[0], size[1]);
                String where = size[0] + " x " + size[1] + (inBin ? ", the bin" : "");
                for (AttachedDocument document : interactAndGet(() -> List.copyOf(table.getItems()))) {
                    interact(() -> table.getSelectionModel().select(document));
                    settle();
                    Control field = lookup("#documents-description").query();
                    waitUntil("its words are in the field", () -> interactAndGet(() ->
                            ((javafx.scene.control.TextInputControl) field).getText().equals(document.description())));
                    settle();
                    String cut = interactAndGet(() -> cutIn(field, document.description()));
                    assertEquals("", cut, "\"" + document.description() + "\" in What it is at " + where);
                }
            }
        }
    }

    /** Empty when the field draws all of {@code words} inside its own edges; otherwise how it is cut. */
    private static String cutIn(Control field, String words) {
        Bounds inside = field.localToScene(field.getLayoutBounds());
        for (Node node : field.lookupAll(".text")) {
            if (node instanceof Text text && text.isVisible() && words.equals(text.getText())) {
                Bounds drawn = text.localToScene(text.getLayoutBounds());
                if (drawn.getMinX() < inside.getMinX() - 0.5 || drawn.getMaxX() > inside.getMaxX() + 0.5
                        || drawn.getMinY() < inside.getMinY() - 0.5 || drawn.getMaxY() > inside.getMaxY() + 0.5) {
                    return "drawn at " + drawn + ", the field at " + inside;
                }
                return "";
            }
        }
        return "not drawn";
    }

    private double topOf(TableView<?> table) {
        return interactAndGet(() -> table.localToScene(table.getLayoutBounds()).getMinY());
    }

    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void resize(double width, double height) {
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(width);
            window().setHeight(height);
        });
        settle();
    }

    private static double oneLine(Text words) {
        Text line = new Text("Xg");
        line.setFont(words.getFont());
        line.setLineSpacing(words.getLineSpacing());
        return line.getLayoutBounds().getHeight();
    }
}
