package uk.cml.ui.documents;

import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import uk.cml.ui.common.TabMovesFocus;

/**
 * "What it is": one line of words that wraps, the box as tall as its lines (one at the least, {@link #MOST_LINES} at
 * the most, then it scrolls). A one-line field showed a long description cut at its edge, and in the bin, where the
 * form is greyed out, it could not even be scrolled to read. Enter saves, as in a field; a line break pasted in is a
 * space (the description is one line everywhere else).
 */
final class WordsBox {

    static final int MOST_LINES = 4;

    private WordsBox() {
    }

    static TextArea make(Runnable onEnter) {
        TextArea area = TabMovesFocus.on(new TextArea());
        area.setWrapText(true);
        area.setPrefRowCount(1);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.setMaxHeight(Region.USE_PREF_SIZE);
        area.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getText().indexOf('\n') >= 0 || change.getText().indexOf('\r') >= 0) {
                change.setText(change.getText().replaceAll("\\R", " "));
            }
            return change;
        }));
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShiftDown() && !event.isControlDown()
                    && !event.isAltDown()) {
                event.consume();
                onEnter.run();
            }
        });
        if (area.getSkin() != null) {
            follow(area);
        } else {
            area.skinProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (area.getSkin() != null) {
                        area.skinProperty().removeListener(this);
                        follow(area);
                    }
                }
            });
        }
        return area;
    }

    /** The rows follow the wrapped lines of the words as they are typed or filled in, and as the box is resized. */
    private static void follow(TextArea area) {
        Text words = wordsOf(area);
        if (words == null) {
            return;
        }
        InvalidationListener fit = o -> {
            Text line = new Text(); // empty, it is one line high
            line.setFont(words.getFont());
            double one = line.getLayoutBounds().getHeight();
            if (one <= 0) {
                one = words.getFont().getSize() * 1.3;
            }
            int lines = (int) Math.max(1, Math.round(words.getLayoutBounds().getHeight() / one));
            int rows = Math.min(MOST_LINES, lines);
            if (area.getPrefRowCount() != rows) {
                area.setPrefRowCount(rows);
            }
        };
        words.layoutBoundsProperty().addListener(fit);
        fit.invalidated(null);
    }

    /** The text node that shows the box's words (not its prompt). */
    private static Text wordsOf(TextArea area) {
        // In the inner scroll pane's content, which is not among that pane's children until it has a skin of its own.
        if (!(area.lookup(".scroll-pane") instanceof javafx.scene.control.ScrollPane inner)
                || inner.getContent() == null) {
            return null;
        }
        for (Node node : inner.getContent().lookupAll(".text")) {
            if (node instanceof Text text && text.getParent() instanceof Group) {
                return text;
            }
        }
        return null;
    }
}
