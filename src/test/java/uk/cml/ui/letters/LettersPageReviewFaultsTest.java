package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/** Faults on the Letters page found by reviewers, tried on real records in a window of its own. */
class LettersPageReviewFaultsTest extends WithAPage {

    /**
     * A letter made in the app keeps the name and address it printed, not the address book entry's id; opened, the
     * form shows that entry chosen. Saved with nothing changed, the entry's id went into the record: "Saved. Undo"
     * and an earlier version, where every other save of the same answers says nothing changed and records nothing.
     */
    @Test
    void aLetterMadeInTheAppSavedUnchangedRecordsNothing() {
        long caseId = harness.currentCase.get().id();
        AddressBookEntry cms = harness.services.addressBook.byRole(AddressBookEntry.Role.CMS_GENERAL).orElseThrow();
        uk.cml.letters.templates.LetterFacts.Contact printed = uk.cml.letters.templates.CaseFacts.recipient(cms);
        long id = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 10, 23),
                Optional.empty(), new Recipient(Optional.empty(), printed.name(), String.join("\n",
                printed.addressLines())), "Request for arrears breakdown", LetterKind.REQUEST_FOR_INFORMATION,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        ComboBox<AddressBookEntry> to = waitFor("#sent-to");
        waitUntil("the entry it was made for is shown", () -> to.getValue() != null && to.getValue().id() == cms.id());

        press("#letters-save");
        Label status = lookup("#letters-status").query();
        waitUntil("the save is answered", () -> !interactAndGet(status::getText).isEmpty());
        assertEquals("Nothing has changed since you saved it.", interactAndGet(status::getText));
        assertTrue(harness.services.sentLetters.earlierVersions(id).isEmpty(), "nothing recorded");
        assertEquals(Optional.empty(), harness.services.sentLetters.find(id).orElseThrow().to().addressBookId());
    }

    /**
     * A complaint logged as sent to the other parent: the CMS's target to reply to a complaint in 15 working days is
     * the CMS's, for letters to the CMS or ICE only. The reply the form suggests is the app's own, for any letter.
     */
    @Test
    void aComplaintToTheOtherParentIsNotGivenTheCmsTarget() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        type("#sent-written", "02/11/2026");
        type("#sent-subject", "Complaint about the missed payments");
        type("#sent-to-name", "Jordan Reed");
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        ComboBox<LetterKind> kind = lookup("#sent-kind").query();
        interact(() -> {
            method.setValue(PostingMethod.FIRST_CLASS);
            kind.setValue(LetterKind.COMPLAINT);
        });
        type("#sent-posted", "02/11/2026");
        Label hint = lookup("#sent-reply-by-suggestion").query();
        waitUntil("a reply date suggested", () -> interactAndGet(hint::getText).startsWith("Suggested"));
        String toTheOtherParent = interactAndGet(hint::getText);
        assertFalse(toTheOtherParent.contains("15 working days"), toTheOtherParent);
        // Not the CMS's target: the request rule, as the app's own letter to the other parent prints.
        assertTrue(toTheOtherParent.contains("10 working days"), toTheOtherParent);

        // The same complaint to the CMS: its target.
        type("#sent-to-name", "Child Maintenance Service");
        waitUntil("the CMS's target", () -> interactAndGet(hint::getText).contains("15 working days"));
    }
}
