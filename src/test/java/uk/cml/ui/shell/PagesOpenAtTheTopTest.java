package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, 5 Dec 2026: the Overview and Where it stands reopened part-scrolled, where the parent had left them, the
 * title and what to do first out of sight. Opened from the navigation, each starts at its top.
 */
class PagesOpenAtTheTopTest extends WithTheApp {

    @Test
    void theOverviewAndWhereItStandsOpenAtTheTopWhenNavigatedTo() {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 700);
        for (String page : new String[] {"overview", "where-things-stand"}) {
            press("#nav-" + page);
            ScrollPane scroll = waitFor("#page-" + page);
            settle();
            interact(() -> scroll.setVvalue(scroll.getVmax()));
            settle();
            press("#nav-letters");
            waitFor("#page-letters");
            press("#nav-" + page);
            waitFor("#page-" + page);
            settle();
            assertEquals(scroll.getVmin(), interactAndGet(scroll::getVvalue), 0.001, page + " opened scrolled");
        }
    }

    private static void settle() {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
