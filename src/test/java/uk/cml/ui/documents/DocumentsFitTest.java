package uk.cml.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.store.AttachedDocument;
import uk.cml.ui.WithTheApp;
import uk.cml.ui.common.Messages;

/**
 * Seen in a real 1024 x 768 window: the list beside the 390 px preview had about 340 px, and read "3 Dec 2...",
 * "Pictur..." and file names only. At 1024 and 1366 the kind, the day added and the size read whole, the names keep
 * some room, and at 1366 the preview keeps its full width.
 */
class DocumentsFitTest extends WithTheApp {

    @TempDir
    Path parentsFiles;

    private Path picture(String name) throws Exception {
        return Pictures.named(parentsFiles, name);
    }

    @Test
    void atLaptopSizesTheKindTheDayAndTheSizeReadWholeBesideThePreview() throws Exception {
        withSampleRecords((services, caseId) -> {
            long statement = services.documents.add(caseId, picture("bank-statement-november-2026.png"), "")
                    .document().id();
            services.documents.amend(statement, "Bank statement for November, showing no payment from Jordan",
                    java.util.Optional.of(java.time.LocalDate.of(2026, 11, 20)));
            long proof = services.documents.add(caseId, picture("certificate-of-posting-photo.jpg"), "")
                    .document().id();
            services.documents.amend(proof, "Certificate of posting", java.util.Optional.of(
                    java.time.LocalDate.of(2026, 11, 4)));
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("both files are listed", () -> table.getItems().size() == 2);
        for (double[] size : new double[][] {{1024, 768}, {1366, 768}}) {
            resize(size);
            String where = size[0] + " x " + size[1] + " (" + interactAndGet(() -> widths(table)) + ")";
            assertEquals(List.of(), interactAndGet(() -> cut(table)), "cut at " + where);
            double name = interactAndGet(() -> table.getColumns().get(0).getWidth());
            assertTrue(name >= 150, "room for the names at " + where);
            double preview = interactAndGet(() -> lookup("#documents-preview").query().getBoundsInLocal().getWidth());
            if (size[0] == 1366) {
                assertEquals(PreviewPane.WIDEST, preview, 1, "the preview at its full width at 1366");
            } else {
                assertTrue(preview >= PreviewPane.NARROWEST - 1, "a preview still at " + where + ": " + preview);
                uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "documents-fit-1024x768.png");
            }
        }
    }

    /**
     * A long file name was cut with "..." while the columns beside it kept spare width (the dates wider than their
     * words, "What it is" wider than its usual 150 px): the name takes the width the others do not need, and reads
     * whole on pointing with what it is. The preview keeps its 390 px at 1366.
     */
    @Test
    void aLongFileNameTakesTheSpareWidthAndReadsWholeOnPointing() throws Exception {
        String longName = "bank-statement-nationwide-flexaccount-november-2026-no-payment-from-jordan.png";
        withSampleRecords((services, caseId) -> {
            long statement = services.documents.add(caseId, picture(longName), "").document().id();
            services.documents.amend(statement, "Bank statement", java.util.Optional.of(
                    java.time.LocalDate.of(2026, 11, 20)));
        });
        openTheApp();
        waitFor("#overview-owed");
        resize(new double[] {1366, 768});
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the file is listed", () -> table.getItems().size() == 1);
        resize(new double[] {1366, 768});
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "documents-long-name-1366x768.png");
        String where = interactAndGet(() -> widths(table));
        // The dates as wide as their words: the rest is the name's (and what it is, under it).
        double spare = interactAndGet(() -> {
            double left = 0;
            for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                int at = table.getColumns().indexOf(column);
                left += at == 0 ? 0 : column.getWidth() - column.getMinWidth();
            }
            return left;
        });
        assertEquals(0, spare, 1, "the columns beside the name kept spare width: " + where);
        String tip = interactAndGet(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(0)
                        && cell.getItem() instanceof AttachedDocument d && longName.equals(d.originalName()))
                .map(n -> ((TableCell<?, ?>) n).getTooltip()).filter(t -> t != null).map(t -> t.getText())
                .findFirst().orElse(""));
        assertEquals(longName + "\nBank statement", tip, "the whole name, and what it is, on pointing");
        double preview = interactAndGet(() -> lookup("#documents-preview").query().getBoundsInLocal().getWidth());
        assertEquals(PreviewPane.WIDEST, preview, 1, "the preview at its full width at 1366");
    }

    /**
     * Seen in a real 1366 x 768 window: "What it is" read "Certificate of pos..." and "Letter: Complain...", the
     * words the parent gave to tell the documents apart. At both laptop sizes its words wrap between words onto more
     * lines and read whole, and no other column but the file name is cut.
     */
    @Test
    void whatItIsReadsWholeAtLaptopSizes() throws Exception {
        List<String> said = List.of("Certificate of posting for the letter \u201cComplaint about missed payments\u201d"
                + " posted 26 Oct 2026", "Letter: Complaint about missed payments (26 Oct 2026)");
        withSampleRecords((services, caseId) -> {
            long proof = services.documents.add(caseId, picture("certificate-of-posting-photo.jpg"), "")
                    .document().id();
            services.documents.amend(proof, said.get(0), java.util.Optional.of(java.time.LocalDate.of(2026, 10, 26)));
            long letter = services.documents.add(caseId, picture("complaint-letter.png"), "").document().id();
            services.documents.amend(letter, said.get(1), java.util.Optional.of(java.time.LocalDate.of(2026, 10, 26)));
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("both files are listed", () -> table.getItems().size() == 2);
        for (double[] size : new double[][] {{1366, 768}, {1024, 700}}) {
            resize(size);
            String where = size[0] + " x " + size[1] + " (" + interactAndGet(() -> widths(table)) + ")";
            List<String> drawn = interactAndGet(() -> {
                List<String> texts = new ArrayList<>();
                // Under each file's name, in its cell.
                for (Node node : table.lookupAll(".documents-what")) {
                    if (node instanceof javafx.scene.control.Label words && words.isVisible()
                            && !words.getText().isEmpty()) {
                        Text shown = (Text) words.lookup(".text");
                        texts.add(shown == null ? "" : shown.getText().replace("\n", " ").strip());
                    }
                }
                return texts;
            });
            assertEquals(new java.util.HashSet<>(said), new java.util.HashSet<>(drawn), "What it is at " + where);
            assertEquals(List.of(), interactAndGet(() -> cut(table)), "cut at " + where);
        }
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "documents-what-1024x700.png");
    }

    /**
     * Seen in a real 1024 x 700 window: "What it is" had about 110 px beside the file name's 150, the two dates and
     * the 250 px preview, and a certificate of posting's words took 5 to 8 lines. Each document's words read whole in at
     * most three lines at both laptop sizes, and its name, the date on it and the day it was added still read in its
     * row.
     */
    @Test
    void whatItIsReadsInThreeLinesAtMostBesideTheNameAndTheDates() throws Exception {
        String certificate = Messages.text("letters.view.certificateForLetterPosted",
                "Complaint about missed payments", "26 Oct 2026");
        List<String> said = List.of(certificate, "Letter: Complaint about missed payments (26 Oct 2026)",
                "Bank statement for November, showing no payment from Jordan");
        List<String> names = List.of("certificate-of-posting-photo.jpg", "complaint-letter.png",
                "bank-statement-november-2026.png");
        withSampleRecords((services, caseId) -> {
            for (int i = 0; i < said.size(); i++) {
                long id = services.documents.add(caseId, picture(names.get(i)), "").document().id();
                services.documents.amend(id, said.get(i), java.util.Optional.of(java.time.LocalDate.of(2026, 10, 26)));
            }
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the files are listed", () -> table.getItems().size() >= said.size());
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            resize(size);
            String where = size[0] + " x " + size[1] + " (" + interactAndGet(() -> widths(table)) + ")";
            for (AttachedDocument document : interactAndGet(() -> List.copyOf(table.getItems()))) {
                List<Text> row = interactAndGet(() -> drawnIn(table, document));
                if (document.description().isEmpty()) {
                    continue;
                }
                Text words = row.stream().filter(t -> t.getText().replace("\n", " ").strip()
                        .equals(document.description())).findFirst().orElse(null);
                assertTrue(words != null, "\"" + document.description() + "\" whole in its row at " + where + ": "
                        + row.stream().map(Text::getText).toList());
                double lines = interactAndGet(() -> words.getLayoutBounds().getHeight() / oneLine(words));
                assertTrue(Math.round(lines) <= 3, Math.round(lines) + " lines for \"" + document.description()
                        + "\" at " + where);
                List<String> texts = row.stream().map(Text::getText).toList();
                // The name whole, or cut in its middle keeping its start and its ending (it reads whole on pointing).
                String name = document.originalName();
                assertTrue(texts.stream().anyMatch(t -> t.equals(name) || cutInTheMiddle(t, name)), name
                        + " in the row at " + where + ": " + texts);
                List<String> facts = new ArrayList<>(List.of(uk.cml.domain.UkFormats.shortDate(document.addedOn())));
                document.datedOn().ifPresent(day -> facts.add(uk.cml.domain.UkFormats.shortDate(day)));
                for (String fact : facts) {
                    assertTrue(texts.contains(fact), fact + " in the row at " + where + ": " + texts);
                }
            }
        }
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "documents-three-lines-1366x768.png");
    }

    /**
     * Reviewer, 1024 x 700: in a row two or three lines high the file's name stood at the top of its cell while the
     * date on it and the day it was added sat in the middle of theirs, so a date seemed to belong to the words under
     * another name. Each row's dates stand on its first line, level with the name, with and without the bin's column
     * (which makes the list narrower); nothing is cut then either.
     */
    @Test
    void theDatesStandLevelWithTheNameOnEachRowsFirstLineWithAndWithoutTheBin() throws Exception {
        String certificate = Messages.text("letters.view.certificateForLetterPosted",
                "Complaint about missed payments", "26 Oct 2026");
        List<String> said = List.of(certificate, "Bank statement for November, showing no payment from Jordan");
        List<String> names = List.of("certificate-of-posting-photo.jpg", "bank-statement-november-2026.png");
        withSampleRecords((services, caseId) -> {
            for (int i = 0; i < said.size(); i++) {
                long id = services.documents.add(caseId, picture(names.get(i)), "").document().id();
                services.documents.amend(id, said.get(i), java.util.Optional.of(java.time.LocalDate.of(2026, 10, 26)));
                services.documents.moveToBin(id);
                long again = services.documents.add(caseId, picture("again-" + names.get(i)), "").document().id();
                services.documents.amend(again, said.get(i), java.util.Optional.of(
                        java.time.LocalDate.of(2026, 10, 26)));
            }
        });
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-documents");
        TableView<AttachedDocument> table = waitFor("#documents-table");
        waitUntil("the files are listed", () -> table.getItems().size() >= said.size());
        for (boolean inBin : new boolean[] {false, true}) {
            if (inBin) {
                press("#documents-show-bin");
                waitUntil("the bin is listed", () -> interactAndGet(() -> table.getColumns().size() == 4
                        && table.getItems().size() >= said.size()));
            }
            for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
                resize(size);
                String where = size[0] + " x " + size[1] + (inBin ? ", the bin" : "") + " ("
                        + interactAndGet(() -> widths(table)) + ")";
                assertEquals(List.of(), interactAndGet(() -> cut(table)), "cut at " + where);
                int rowsSeen = 0;
                for (AttachedDocument document : interactAndGet(() -> List.copyOf(table.getItems()))) {
                    List<Text> row = interactAndGet(() -> drawnIn(table, document));
                    if (row.isEmpty() || document.description().isEmpty()) {
                        continue;
                    }
                    rowsSeen++;
                    String name = document.originalName();
                    // In the bin the name has 120 px at the least: cut in its middle, its start and ending kept.
                    Text nameText = row.stream().filter(t -> t.getText().equals(name) || shortened(t.getText(),
                            name)).findFirst().orElseThrow(() -> new AssertionError(name + " in its row at " + where));
                    Text words = row.stream().filter(t -> t.getText().replace("\n", " ").strip()
                            .equals(document.description())).findFirst().orElseThrow(() -> new AssertionError(
                            document.description() + " whole in its row at " + where));
                    double top = interactAndGet(() -> nameText.localToScene(nameText.getLayoutBounds()).getMinY());
                    List<String> facts = dates(document, inBin);
                    List<Text> days = row.stream().filter(t -> facts.contains(t.getText())).toList();
                    assertEquals(facts.size(), days.size(), "the dates " + facts + " whole in the row of " + name
                            + " at " + where);
                    double right = interactAndGet(() -> table.localToScene(table.getLayoutBounds()).getMaxX()
                            - table.snappedRightInset());
                    for (Text day : days) {
                        double dayRight = interactAndGet(() -> day.localToScene(day.getLayoutBounds()).getMaxX());
                        assertTrue(dayRight <= right + 0.5, day.getText() + " in the row of " + name + " ends at "
                                + dayRight + ", past the list's right edge at " + right + ": " + where);
                        double dayTop = interactAndGet(() -> day.localToScene(day.getLayoutBounds()).getMinY());
                        assertEquals(top, dayTop, 1.5, day.getText() + " level with " + name + " (" + interactAndGet(
                                () -> Math.round(words.getLayoutBounds().getHeight())) + " px of words under it) at "
                                + where);
                    }
                }
                assertTrue(rowsSeen >= 2, "rows with words seen at " + where + ": " + rowsSeen);
            }
        }
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "documents-level-bin-1366x768.png");
    }

    private static List<String> dates(AttachedDocument document, boolean inBin) {
        List<String> facts = new ArrayList<>(List.of(uk.cml.domain.UkFormats.shortDate(document.addedOn())));
        document.datedOn().ifPresent(day -> facts.add(uk.cml.domain.UkFormats.shortDate(day)));
        if (inBin) {
            document.binnedAt().ifPresent(at -> facts.add(uk.cml.domain.UkFormats.shortDate(at.toLocalDate())));
        }
        return facts;
    }

    /** The words drawn in the document's row on screen, each Text whole. */
    private static List<Text> drawnIn(TableView<AttachedDocument> table, AttachedDocument document) {
        List<Text> drawn = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof javafx.scene.control.TableRow<?> row && row.isVisible() && !row.isEmpty()
                    && row.getItem() instanceof AttachedDocument shown && shown.id() == document.id()) {
                for (Node text : row.lookupAll(".text")) {
                    if (text instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().isEmpty()) {
                        drawn.add(t);
                    }
                }
            }
        }
        return drawn;
    }

    /** "bank-statement...mber-2026.png" for "bank-statement-november-2026.png": its start and its ending kept. */
    private static boolean cutInTheMiddle(String shown, String name) {
        int at = shown.indexOf("...");
        return at >= 8 && name.startsWith(shown.substring(0, at)) && name.endsWith(shown.substring(at + 3))
                && shown.substring(at + 3).contains(".");
    }

    /** Cut in its middle with its start and its ending kept, however short. */
    private static boolean shortened(String shown, String name) {
        int at = shown.indexOf("...");
        return at >= 1 && name.startsWith(shown.substring(0, at)) && name.endsWith(shown.substring(at + 3));
    }

    private static double oneLine(Text words) {
        Text line = new Text("Xg");
        line.setFont(words.getFont());
        line.setLineSpacing(words.getLineSpacing());
        return line.getLayoutBounds().getHeight();
    }

    private void resize(double[] size) {
        sizeTheWindow(size[0], size[1]);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String widths(TableView<?> table) {
        StringBuilder text = new StringBuilder("table " + Math.round(table.getWidth()));
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            text.append("; ").append(column.getText()).append(' ').append(Math.round(column.getWidth())).append('/')
                    .append(Math.round(column.getMinWidth()));
        }
        return text.toString();
    }

    /** Cells of the Date on it and Added columns on screen whose shown words differ from their text. */
    private static List<String> cut(TableView<?> table) {
        List<String> cut = new ArrayList<>();
        int seen = 0;
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && cell.getTableColumn() != table.getColumns().get(0) && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                seen++;
                Text shown = (Text) cell.lookup(".text");
                if (shown == null || !cell.getText().equals(shown.getText())) {
                    cut.add("\"" + (shown == null ? "" : shown.getText()) + "\" for \"" + cell.getText() + "\" in "
                            + cell.getTableColumn().getText());
                }
            }
        }
        if (seen < 4) {
            cut.add("only " + seen + " cells of the date on it and the day added were drawn");
        }
        return cut;
    }
}
