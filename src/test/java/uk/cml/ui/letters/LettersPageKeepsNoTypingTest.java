package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.safety.TypingDrafts;
import uk.cml.ui.WithTheApp;

/**
 * Found in a real window on the sample case: only opening the Letters page, then closing the app, left "Typing not
 * saved yet ... a letter you sent, on the Letters page" on the Overview at the next start. The sent-letter form, not
 * opened, chose "not said" for the decision a letter answers once the case's decisions were read, and a form never
 * filled in counted that change as typing.
 */
class LettersPageKeepsNoTypingTest extends WithTheApp {

    /** The call form's typing, kept after the Letters page was read, shows the keeper has had its moment to keep. */
    @Test
    void onlyOpeningTheLettersPageKeepsNoTyping() throws Exception {
        uk.cml.app.SampleFolders.fill(dataFolder);
        openTheApp();
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
