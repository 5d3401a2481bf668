package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Reviewer, 5 Dec 2026: the Overview and Where it stands reopened part-scrolled, where the parent had left them, the
 * title and what to do first out of sight. Opened from the navigation, each starts at its top.
 */
@ExtendWith(ApplicationExtension.class)
class PagesOpenAtTheTopTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void theOverviewAndWhereItStandsOpenAtTheTopWhenNavigatedTo() {
        SampleFolders.fillOn(dataFolder, CLOCK);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1024);
            window().setHeight(700);
        });
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
