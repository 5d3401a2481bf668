package uk.cml.ui.letters.write;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.text.Text;
import uk.cml.ui.common.TabMovesFocus;

/**
 * A box for a heading: one line on the page, but in the form it can be longer than the box is wide. A one-line field
 * cut it off: "Why your reply does not settle my complai", and the letter's own heading "Mandatory reconsideration of
 * your de" at 1024 x 700, its decision's date out of sight. So its words wrap, the box is as tall as they need (no
 * scroll bar, no empty rows), and a line break pasted into it becomes a space; Enter adds nothing.
 */
final class HeadingBox {

    private HeadingBox() {
    }

    static TextArea of(String text) {
        TextArea box = TabMovesFocus.on(new TextArea(text));
        box.setTextFormatter(new TextFormatter<String>(change -> {
            String typed = change.getText();
            if (typed.equals("\n") || typed.equals("\r\n")) {
                change.setText("");
            } else if (typed.contains("\n") || typed.contains("\r")) {
                change.setText(typed.replaceAll("\\R", " "));
            }
            return change;
        }));
        box.setWrapText(true);
        box.setPrefRowCount(1);
        box.skinProperty().addListener((obs, was, skin) -> follow(box));
        return box;
    }

    /** Keeps the box's rows to the lines its words take at its width, as they are typed and as it widens. */
    private static void follow(TextArea box) {
        Text words = wordsOf(box);
        if (words != null) {
            words.layoutBoundsProperty().addListener((obs, was, now) -> fit(box, words));
            fit(box, words);
        }
    }

    private static Text wordsOf(TextArea box) {
        Text first = null;
        for (Node node : box.lookupAll(".text")) {
            if (node instanceof Text text) {
                if (text.getText() != null && text.getText().equals(box.getText())) {
                    return text;
                }
                first = first == null ? text : first;
            }
        }
        return first;
    }

    private static void fit(TextArea box, Text words) {
        Text line = new Text("Xg");
        line.setFont(words.getFont());
        line.setLineSpacing(words.getLineSpacing());
        double one = line.getLayoutBounds().getHeight();
        int rows = one <= 0 ? 1 : Math.max(1, (int) Math.round(words.getLayoutBounds().getHeight() / one));
        if (rows != box.getPrefRowCount()) {
            box.setPrefRowCount(rows);
        }
    }
}
