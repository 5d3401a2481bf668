package uk.cml.ui.letters.write;

import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A letter's text box as tall as its words: found by a reviewer, an answer kept the box's first height and showed cut
 * at the top, with a scroll bar inside the box, so they could not read back what they had typed. The box's height
 * follows its wrapped lines as they are typed and as the box is made wider or narrower, and never has a scroll bar of
 * its own: the page scrolls instead.
 */
final class FitsItsWords {

    private FitsItsWords() {
    }

    /** Makes {@code area} grow and shrink with its words, never shorter than {@code fewestLines} lines. */
    static TextArea on(TextArea area, int fewestLines) {
        area.setPrefRowCount(fewestLines);
        area.setMinHeight(Region.USE_PREF_SIZE);
        area.setMaxHeight(Region.USE_PREF_SIZE);
        if (area.getSkin() != null) {
            follow(area, fewestLines);
        } else {
            area.skinProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    if (area.getSkin() != null) {
                        area.skinProperty().removeListener(this);
                        follow(area, fewestLines);
                    }
                }
            });
        }
        return area;
    }

    private static void follow(TextArea area, int fewestLines) {
        // The words are in the inner scroll pane's content, which is not among its children until that pane has a skin.
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane inner) || !(inner.getContent() instanceof Region room)) {
            return;
        }
        Text words = wordsOf(room);
        if (words == null) {
            return;
        }
        inner.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inner.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        InvalidationListener fit = o -> {
            double lineHeight = words.getFont().getSize() * 1.4;
            double tall = Math.max(words.getLayoutBounds().getHeight(), fewestLines * lineHeight);
            double around = room.snappedTopInset() + room.snappedBottomInset() + inner.snappedTopInset()
                    + inner.snappedBottomInset() + area.snappedTopInset() + area.snappedBottomInset();
            double height = Math.ceil(tall + around) + 1;
            if (Math.abs(area.getPrefHeight() - height) >= 0.5) {
                area.setPrefHeight(height);
            }
        };
        words.layoutBoundsProperty().addListener(fit);
        area.insetsProperty().addListener(fit);
        room.insetsProperty().addListener(fit);
        fit.invalidated(null);
    }

    /** The text node that shows the box's words (not its prompt). */
    private static Text wordsOf(Region content) {
        for (Node node : content.lookupAll(".text")) {
            if (node instanceof Text text && text.getParent() instanceof Group) {
                return text;
            }
        }
        return content.lookup(".text") instanceof Text text ? text : null;
    }
}
