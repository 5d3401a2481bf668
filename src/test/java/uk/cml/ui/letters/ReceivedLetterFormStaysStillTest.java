package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * The received-letter form, with the parent's complaint waiting for the CMS's final response: choosing that letter
 * under "A reply to" took away the note about the open complaint above the next question, so the question moved up
 * by the note's height and the parent's next click landed on another field (reviewer, 5 Dec 2026). The note's room is
 * kept while a complaint is open, shown or not: the next question stays where it was.
 */
class ReceivedLetterFormStaysStillTest extends WithAPage {

    long complaintId;

    @BeforeEach
    void open() {
        long caseId = harness.currentCase.get().id();
        LocalDate posted = LocalDate.of(2026, 11, 2);
        complaintId = harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private double sceneY(String id) {
        return interactAndGet(() -> {
            Node node = lookup(id).query();
            return node.localToScene(node.getLayoutBounds()).getMinY();
        });
    }

    @Test
    void theNextQuestionStaysWhereItWasOnChoosingTheLetterItAnswers() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
        press("#letters-new-received");
        type("#received-summary", "Letter from a senior manager");
        waitUntil("the note about the open complaint shows",
                () -> interactAndGet(() -> lookup("#received-open-complaint").query().isVisible()));
        double before = sceneY("#received-acknowledgement");
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        interact(() -> answers.setValue(answers.getItems().stream()
                .filter(l -> l != null && l.id() == complaintId).findFirst().orElseThrow()));
        waitUntil("the note goes", () -> !interactAndGet(() -> lookup("#received-open-complaint").query()
                .isVisible()));
        assertTrue(interactAndGet(() -> lookup("#received-acknowledgement").query().getParent().isVisible()),
                "still asked");
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(before, sceneY("#received-acknowledgement"), 0.5, "the next question's y");
        assertFalse(interactAndGet(() -> lookup("#received-open-complaint").query().isVisible()));
    }
}
