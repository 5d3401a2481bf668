package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.ui.WithTheApp;

/**
 * Found in a real window on the sample Collect and Pay case: the Payments page's tables drew their columns at one
 * width and then, a pulse or more later, at another (the money and status columns widened themselves as their cells
 * were laid out, and the table shared its width out again), each time the rows changed: on opening, after a payment,
 * on coming back to the page. And at 1024 x 700 what arrived for a due read "£51.87 of £103.74 on 2...". Every pulse
 * that draws a table is watched here: for one set of rows, the columns have one set of widths, the same when the
 * page is shown again, and no cell on screen is cut short.
 */
class PaymentsColumnsSteadyTest extends WithTheApp {

    @AfterEach
    void stopRecording() {
        if (recording != null) {
            interact(() -> {
                recording.removePreLayoutPulseListener(recordTheFrameDrawn);
                recording.removePostLayoutPulseListener(noteWhatTheFrameShows);
            });
        }
    }

    /** Each table's widths as drawn, pulse by pulse, by the set of rows it drew (counted from 1 as they change). */
    private final Map<String, Map<Integer, Set<List<Long>>>> drawn = new ConcurrentHashMap<>();
    private final Map<String, Integer> rowsSet = new ConcurrentHashMap<>();

    @Test
    void theColumnsAreSizedOnceForEachSetOfRowsAndStayOnComingBackAtTheSmallestWindow() throws Exception {
        openOnTheSampleRecords("--collect-and-pay");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1024);
            window().setHeight(700);
            recording = window().getScene();
            recording.addPreLayoutPulseListener(recordTheFrameDrawn);
            recording.addPostLayoutPulseListener(noteWhatTheFrameShows);
        });
        press("#nav-payments");
        TableView<ScheduleLine> schedule = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> schedule.getItems().size() > 100);
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-columns-1024x700-opened.png");
        assertOneWidthPerSetOfRows("schedule-table", "on opening");
        List<Long> opened = lastWidths("schedule-table");
        double rows = rowsInView(schedule);
        assertTrue(rows >= 6, "the due payments show " + rows + " rows at 1024 x 700");

        // A payment from quick entry: the schedule is worked out again and its rows set afresh.
        int owed = interactAndGet(() -> {
            for (int i = schedule.getItems().size() - 1; i >= 0; i--) {
                if (schedule.getItems().get(i).status() == LineStatus.NOTHING_RECEIVED
                        || schedule.getItems().get(i).status() == LineStatus.PART_PAID) {
                    return i;
                }
            }
            return -1;
        });
        int setsBefore = rowsSet.getOrDefault("schedule-table", 0);
        if (owed >= 0) {
            interact(() -> schedule.getSelectionModel().select(owed));
            press("#quick-paid-full");
            press("#quick-on-due-day");
            waitUntil("the save is reported", () -> lookup("#quick-notice").queryLabeled().getText()
                    .startsWith("Recorded"));
        } else {
            interact(() -> schedule.getItems().setAll(new ArrayList<>(schedule.getItems())));
        }
        waitUntil("the rows are set afresh", () -> rowsSet.getOrDefault("schedule-table", 0) > setsBefore);
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-columns-1024x700-saved.png");
        assertOneWidthPerSetOfRows("schedule-table", "after a payment");
        List<Long> saved = lastWidths("schedule-table");

        // Another page and back: the page reads the records again, and draws them as it did.
        press("#nav-overview");
        waitFor("#overview-owed");
        drawn.clear();
        press("#nav-payments");
        waitUntilDrawn("schedule-table", "the schedule is drawn again");
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-columns-1024x700-back.png");
        assertEquals(Set.of(saved), allWidths("schedule-table"),
                "the due payments' widths on coming back to the page, against before (on opening " + opened + ")");

        // The payments received, opened, and again after another page.
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> payments = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> payments.getItems().size() > 20);
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "payments-columns-1024x700-received.png");
        assertOneWidthPerSetOfRows("payments-table", "on showing the payments received");
        List<Long> received = lastWidths("payments-table");
        press("#nav-overview");
        waitFor("#overview-owed");
        drawn.clear();
        press("#nav-payments");
        waitUntilDrawn("payments-table", "the payments are drawn again");
        settle();
        assertEquals(Set.of(received), allWidths("payments-table"),
                "the payments received's widths on coming back to the page, against before");
    }

    /**
     * Not yet so: at 1024 x 700 under Collect and Pay, what arrived had 190 px beside the fee column, so "£51.87 of
     * £103.74 on 30 Oct 2026 (£99.60 after the CMS fee)" was cut on its second line. Beside the fee column it now
     * reads "(£99.60 after fee)", and the Due, After fee and Status columns' least widths were lowered to what they
     * need: what arrived has 210 px (headless fonts), and that one reads whole on two lines. "£51.87 of £103.74 paid
     * ahead on 30 Oct 2026 (£99.60 after fee)" still needs about 243 px for two lines ("£51.87 of £103.74 paid ahead
     * on" is 234 px of words alone); three lines make rows too tall for six in view.
     * Since (5 Dec, branch fit): the status column is as narrow as its chips allow on two lines when what arrived
     * needs two lines anyway, and the dates and amounts take no spare width; but the text grew to "(£49.80 of £99.60
     * after fee)" and needs about 285 px on two lines. Since (5 Dec, branch payments): a chip with no second line of
     * its own breaks at a space ("Arrived" over "in advance"), the due's date is as wide as the dates need (no fixed
     * 98 px) and "After" reads over "fee" in its heading, so the fee column is as narrow as its amounts: what arrived
     * has 286 px (headless fonts), and the longest reads whole on two lines.
     */
    @Test
    void noCellOfTheDuePaymentsOrThePaymentsReceivedIsCutAtTheSmallestWindow() throws Exception {
        openOnTheSampleRecords("--collect-and-pay");
        sizeTheWindow(1024, 700);
        press("#nav-payments");
        TableView<ScheduleLine> schedule = waitFor("#schedule-table");
        waitUntil("the schedule is filled", () -> schedule.getItems().size() > 100);
        settle();
        assertNothingCut(schedule, "the due payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        TableView<?> payments = waitFor("#payments-table");
        waitUntil("the payments are listed", () -> payments.getItems().size() > 20);
        settle();
        assertNothingCut(payments, "the payments received");
    }

    /**
     * Found the same way: the status column was as wide as the chips on screen, so scrolling up to a due with a
     * longer status ("Arrived late (13 days)", "Part arrived (short £26.87)") widened it and narrowed the others, and
     * a chip on two lines made every row taller, while the parent read them. Every row is scrolled into view here,
     * at both window sizes; the columns and rows keep the widths and height they opened with.
     */
    @Test
    void scrollingEveryDueIntoViewLeavesTheColumnsAsTheyOpened() throws Exception {
        openOnTheSampleRecords("--collect-and-pay");
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            sizeTheWindow(size[0], size[1]);
            press("#nav-payments");
            TableView<ScheduleLine> schedule = waitFor("#schedule-table");
            waitUntil("the schedule is filled", () -> schedule.getItems().size() > 100);
            settle();
            List<Long> opened = interactAndGet(() -> widths(schedule));
            int rows = interactAndGet(() -> schedule.getItems().size());
            Set<List<Long>> seen = new LinkedHashSet<>();
            for (int i = rows - 1; i >= 0; i -= 4) {
                int at = i;
                interact(() -> schedule.scrollTo(at));
                WaitForAsyncUtils.waitForFxEvents();
                seen.add(interactAndGet(() -> widths(schedule)));
            }
            settle();
            seen.add(interactAndGet(() -> widths(schedule)));
            assertEquals(Set.of(opened), seen, "at " + size[0] + " x " + size[1] + ", the due payments' widths"
                    + " (the last figure is the rows' height) as every due came into view");
            press("#nav-overview");
            waitFor("#overview-owed");
        }
    }

    private static List<Long> widths(TableView<?> table) {
        List<Long> widths = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            widths.add(Math.round(column.getWidth()));
        }
        widths.add(Math.round(table.getFixedCellSize()));
        return widths;
    }

    /**
     * What each frame draws, read with the scene's public pulse listeners. A frame is handed to the renderer at the
     * end of its pulse, after every after-layout listener, those added during the pulse too (SettledColumns adds its
     * own when the table joins the scene, in that pulse's CSS pass, and it runs after any listener of ours: after 95
     * classes in one test JVM on 5 Dec, a recorder at that point saw [101, 60, 60, 246, 112, 121], widths no frame
     * drew, as SettledColumns settled them to [.., 286, ..] before the frame was drawn). Nothing moves the columns
     * between pulses, so the widths the next pulse finds before its layout are those the last frame drew: they are
     * recorded then, for the table as the last frame showed it ({@link #noteWhatTheFrameShows}: showing or not, and
     * which set of rows), since a tab chosen or rows set between the pulses are not on screen until the next frame.
     * {@link #settle} asks for a pulse, so the last frame is recorded too.
     */
    private final Runnable recordTheFrameDrawn = this::recordTheFrameDrawn;
    private final Runnable noteWhatTheFrameShows = this::noteWhatTheFrameShows;
    private javafx.scene.Scene recording;
    /** For each table the last frame showed with rows: which set of rows (counted from 1 as they change). */
    private final Map<String, Integer> shownInTheLastFrame = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong pulses = new java.util.concurrent.atomic.AtomicLong();

    /** At the end of a pulse's layout: which tables the frame shows with rows, and which set of rows. */
    private void noteWhatTheFrameShows() {
        shownInTheLastFrame.clear();
        for (String id : List.of("schedule-table", "payments-table")) {
            if (!(recording.lookup("#" + id) instanceof TableView<?> table) || !table.isVisible()
                    || table.getScene() == null || table.getItems().isEmpty() || table.getWidth() <= 0
                    || !showing(table)) {
                continue;
            }
            if (!table.getProperties().containsKey(PaymentsColumnsSteadyTest.class)) {
                table.getProperties().put(PaymentsColumnsSteadyTest.class, Boolean.TRUE);
                rowsSet.put(id, 1);
                table.getItems().addListener((ListChangeListener<Object>) change -> rowsSet.merge(id, 1, Integer::sum));
            }
            shownInTheLastFrame.put(id, rowsSet.get(id));
        }
    }

    /** At the start of a pulse, before anything is styled or laid out: the widths the last frame drew. */
    private void recordTheFrameDrawn() {
        pulses.incrementAndGet();
        for (Map.Entry<String, Integer> shown : shownInTheLastFrame.entrySet()) {
            if (recording.lookup("#" + shown.getKey()) instanceof TableView<?> table) {
                drawn.computeIfAbsent(shown.getKey(), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(shown.getValue(), k -> new LinkedHashSet<>()).add(widths(table));
            }
        }
    }

    /** Whether the table is on the tab showing (a tab not showing keeps its old layout). */
    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void assertOneWidthPerSetOfRows(String id, String when) {
        Map<Integer, Set<List<Long>>> byRows = interactAndGet(() -> Map.copyOf(drawn.get(id)));
        for (Map.Entry<Integer, Set<List<Long>>> rows : byRows.entrySet()) {
            assertEquals(1, rows.getValue().size(), when + ": " + id + " drew one set of rows with its columns at "
                    + rows.getValue() + " (the last figure is the rows' height)");
        }
    }

    private List<Long> lastWidths(String id) {
        return interactAndGet(() -> {
            Map<Integer, Set<List<Long>>> byRows = drawn.get(id);
            int last = byRows.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            return List.copyOf(byRows.get(last)).get(byRows.get(last).size() - 1);
        });
    }

    private Set<List<Long>> allWidths(String id) {
        return interactAndGet(() -> {
            Set<List<Long>> all = new LinkedHashSet<>();
            drawn.get(id).values().forEach(all::addAll);
            return all;
        });
    }

    /** Every cell on screen (and every status chip) draws its whole text, with no "..." in place of the end. */
    private void assertNothingCut(TableView<?> table, String when) {
        List<String> cut = interactAndGet(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : inside(table)) {
                if (!(node instanceof TableCell<?, ?> cell) || !cell.isVisible() || cell.getTableRow() == null
                        || cell.getTableRow().getItem() == null || !cell.getTableRow().isVisible()) {
                    continue;
                }
                List<Labeled> labels = new ArrayList<>(List.of(cell));
                if (cell.getGraphic() instanceof Labeled chip) {
                    labels.add(chip);
                }
                for (Labeled label : labels) {
                    String text = label.getText();
                    if (text == null || text.isEmpty()) {
                        continue;
                    }
                    String shown = shownText(label);
                    if (!text.replace("\n", " ").equals(shown)) {
                        found.add(cell.getTableColumn().getText() + ": \"" + text + "\" reads \"" + shown + "\"");
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), cut, when + ": cells cut short (columns and rows "
                + interactAndGet(() -> widths(table)) + ")");
        assertTrue(interactAndGet(() -> inside(table).stream().filter(TableCell.class::isInstance).count()) > 6,
                when + ": cells on screen");
    }

    /**
     * The words the label draws: no public property holds them (its text is what it was given), so they are read
     * from the Text it paints, a child of its own; "" if it draws none.
     */
    private static String shownText(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText().replace("\n", " ");
            }
        }
        return "";
    }

    /** Every node the table shows (its headings, rows, cells and what they draw). */
    private static List<Node> inside(javafx.scene.Parent parent) {
        List<Node> all = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof javafx.scene.Parent inner) {
                all.addAll(inside(inner));
            }
        }
        return all;
    }

    /**
     * How many rows the table has room for in view: from the top of its first row, scrolled to the top (just under
     * the headings), to the inside of its bottom edge, in rows' heights.
     */
    private double rowsInView(TableView<?> table) {
        interact(() -> table.scrollTo(0));
        settle();
        return interactAndGet(() -> {
            javafx.scene.control.TableRow<?> first = inside(table).stream()
                    .filter(n -> n instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == 0
                            && row.isVisible())
                    .map(n -> (javafx.scene.control.TableRow<?>) n).findFirst().orElseThrow();
            double top = first.localToScene(first.getLayoutBounds()).getMinY();
            double bottom = table.localToScene(table.getLayoutBounds()).getMaxY() - table.snappedBottomInset();
            return (bottom - top) / table.getFixedCellSize();
        });
    }

    /** The FX thread's work done, then a frame drawn (and recorded) after it. */
    private void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (recording != null) {
            // Two pulses: the first may still lay something out, which the second records as drawn.
            for (int i = 0; i < 2; i++) {
                long before = interactAndGet(pulses::get);
                interact(javafx.application.Platform::requestNextPulse);
                waitUntil("a frame is drawn", () -> pulses.get() > before);
            }
        }
    }

    /** Waits until a frame has drawn the table, asking for pulses meanwhile (each records the frame before it). */
    private void waitUntilDrawn(String id, String what) {
        waitUntil(what, () -> {
            javafx.application.Platform.requestNextPulse();
            return drawn.containsKey(id);
        });
    }
}
