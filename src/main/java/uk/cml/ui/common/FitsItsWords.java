package uk.cml.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The letter's text boxes as tall as their words, the one way every box of Write a letter fits them: the answer boxes
 * (BlockEditors), the letter's heading and a sub-heading's box (see {@link #heading}). Found by reviewers: an answer
 * kept the box's first height and showed cut at the top, with a scroll bar inside the box, so they could not read back
 * what they had typed; a heading's one-line field showed "Mandatory reconsideration of your de" at 1024 x 700, its
 * decision's date out of sight. So a box's words wrap, and its height follows its wrapped lines as they are typed and
 * as the box is made wider or narrower: no scroll bar of its own (the page scrolls instead) and no empty rows below
 * the words beyond the fewest it keeps. Also the address a letter was sent to (SentLetterForm: three lines showed a
 * scroll bar in a box of three rows).
 */
public final class FitsItsWords {

    private FitsItsWords() {
    }

    /** Makes {@code area} wrap and grow and shrink with its words, never shorter than {@code fewestLines} lines. */
    public static TextArea on(TextArea area, int fewestLines) {
        area.setWrapText(true);
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

    /**
     * A box for a heading: one line on the page, but in the form it can be longer than the box is wide (a one-line
     * field cut "Why your reply does not settle my complai"). It is as tall as its words, a line break pasted into it
     * becomes a space, and Enter adds nothing (in the letter's heading it went on to Make PDF; a sub-heading's box
     * takes Enter as "done", BlockEditors). Tab moves on, as in every text box of the app.
     */
    public static TextArea heading(String text) {
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
        return on(box, 1);
    }

    private static void follow(TextArea area, int fewestLines) {
        // The words are in the inner scroll pane's content, not among its children until that pane has a skin.
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane inner) || !(inner.getContent() instanceof Region room)) {
            return;
        }
        Text words = wordsOf(room);
        if (words == null) {
            return;
        }
        inner.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inner.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The words' height plus the frame around them: the box's, its scroll pane's and the words' own padding.
        // (Rows worked out from the font left a heading a few pixels short, with a scroll bar beside two lines.)
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
        inner.insetsProperty().addListener(fit);
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
