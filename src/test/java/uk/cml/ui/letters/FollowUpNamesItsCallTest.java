package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.WithAPage;

/**
 * A letter the parent logs by hand as a follow-up to a call asks which call it follows up: the case's calls, newest
 * first, nothing chosen for the parent; the call chosen is saved as the letter's link to it, and changed later as a
 * correction. Before, such a letter named no call, and the letters guessed one by its date.
 */
class FollowUpNamesItsCallTest extends WithAPage {

    static final String EARLIER = "10 Nov 2026, 10:15: I called the CMS (Priya)";
    static final String LATER = "18 Nov 2026, 14:05: The CMS called me (Tom)";

    private long call(LocalDateTime at, CallDirection direction, String spokeTo) {
        return harness.services.calls.add(new Call(0, harness.currentCase.get().id(), at, direction, "", spokeTo, "",
                "", "", "", Optional.empty(), "", Optional.empty(), false, false, null));
    }

    private void choose(String words) {
        press("#sent-follows-call");
        waitUntil("the calls drop down", () -> lookup(node -> node instanceof ListCell<?> cell
                && words.equals(cell.getText())).tryQuery().isPresent());
        click(lookup(node -> node instanceof ListCell<?> cell && words.equals(cell.getText())).query());
    }

    @Test
    void aFollowUpLoggedByHandSavesTheCallTheParentChooses() throws Exception {
        long earlier = call(LocalDateTime.of(2026, 11, 10, 10, 15), CallDirection.I_CALLED, "Priya");
        long later = call(LocalDateTime.of(2026, 11, 18, 14, 5), CallDirection.CMS_CALLED, "Tom");
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> {
            harness.show(page);
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
        });
        press("#letters-new-sent");
        ComboBox<LetterKind> kind = waitFor("#sent-kind");
        ComboBox<SentLetterForm.FollowedCall> follows = lookup("#sent-follows-call").query();
        assertFalse(interactAndGet(follows::isVisible), "asked only for a follow-up to a call");
        interact(() -> kind.setValue(LetterKind.FOLLOW_UP_TO_CALL));
        assertTrue(interactAndGet(follows::isVisible));
        assertEquals(List.of(LATER, EARLIER, "None of these calls"), interactAndGet(() -> follows.getItems().stream()
                .map(SentLetterForm.FollowedCall::name).toList()), "newest first, then none of them");
        assertNull(interactAndGet(follows::getValue), "nothing chosen for the parent");
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "letters-follow-up-call-unchosen.png");
        type("#sent-subject", "Confirming my call");
        type("#sent-to-name", "Child Maintenance Service");
        choose(EARLIER);
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "letters-follow-up-call-chosen.png");
        press("#letters-save");
        long caseId = harness.currentCase.get().id();
        waitUntil("the letter is saved", () -> harness.services.sentLetters.letters(caseId).size() == 1);
        // The page too: opened again before the save's lists were read back, the letter was closed by them.
        waitUntil("the lists show it", () -> lookup("#letters-sent-table").query().getScene() != null
                && lookup("#letters-sent-table").queryTableView().getItems().size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(caseId).get(0);
        assertEquals(Optional.of(earlier), saved.confirmsCall(), "linked to the call chosen");

        // Opened again, it shows its call; the parent corrects it to the other.
        interact(() -> page.show(new uk.cml.ui.shell.Destination.LettersSelecting(saved.id())));
        waitUntil("the letter opens with its call", () -> interactAndGet(() -> follows.getValue() != null
                && EARLIER.equals(follows.getValue().name())));
        choose(LATER);
        press("#letters-save");
        waitUntil("the correction is saved", () -> harness.services.sentLetters.find(saved.id()).orElseThrow()
                .confirmsCall().equals(Optional.of(later)));
    }

    @Test
    void aFollowUpSavedWithNoCallChosenNamesNone() {
        call(LocalDateTime.of(2026, 11, 10, 10, 15), CallDirection.I_CALLED, "Priya");
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        ComboBox<LetterKind> kind = waitFor("#sent-kind");
        interact(() -> kind.setValue(LetterKind.FOLLOW_UP_TO_CALL));
        type("#sent-subject", "About my call");
        type("#sent-to-name", "Child Maintenance Service");
        press("#letters-save");
        long caseId = harness.currentCase.get().id();
        waitUntil("the letter is saved", () -> harness.services.sentLetters.letters(caseId).size() == 1);
        assertEquals(Optional.empty(), harness.services.sentLetters.letters(caseId).get(0).confirmsCall(),
                "optional: nothing chosen, no call named");
    }
}
