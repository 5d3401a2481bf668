package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * The received-letter form asks "Does this letter say it is the CMS's final response to your complaint?" of a reply
 * to the parent's complaint (and of a letter linked to nothing while it is open: UnlinkedLetterQuestionsTest), and
 * saves the answer chosen: nothing typed in the summary decides it. The parent's
 * complaint was posted on 2 Nov 2026; today is 22 Nov 2026.
 */
class FinalResponseQuestionTest extends WithAPage {

    @BeforeEach
    void open() {
        long caseId = harness.currentCase.get().id();
        LocalDate posted = LocalDate.of(2026, 11, 2);
        harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
    }

    private boolean asked() {
        // Its row (label, field and hint) is shown or hidden as one: the field's own cell says which.
        return interactAndGet(() -> lookup("#received-final-response").query().getParent().isVisible());
    }

    @Test
    void askedOnlyOfAReplyToTheComplaintAndTheAnswerIsSaved() {
        press("#letters-new-received");
        type("#received-summary", "Complaint acknowledged. Final response: no action needed");
        assertTrue(asked(), "linked to nothing while the complaint waits for its final response: asked all the "
                + "same (UnlinkedLetterQuestionsTest)");
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        interact(() -> answers.setValue(answers.getItems().stream().filter(Objects::nonNull).findFirst()
                .orElseThrow()));
        waitUntil("asked of a reply to the complaint", this::asked);
        @SuppressWarnings("unchecked")
        ComboBox<FinalResponseAnswer> question = (ComboBox<FinalResponseAnswer>) lookup("#received-final-response")
                .query();
        assertEquals(null, interactAndGet(question::getValue), "nothing chosen for the parent");
        interact(() -> question.setValue(FinalResponseAnswer.NO));
        press("#letters-save");
        long caseId = harness.currentCase.get().id();
        waitUntil("saved", () -> harness.services.receivedLetters.letters(caseId).size() == 1);
        var saved = harness.services.receivedLetters.letters(caseId).get(0);
        assertEquals(Optional.of(FinalResponseAnswer.NO), saved.finalResponse());
        assertFalse(saved.isSaidFinalResponse(), "the parent's No, whatever the summary says");
        assertTrue(saved.inReplyTo().isPresent());
    }
}
