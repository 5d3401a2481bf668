package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import uk.cml.app.SampleFolders;
import uk.cml.ui.common.Messages;
import uk.cml.ui.lock.AppLock;

/**
 * Issue 17: the first window makes no tooltip it does not show (the Hide button's: about 30 classes at start), and it
 * still comes when used, with its words for a screen reader from the start; the case menu still opens on a click.
 * (A light skin that kept the case switcher's and the period's menus off the first window too saved about 100
 * classes but no measurable time, and imitated JavaFX's skin to the pixel: not kept.)
 */
class FirstWindowMakesNoPopUpsTest extends WithTheApp {

    @Test
    void theFirstWindowMakesNoTooltipAndItComesWhenUsed() {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        ChoiceBox<?> switcher = waitFor("#case-switcher");
        Button hide = waitFor("#quick-hide");
        String words = Messages.text("lock.appLock.lockAndMinimiseTheApp", AppLock.QUICK_HIDE_TEXT);
        interact(() -> {
            assertNull(hide.getTooltip(), "no tooltip made with the window");
            assertEquals(words, hide.queryAccessibleAttribute(AccessibleAttribute.HELP), "a screen reader's help");
        });

        moveTo(hide);
        waitUntil("the tooltip shows on pointing at Hide", () -> hide.getTooltip() != null
                && hide.getTooltip().isShowing());
        Tooltip tip = hide.getTooltip();
        assertEquals(words, tip.getText());

        clickOn(switcher);
        waitUntil("the case menu opens on a click", switcher::isShowing);
        assertTrue(lookup("#choice-box-menu-item").tryQuery().isPresent(), "the case is in the menu");
        type(KeyCode.ESCAPE);
        waitUntil("the menu closes", () -> !switcher.isShowing());
    }
}
