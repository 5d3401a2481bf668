package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * No sentence runs under a button, or right up against one, on the pages with buttons beside their sentences ("What
 * needs doing" on the Overview, "Where things stand"), at both laptop sizes on the sample case.
 */
class TextUnderButtonsTest extends WithTheApp {

    /** The least room between a sentence and a button beside it. */
    private static final double GAP = 8;

    private void size(int width, int height) {
        sizeTheWindow(width, height);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Each line of text (not a button's own) that comes within {@link #GAP} of a button it is not part of. */
    private List<String> textAgainstButtons(String page, javafx.scene.control.ScrollPane scroll) {
        return interactAndGet(() -> {
            Parent root = (Parent) scroll.getContent();
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            List<Node> buttons = root.lookupAll(".button").stream().filter(this::showing).toList();
            List<String> found = new ArrayList<>();
            for (Node node : root.lookupAll(".label")) {
                if (!(node instanceof Labeled label) || !showing(node) || inside(node, ButtonBase.class)) {
                    continue;
                }
                Node text = label.lookup(".text");
                if (!(text instanceof Text t) || t.getText() == null || t.getText().isBlank()) {
                    continue;
                }
                Bounds words = t.localToScene(t.getLayoutBounds());
                if (!view.intersects(words)) {
                    continue;
                }
                for (Node button : buttons) {
                    Bounds b = button.localToScene(button.getLayoutBounds());
                    if (words.getMinX() < b.getMaxX() + GAP && b.getMinX() < words.getMaxX() + GAP
                            && words.getMinY() < b.getMaxY() && b.getMinY() < words.getMaxY()) {
                        found.add(page + ": '" + t.getText() + "' against button '" + ((Labeled) button).getText()
                                + "'");
                    }
                }
            }
            return found;
        });
    }

    private static javafx.scene.control.ScrollPane scrollOf(Node inside) {
        Node n = inside;
        while (!(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        return (javafx.scene.control.ScrollPane) n;
    }

    private boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Node node, Class<?> kind) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (kind.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noSentenceRunsUnderOrAgainstAButton() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        List<String> found = new ArrayList<>();
        for (int[] size : new int[][] {{1366, 768}, {1024, 700}}) {
            size(size[0], size[1]);
            press("#nav-overview");
            waitFor("#overview-todo-0");
            size(size[0], size[1]);
            javafx.scene.control.ScrollPane overview = interactAndGet(() -> scrollOf(lookup("#overview-todo-0")
                    .query()));
            found.addAll(textAgainstButtons("overview " + size[0], overview));
            press("#nav-" + "where-things-stand");
            waitUntil("the page is filled", () -> lookup("#standing-deadline-0").tryQuery().isPresent());
            size(size[0], size[1]);
            // The whole page, not only what is in view: scroll down it a view at a time.
            javafx.scene.control.ScrollPane scroll = interactAndGet(() -> scrollOf(lookup("#standing-deadline-0")
                    .query()));
            for (double v = 0; v <= 1.0001; v += 0.2) {
                double at = v;
                interact(() -> scroll.setVvalue(at));
                WaitForAsyncUtils.waitForFxEvents();
                found.addAll(textAgainstButtons("where-things-stand " + size[0] + " at " + Math.round(at * 100),
                        scroll));
            }
        }
        assertEquals(List.of(), found.stream().distinct().toList());
    }
}
