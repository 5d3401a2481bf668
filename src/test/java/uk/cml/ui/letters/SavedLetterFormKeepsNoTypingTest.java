package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.safety.TypingDrafts;
import uk.cml.ui.WithTheApp;

/**
 * Found by a reviewer: a letter's posting logged (the date typed 4/12/2026, 2nd class) and saved, then the Letters
 * page only passed through in the navigation, and the Overview said "Typing not saved yet ... a change to a letter
 * you sent". The form, closed after the save, still held what was typed and compared it with the letter as it was
 * opened: the page read afresh touched its drop-downs and the draft keeper kept the saved answers as typing.
 */
class SavedLetterFormKeepsNoTypingTest extends WithTheApp {

    private static final Clock LATE = Clock.fixed(Instant.parse("2026-12-04T23:40:00Z"), ZoneId.of("Europe/London"));

    @Test
    void aPostingSavedLeavesNoTypingOnceThePageIsPassedThrough() throws Exception {
        uk.cml.app.SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder, uk.cml.ui.common.FilePicker.system(), LATE);
        waitFor("#overview-owed");
        press("#nav-letters");
        TableView<SentLetter> table = lookup("#letters-sent-table").queryTableView();
        waitUntil("the letters read", () -> interactAndGet(() -> !table.getItems().isEmpty()));
        int before = interactAndGet(() -> table.getItems().size());
        press("#letters-new-sent");
        type("#sent-subject", "Change of address for Jordan");
        type("#sent-to-name", "Child Maintenance Service");
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        interact(() -> method.setValue(PostingMethod.SECOND_CLASS));
        type("#sent-posted", "4/12/2026");
        press("#letters-save");
        waitUntil("saved", () -> interactAndGet(() -> table.getItems().size() == before + 1));
        // Passed through: the page read afresh, then another page.
        press("#nav-overview");
        press("#nav-letters");
        waitUntil("the letters read again", () -> interactAndGet(() -> !table.getItems().isEmpty()));
        press("#nav-calls");
        type("#call-said", "They said the payment was taken on the 3rd.");
        waitUntil("the call's typing kept", () -> new TypingDrafts(dataFolder, LATE).all().keySet().stream()
                .anyMatch(key -> key.startsWith("call/")));
        List<String> kept = List.copyOf(new TypingDrafts(dataFolder, LATE).all().keySet());
        assertEquals(1, kept.size(), "only the call's typing is kept, nothing of the letter saved: " + kept);
    }
}
