package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.WithAPage;

/**
 * A CMS letter that is a decision (a write-off proposal, a calculation, a refusal) is logged as one on the Letters
 * page: the form suggests the kind from the summary until the parent chooses, asks for the date on the letter
 * beside the field, and saves the decision with the letter, so "Where things stand" counts its limit from that date
 * and a reply to it is the letter's reply. Before, the decision had to be typed again on "Where things stand", and a
 * reply made from there left the letter showing "No reply logged".
 */
class ReceivedLetterDecisionTest extends WithAPage {

    private long caseId() {
        return interactAndGet(() -> harness.currentCase.get().id());
    }

    private List<Decision> decisions() {
        return harness.services.standing.decisions(caseId());
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Decision.Kind> kind() {
        return lookup("#received-decision").queryAs(ComboBox.class);
    }

    private String status() {
        Label status = lookup("#letters-status").queryAs(Label.class);
        return interactAndGet(status::getText);
    }

    @Test
    void aWriteOffProposalIsSuggestedNeedsItsDateAndIsSavedAsTheDecisionWithTheLetter() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        type("#received-on", "14/10/2026");
        type("#received-summary", "They propose to write off £250.00 of the arrears.");
        assertEquals(Decision.Kind.WRITE_OFF, interactAndGet(() -> kind().getValue()), "suggested from the summary");

        press("#letters-save");
        Label problem = waitFor("#received-decision-error");
        waitUntil("the missing date is said", () -> interactAndGet(problem::isVisible));
        assertEquals("Type the date on the letter: the time limit counts from it.", interactAndGet(problem::getText));
        assertEquals(List.of(), harness.services.receivedLetters.letters(caseId()), "nothing saved");

        type("#received-dated", "10/10/2026");
        press("#letters-save");
        waitUntil("the letter is saved", () -> harness.services.receivedLetters.letters(caseId()).size() == 1);
        long letterId = harness.services.receivedLetters.letters(caseId()).get(0).id();
        assertEquals(1, decisions().size());
        Decision decision = decisions().get(0);
        assertEquals(Decision.Kind.WRITE_OFF, decision.kind());
        assertEquals(LocalDate.of(2026, 10, 10), decision.dated(), "dated as the letter is");
        assertEquals(Optional.of(letterId), decision.fromLetter());
        waitUntil("the status line says where it went", () -> status().equals("Saved. It is now on \"Where it "
                + "stands\" as a proposal to write off arrears. Where it stands shows the time limit."));

        // Opened again it shows what it was logged as; "No" takes the decision off, and the status line says so.
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> interactAndGet(() -> kind().getValue()) == Decision.Kind.WRITE_OFF);
        interact(() -> kind().setValue(null));
        press("#letters-save");
        waitUntil("the decision is gone", () -> decisions().isEmpty());
        waitUntil("the status line says so", () -> status().endsWith("It is no longer counted as a decision on "
                + "\"Where it stands\"."));
    }

    @Test
    void theParentsOwnChoiceStaysWhateverTheSummarySays() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        type("#received-summary", "New calculation: £45 a week");
        assertEquals(Decision.Kind.CALCULATION, interactAndGet(() -> kind().getValue()));
        interact(() -> kind().setValue(null));
        type("#received-summary", "New calculation: £45 a week from 1 November");
        assertEquals(null, interactAndGet(() -> kind().getValue()), "the parent said it is not one");
    }
}
