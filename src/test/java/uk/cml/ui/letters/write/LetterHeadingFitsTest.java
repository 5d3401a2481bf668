package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, in a real window at 1024 x 700: the heading of a request for a mandatory reconsideration, "Mandatory
 * reconsideration of your decision of 20 Oct 2026", showed in its one-line box as "Mandatory reconsideration of your
 * de", the decision's date (the one thing to check in it) out of sight. The letter's heading reads whole in its box,
 * on more lines if need be, at 1024 x 700 and 1366 x 768.
 */
class LetterHeadingFitsTest extends WithTheApp {

    @Test
    void aReconsiderationsHeadingReadsWholeWithItsDecisionsDate() {
        openOnTheSampleRecords();
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
            sizeTheWindow(size[0], size[1]);
            press("#nav-write-letter");
            waitFor("#letter-template");
            @SuppressWarnings("unchecked")
            ComboBox<LetterTemplate> letters = lookup("#letter-template").queryAs(ComboBox.class);
            interact(() -> letters.setValue(LetterTemplates.MANDATORY_RECONSIDERATION));
            TextInputControl heading = lookup("#letter-heading").queryAs(TextInputControl.class);
            waitUntil("the heading names the decision's date",
                    () -> interactAndGet(heading::getText).matches(".*\\d{4}$"));
            settle();
            Text words = interactAndGet(() -> (Text) heading.lookup(".text"));
            double wide = interactAndGet(() -> words.getLayoutBounds().getWidth());
            double tall = interactAndGet(() -> words.getLayoutBounds().getHeight());
            double room = interactAndGet(() -> heading.getWidth() - heading.snappedLeftInset()
                    - heading.snappedRightInset());
            double height = interactAndGet(heading::getHeight);
            String at = size[0] + " x " + size[1] + ", \"" + interactAndGet(heading::getText) + "\": ";
            assertTrue(wide <= room, at + "the words fit the box's width: " + wide + " px in " + room);
            assertTrue(tall <= height, at + "every line shows: " + tall + " px of words in " + height);
            boolean scrolls = interactAndGet(() -> heading.lookupAll(".scroll-bar").stream().anyMatch(bar ->
                    bar instanceof javafx.scene.control.ScrollBar b && b.isVisible()
                            && b.getOrientation() == javafx.geometry.Orientation.VERTICAL));
            assertTrue(!scrolls, at + "no scroll bar beside the words: the box is as tall as they are");
        }
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
