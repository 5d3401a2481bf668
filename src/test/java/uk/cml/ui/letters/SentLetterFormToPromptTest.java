package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * Noticed by a coder: the "To" drop-down said "Choose from the address book" the first time the sent-letter form
 * opened, and nothing the second time.
 */
class SentLetterFormToPromptTest extends WithAPage {

    /** What the drop-down's box shows: the text of its button cell, the prompt when nothing is chosen. */
    private String shown() {
        ComboBox<?> to = waitFor("#sent-to");
        return interactAndGet(() -> to.lookupAll(".list-cell").stream().filter(n -> n instanceof ListCell<?>)
                .map(n -> ((ListCell<?>) n).getText()).filter(t -> t != null && !t.isEmpty()).findFirst()
                .orElse(""));
    }

    @Test
    void theToDropDownAsksEachTimeTheFormOpens() throws Exception {
        harness.services.addressBook.save(new uk.cml.domain.addressbook.AddressBookEntry(0,
                uk.cml.domain.addressbook.AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                "PO Box 249\nMitcheldean\nGL14 9BE", "GL14 9BE", "", java.util.Optional.empty(),
                java.util.Optional.empty(), ""));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
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
