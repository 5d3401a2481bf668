package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer: at 1024 x 768 the Letters page's "Letter" column was left the room the date, how it went, the proof and
 * the reply did not need, and a letter's title ("Complaint about how the arrears are collected (to Child Maintenance
 * Service 21)") wrapped onto three lines and more. The title now has the room: one or two lines at 1024 wide.
 */
class LetterTitlesRoomTest extends WithTheApp {

    @Test
    void atTenTwentyFourEachLettersTitleReadsOnTwoLinesAtMost() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 768);
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letters are listed", () -> sent.getItems().size() >= 3);
        settle();
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "letter-titles-1024x768.png");
        TableColumn<?, ?> title = sent.getColumns().get(1);
        String lines = interactAndGet(() -> titleLines(sent, title));
        double width = interactAndGet(title::getWidth);
        String columns = interactAndGet(() -> sent.getColumns().stream().map(c -> c.getText() + " " + c.getWidth()
                + " (" + c.getMinWidth() + "-" + c.getMaxWidth() + ")").toList().toString());
        assertTrue(!lines.isEmpty() && lines.chars().allMatch(c -> c == '1' || c == '2'),
                "each title on one or two lines at 1024 wide, the column " + width + " px: lines " + lines + "; "
                        + columns);
    }

    /**
     * The layout audit: a window made narrower, 1366 x 768 to 1024 x 700, left the title the width it had at 1366,
     * and the reply went past the table's edge with no sideways bar ("Repl" cut). Every column ends inside the table.
     */
    @Test
    void aWindowMadeNarrowerKeepsTheReplyInsideTheTable() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1366, 768);
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letters are listed", () -> sent.getItems().size() >= 3);
        settle();
        sizeTheWindow(1024, 700);
        settle();
        double used = interactAndGet(() -> sent.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        double room = interactAndGet(() -> sent.getWidth() - sent.snappedLeftInset() - sent.snappedRightInset());
        String columns = interactAndGet(() -> sent.getColumns().stream().map(c -> c.getText() + " " + c.getWidth())
                .toList().toString());
        assertTrue(used <= room + 0.5, "the columns take " + used + " px of " + room + ": " + columns);
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The lines each shown title takes, a digit a letter, from its wrapped text's height. */
    private static String titleLines(TableView<?> table, TableColumn<?, ?> column) {
        StringBuilder lines = new StringBuilder();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column && !cell.isEmpty()
                    && cell.isVisible() && cell.getItem() != null && !cell.getItem().toString().isBlank()) {
                for (Node inside : cell.lookupAll(".text")) {
                    if (inside instanceof Text words && words.isVisible() && !words.getText().isEmpty()) {
                        Text one = new Text("Xg");
                        one.setFont(words.getFont());
                        double line = one.getLayoutBounds().getHeight();
                        lines.append(Math.round(words.getLayoutBounds().getHeight() / line));
                        break;
                    }
                }
            }
        }
        return lines.toString();
    }
}
