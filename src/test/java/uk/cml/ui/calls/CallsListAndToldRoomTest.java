package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer: on the Calls page "Did you tell them about missed payments on this call?" was cut at 1366 x 768, and in
 * the list the calls ran together, one call's last line straight above the next call's day and time. The question
 * reads whole at 1366 and 1024 wide, and each call in the list is set apart from the next by a line and space.
 */
class CallsListAndToldRoomTest extends WithTheApp {

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 768"})
    void theToldQuestionReadsWholeAndTheCallsAreSetApart(double width, double height) throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(width, height);
        press("#nav-calls");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the calls are listed", () -> list.getItems().size() >= 2);
        settle();
        Node told = waitFor("#call-told-missed-payments");
        reveal(told);
        settle();
        String name = "calls-" + (int) width + "x" + (int) height + ".png";
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), name);
        Label question = interactAndGet(() -> (Label) told.getParent().getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() == told).findFirst().orElseThrow());
        String shown = interactAndGet(() -> shownText(question));
        String why = interactAndGet(() -> question.getText() + " shows \"" + shown + "\", " + question.getWidth()
                + " x "
                + question.getHeight() + ", needs " + question.prefHeight(question.getWidth()) + " high");
        assertTrue(question.getText().equals(shown) && interactAndGet(() -> question.prefHeight(question.getWidth())
                <= question.getHeight() + 0.5), "the question reads whole at " + width + ": " + why);
        // Each call's cell: a line under it, and its words clear of the next call's by some space.
        List<double[]> calls = interactAndGet(() -> cellsAndWords(list));
        assertTrue(calls.size() >= 2, "two calls on show: " + calls.size());
        for (int i = 0; i + 1 < calls.size(); i++) {
            double gap = calls.get(i + 1)[2] - calls.get(i)[3];
            assertTrue(gap >= 8, "call " + (i + 1) + "'s words end " + gap + " px above the next call's at " + width);
            assertTrue(calls.get(i)[4] >= 1, "call " + (i + 1) + " has a line under it at " + width);
        }
    }

    /**
     * How thick a line the cell draws along its foot: a border there, or a background fill that a later fill leaves
     * showing there (as a theme's "bordered" list draws it).
     */
    private static double lineUnder(ListCell<?> cell) {
        double line = 0;
        if (cell.getBorder() != null) {
            for (javafx.scene.layout.BorderStroke s : cell.getBorder().getStrokes()) {
                if (s.getBottomStroke() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0) {
                    line = Math.max(line, s.getWidths().getBottom());
                }
            }
        }
        if (cell.getBackground() != null) {
            List<javafx.scene.layout.BackgroundFill> fills = cell.getBackground().getFills();
            for (int i = 0; i + 1 < fills.size(); i++) {
                if (fills.get(i).getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0) {
                    double shown = fills.get(i + 1).getInsets().getBottom() - fills.get(i).getInsets().getBottom();
                    line = Math.max(line, shown);
                }
            }
        }
        return line;
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** What the label's skin draws: its words, or the words cut with "...". */
    private static String shownText(Label label) {
        return label.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    /** Each filled cell, top to bottom: its top, its bottom, its words' top and bottom, the line under it. */
    private static List<double[]> cellsAndWords(ListView<?> list) {
        List<double[]> found = new ArrayList<>();
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getItem() != null) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                double top = Double.MAX_VALUE;
                double bottom = -Double.MAX_VALUE;
                for (Node inside : cell.lookupAll(".text")) {
                    if (inside instanceof Text words && words.isVisible() && !words.getText().isBlank()) {
                        Bounds w = words.localToScene(words.getLayoutBounds());
                        top = Math.min(top, w.getMinY());
                        bottom = Math.max(bottom, w.getMaxY());
                    }
                }
                double line = lineUnder(cell);
                found.add(new double[] {b.getMinY(), b.getMaxY(), top, bottom, line});
            }
        }
        found.sort(Comparator.comparingDouble(c -> c[0]));
        return found;
    }
}
