package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * Noticed by a coder: the "To" drop-down said "Choose from the address book" the first time the sent-letter form
 * opened, and nothing the second time.
 */
@ExtendWith(ApplicationExtension.class)
class SentLetterFormToPromptTest extends AppRobot {

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    /** What the drop-down's box shows: the text of its button cell, the prompt when nothing is chosen. */
    private String shown() {
        ComboBox<?> to = waitFor("#sent-to");
        return interactAndGet(() -> to.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?>)
                .map(n -> ((ListCell<?>) n).getText()).filter(t -> t != null && !t.isEmpty()).findFirst()
                .orElse(""));
    }

    @Test
    void theToDropDownAsksEachTimeTheFormOpens() throws Exception {
        harness = new PageHarness(dataFolder);
        harness.services.addressBook.save(new uk.cml.domain.addressbook.AddressBookEntry(0,
                uk.cml.domain.addressbook.AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL14 9BE", "GL14 9BE", "", java.util.Optional.empty(),
                java.util.Optional.empty(), ""));
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> harness.show(page));
        press("#letters-new-sent");
        assertEquals("Choose from the address book", shown(), "the first time");
        @SuppressWarnings("unchecked")
        ComboBox<Object> to = lookup("#sent-to").query();
        waitUntil("the address book read", () -> interactAndGet(() -> !to.getItems().isEmpty()));
        interact(() -> to.setValue(to.getItems().get(0)));
        press("#letters-back");
        press("#letters-lose-typing");
        press("#letters-new-sent");
        assertEquals("Choose from the address book", shown(), "the second time");
    }
}
