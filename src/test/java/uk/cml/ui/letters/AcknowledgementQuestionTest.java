package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * The received-letter form asks "Does this letter only say the CMS has received your complaint?" of a reply to the
 * parent's complaint (and of a letter linked to nothing while the complaint is open: UnlinkedLetterQuestionsTest),
 * with nothing chosen, and saves the answer chosen: nothing typed in the summary decides it.
 * A Yes there puts the final-response question away (a letter that only acknowledges is not the final response); a
 * letter that already held a Yes to that question cannot be saved with both. The parent's complaint was posted on
 * 2 Nov 2026; today is 22 Nov 2026.
 */
class AcknowledgementQuestionTest extends WithAPage {

    long complaintId;

    @BeforeEach
    void open() {
        LocalDate posted = LocalDate.of(2026, 11, 2);
        complaintId = harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private void openPage() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
    }

    private boolean asked(String id) {
        // Its row (label, field and hint) is shown or hidden as one: the field's own cell says which.
        return interactAndGet(() -> lookup(id).query().getParent().isVisible());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> box(String id) {
        return (ComboBox<T>) lookup(id).query();
    }

    private String errorText() {
        return interactAndGet(() -> lookup("#received-acknowledgement-error").queryAs(Label.class).getText());
    }

    private ReceivedLetter saved() {
        waitUntil("saved", () -> harness.services.receivedLetters.letters(caseId).size() == 1);
        return harness.services.receivedLetters.letters(caseId).get(0);
    }

    @Test
    void askedOnlyOfAReplyToTheComplaintAndYesPutsTheFinalResponseQuestionAway() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "Reply to my complaint: not upheld");
        assertTrue(asked("#received-acknowledgement"), "linked to nothing while the complaint waits for its final "
                + "response: asked all the same (UnlinkedLetterQuestionsTest)");
        ComboBox<SentLetter> answers = box("#received-answers");
        interact(() -> answers.setValue(answers.getItems().stream().filter(Objects::nonNull).findFirst()
                .orElseThrow()));
        waitUntil("asked of a reply to the complaint", () -> asked("#received-acknowledgement"));
        ComboBox<AcknowledgementAnswer> question = box("#received-acknowledgement");
        assertEquals(null, interactAndGet(question::getValue), "nothing chosen for the parent");
        assertTrue(asked("#received-final-response"), "both questions, until the parent answers");
        interact(() -> question.setValue(AcknowledgementAnswer.YES));
        waitUntil("a letter that only acknowledges is not asked about a final response",
                () -> !asked("#received-final-response"));
        interact(() -> question.setValue(AcknowledgementAnswer.NO));
        waitUntil("asked again", () -> asked("#received-final-response"));
        interact(() -> question.setValue(AcknowledgementAnswer.YES));
        press("#letters-save");
        ReceivedLetter letter = saved();
        assertEquals(Optional.of(AcknowledgementAnswer.YES), letter.acknowledgement());
        assertEquals(Optional.empty(), letter.finalResponse(), "not asked, not kept");
        assertTrue(letter.isSaidAcknowledgementOnly(), "the parent's Yes, whatever the summary says");
    }

    @Test
    void theParentsNoIsSavedWhateverTheSummarySays() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "ack letter");
        ComboBox<SentLetter> answers = box("#received-answers");
        interact(() -> answers.setValue(answers.getItems().stream().filter(Objects::nonNull).findFirst()
                .orElseThrow()));
        waitUntil("asked", () -> asked("#received-acknowledgement"));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.NO));
        press("#letters-save");
        ReceivedLetter letter = saved();
        assertEquals(Optional.of(AcknowledgementAnswer.NO), letter.acknowledgement());
        assertFalse(letter.isSaidAcknowledgementOnly());
    }

    @Test
    void aYesPutsAwayTheNoOrNotSureTheLetterHeldToTheFinalResponseQuestion() {
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Letter about my complaint",
                Optional.empty(), Optional.of(complaintId), Optional.of(FinalResponseAnswer.NOT_SURE)),
                Optional.empty());
        openPage();
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "Letter about my complaint".equals(text("#received-summary")));
        assertTrue(asked("#received-final-response"));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        waitUntil("no final-response question for an acknowledgement", () -> !asked("#received-final-response"));
        press("#letters-save");
        waitUntil("saved", () -> harness.services.receivedLetters.letters(caseId).get(0).acknowledgement()
                .isPresent());
        ReceivedLetter now = harness.services.receivedLetters.letters(caseId).get(0);
        assertEquals(Optional.empty(), now.finalResponse(), "not asked, not kept (the earlier version keeps it)");
        assertTrue(now.isSaidAcknowledgementOnly());
    }

    @Test
    void aLetterCannotBeSavedAsBothTheFinalResponseAndOnlyAnAcknowledgement() {
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Letter about my complaint",
                Optional.empty(), Optional.of(complaintId), Optional.of(FinalResponseAnswer.YES)), Optional.empty());
        openPage();
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "Letter about my complaint".equals(text("#received-summary")));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        assertTrue(asked("#received-final-response"), "its Yes is never kept out of sight");
        press("#letters-save");
        waitUntil("refused beside the question", () -> !errorText().isBlank());
        assertTrue(errorText().contains("is not the CMS's final response"));
        ReceivedLetter kept = harness.services.receivedLetters.letters(caseId).get(0);
        assertEquals(Optional.empty(), kept.acknowledgement(), "nothing saved");
        interact(() -> this.<FinalResponseAnswer>box("#received-final-response").setValue(FinalResponseAnswer.NO));
        press("#letters-save");
        waitUntil("saved once one answer changes", () -> harness.services.receivedLetters.letters(caseId).get(0)
                .acknowledgement().isPresent());
        ReceivedLetter now = harness.services.receivedLetters.letters(caseId).get(0);
        assertEquals(Optional.of(FinalResponseAnswer.NO), now.finalResponse());
        assertTrue(now.isSaidAcknowledgementOnly());
    }
}
