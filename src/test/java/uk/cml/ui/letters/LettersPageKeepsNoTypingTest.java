package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;
import uk.cml.safety.TypingDrafts;
import uk.cml.ui.AppRobot;

/**
 * Found in a real window on the sample case: only opening the Letters page, then closing the app, left "Typing not
 * saved yet ... a letter you sent, on the Letters page" on the Overview at the next start. The sent-letter form, not
 * opened, chose "not said" for the decision a letter answers once the case's decisions were read, and a form never
 * filled in counted that change as typing.
 */
@ExtendWith(ApplicationExtension.class)
class LettersPageKeepsNoTypingTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** The call form's typing, kept after the Letters page was read, shows the keeper has had its moment to keep. */
    @Test
    void onlyOpeningTheLettersPageKeepsNoTyping() throws Exception {
        uk.cml.app.SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-letters");
        waitUntil("the letters read", () -> interactAndGet(() -> !lookup("#letters-sent-table").queryTableView()
                .getItems().isEmpty()));
        press("#nav-calls");
        type("#call-said", "They said the payment was taken on the 3rd.");
        waitUntil("the call's typing kept", () -> new TypingDrafts(dataFolder, CLOCK).all().keySet().stream()
                .anyMatch(key -> key.startsWith("call/")));
        List<String> kept = List.copyOf(new TypingDrafts(dataFolder, CLOCK).all().keySet());
        assertEquals(1, kept.size(), "only the call's typing is kept: " + kept);
    }
}
