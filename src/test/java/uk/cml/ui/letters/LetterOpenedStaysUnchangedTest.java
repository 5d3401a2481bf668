package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * A letter only opened is not changed: when the page reads the address book afresh (after another letter to the same
 * address was made), the "To" chosen stays chosen, and leaving the letter asks nothing (a real-window review found
 * "What you typed here is not saved yet" on a letter nobody typed in, with its "To" emptied).
 */
class LetterOpenedStaysUnchangedTest extends WithAPage {

    @Test
    void theAddressBookReadAgainLeavesTheOpenLetterAsItWas() {
        long caseId = harness.currentCase.get().id();
        AddressBookEntry cms = harness.services.addressBook.entries().stream()
                .filter(e -> e.kind() == AddressBookEntry.EntryKind.POSTAL).findFirst().orElseThrow();
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 10, 23),
                Optional.of(LocalDate.of(2026, 10, 23)), new Recipient(Optional.of(cms.id()), cms.name(),
                String.join("\n", cms.postalAddress().printedLines())), "Complaint about collection",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        ComboBox<AddressBookEntry> to = waitFor("#sent-to");
        waitUntil("its address book entry is chosen", () -> to.getValue() != null && to.getValue().id() == cms.id());

        // The entry is checked against GOV.UK again: the page reads the address book afresh.
        harness.services.addressBook.save(new AddressBookEntry(cms.id(), cms.kind(), cms.name(), cms.details(),
                cms.postcode(), cms.notes(), cms.role(), Optional.of(LocalDate.of(2026, 11, 22)), cms.source()));
        interact(page::shown);
        waitUntil("the fresh entry is in the list", () -> to.getItems().stream()
                .anyMatch(e -> e.id() == cms.id() && e.lastChecked().isPresent()));
        assertEquals(cms.id(), interactAndGet(() -> to.getValue().id()), "still chosen");
        assertFalse(interactAndGet(page::holdsUnsavedTyping), "only opened: nothing to lose");
    }

    /**
     * Found by a reviewer: a letter made in the app to the CMS showed "Choose from the address book" in its "To", as
     * if it had gone to no one. The letter writer keeps the name and address it printed, not the entry's id; the
     * entry with that very name and address is the one it was made for, and is shown chosen.
     */
    @Test
    void aLetterMadeInTheAppShowsTheEntryItWasMadeFor() {
        long caseId = harness.currentCase.get().id();
        AddressBookEntry cms = harness.services.addressBook.entries().stream()
                .filter(e -> e.kind() == AddressBookEntry.EntryKind.POSTAL).findFirst().orElseThrow();
        // As the letter writer logs it (LetterWiring.written): the recipient's printed lines, no address book id.
        uk.cml.letters.templates.LetterFacts.Contact printed = uk.cml.letters.templates.CaseFacts.recipient(cms);
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 10, 23), Optional.empty(),
                new Recipient(Optional.empty(), printed.name(), String.join("\n", printed.addressLines())),
                "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        ComboBox<AddressBookEntry> to = waitFor("#sent-to");
        waitUntil("the entry it was made for is shown", () -> to.getValue() != null && to.getValue().id() == cms.id());
        assertEquals(cms.name(), text("#sent-to-name"));
        assertFalse(interactAndGet(page::holdsUnsavedTyping), "only opened: nothing to lose");
    }
}
