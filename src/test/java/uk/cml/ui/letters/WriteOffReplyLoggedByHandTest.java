package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.UkDateField;

/**
 * Reported: "a hand-logged write-off reply counts its 30 days from its own delivery, not from the CMS letter it
 * answers". The CMS's letter of Mon 2 Nov 2026 proposes to write off arrears; the parent has 30 days from its date to
 * reply (to Wed 2 Dec). Their reply, logged by hand as the reply to that letter and posted Fri 20 Nov 1st class,
 * counts as delivered Tue 24 Nov. The CMS decides once the 30 days are over: the app's own reply would ask for its
 * decision by Fri 18 Dec (10 working days after a letter posted on 2 Dec counts as delivered, Fri 4 Dec), and the
 * reply logged by hand is watched to the same day, not to Thu 24 Dec (30 days from its own delivery). Posted within
 * the 30 days, it meets the limit: the Overview no longer asks for the reply.
 */
class WriteOffReplyLoggedByHandTest extends WithAPage {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/London"));

    /**
     * The same reply logged as a new letter, its kind and the proposal it answers chosen by the parent: watched to
     * Fri 18 Dec, not to Thu 24 Dec (30 days from its own delivery on Tue 24 Nov, as it was before).
     */
    @Test
    void aReplyLoggedAsItsKindWaitsFromTheProposalItAnswers() {
        proposal();
        LettersView page = LettersPages.open(harness, TODAY);
        show(page);
        waitFor("#letters-received-table");
        press("#letters-new-sent");
        ComboBox<LetterKind> kind = waitFor("#sent-kind");
        UkDateField written = lookup("#sent-written").query();
        UkDateField posted = lookup("#sent-posted").query();
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        interact(() -> {
            kind.setValue(LetterKind.WRITE_OFF_REPLY);
            written.setDate(LocalDate.of(2026, 11, 20));
            posted.setDate(LocalDate.of(2026, 11, 20));
            method.setValue(PostingMethod.FIRST_CLASS);
        });
        ComboBox<?> decision = lookup("#sent-answers-decision").query();
        interact(() -> decision.getSelectionModel().select(1));
        Label hint = waitFor("#sent-reply-by-suggestion");
        waitUntil("the posting is counted", () -> hint.getText().startsWith("Suggested:"));
        assertEquals("18 Dec 2026", text("#sent-reply-by"), hint.getText());
    }

    private long proposal() {
        long caseId = harness.currentCase.get().id();
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 2)),
                LocalDate.of(2026, 11, 5), "Child Maintenance Service",
                "We propose to write off £250.00 of the arrears. Reply within 30 days.", Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.WRITE_OFF));
        return caseId;
    }

    @Test
    void aReplyLoggedToTheProposalsLetterWaitsFromTheProposalAndMeetsItsLimit() {
        long caseId = proposal();
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertTrue(harness.services.standing.todos(caseId, monday).stream().anyMatch(t -> t.letter()
                .equals(Optional.of("write-off-reply"))), "before the reply, the Overview asks for it");

        LettersView page = LettersPages.open(harness, TODAY);
        show(page);
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the CMS letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        press("#letters-start-reply");
        ComboBox<LetterKind> kind = waitFor("#sent-kind");
        assertEquals(LetterKind.WRITE_OFF_REPLY, kind.getValue(), "a reply to the proposal's letter is that reply");
        UkDateField written = lookup("#sent-written").query();
        UkDateField posted = lookup("#sent-posted").query();
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        interact(() -> {
            lookup("#sent-subject").queryTextInputControl().setText("My reply about the write-off");
            lookup("#sent-to-name").queryTextInputControl().setText("Child Maintenance Service");
            lookup("#sent-to-address").queryTextInputControl().setText("PO Box 249\nMitcheldean\nGL17 1AJ");
            written.setDate(LocalDate.of(2026, 11, 20));
            posted.setDate(LocalDate.of(2026, 11, 20));
            method.setValue(PostingMethod.FIRST_CLASS);
        });
        Label hint = waitFor("#sent-reply-by-suggestion");
        waitUntil("the posting is counted", () -> hint.getText().startsWith("Suggested:"));
        assertEquals("18 Dec 2026", text("#sent-reply-by"), hint.getText());
        assertEquals("Suggested: 18 Dec 2026. The CMS decides only once the 30 days its letter of 2 Nov 2026 gave you "
                + "to reply are over, on 2 Dec 2026 (counted from the date on that letter, not from your reply), so 18 "
                + "Dec 2026 is the date the app's own reply asks for its decision by, counted from then. You can "
                + "change it.", interactAndGet(hint::getText));

        press("#letters-save");
        waitUntil("saved", () -> harness.services.sentLetters.letters(caseId).size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(caseId).get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 18)), saved.replyBy());
        assertEquals(LetterKind.WRITE_OFF_REPLY, saved.kind());
        List<TodoItem> todos = harness.services.standing.todos(caseId, monday);
        assertFalse(todos.stream().anyMatch(t -> t.letter().equals(Optional.of("write-off-reply"))),
                "posted within the 30 days, the reply meets its limit: " + todos);
    }
}
