package uk.cml.ui.letters.write;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
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

    /**
     * Keeps the box as tall as its words at its width, as they are typed and as it widens. Rows worked out from the
     * font left it a few pixels short of the theme's padding, and a scroll bar came up beside two lines of words; so
     * the box takes what its words need plus what its frame around the words takes.
     */
    private static void follow(TextArea box) {
        // The words sit in the box's scroll pane, whose content is not among its children until it is shown.
        if (box.lookup(".scroll-pane") instanceof ScrollPane pane && pane.getContent() instanceof Region around) {
            Text words = wordsOf(box, around);
            if (words != null) {
                Runnable fit = () -> fit(box, words, around, pane);
                words.layoutBoundsProperty().addListener((obs, was, now) -> fit.run());
                pane.viewportBoundsProperty().addListener((obs, was, now) -> fit.run());
                fit.run();
            }
        }
    }

    private static Text wordsOf(TextArea box, Region around) {
        Text first = null;
        for (Node node : around.lookupAll(".text")) {
            if (node instanceof Text text) {
                if (text.getText() != null && text.getText().equals(box.getText())) {
                    return text;
                }
                first = first == null ? text : first;
            }
        }
        return first;
    }

    private static void fit(TextArea box, Text words, Region around, ScrollPane pane) {
        double viewport = pane.getViewportBounds().getHeight();
        if (box.getHeight() <= 0 || viewport <= 0) {
            return;
        }
        double frame = box.getHeight() - viewport;
        double needed = Math.ceil(frame + words.getLayoutBounds().getHeight() + around.snappedTopInset()
                + around.snappedBottomInset());
        if (Math.abs(needed - box.getPrefHeight()) > 0.5) {
            box.setPrefHeight(needed);
            box.setMinHeight(needed);
        }
    }
}
