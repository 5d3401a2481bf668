package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * A reply logged as arriving before the letter it answers could have arrived was taken without a word (the
 * reviewer's complaint posted 5 Dec 2026, deemed delivered 8 Dec, its reply logged as arriving 5 Dec). Now a calm
 * warning shows under "A reply to", and the save still goes through: the parent may have the dates right. Here the
 * complaint is posted 1st class on Monday 16 Nov 2026, so it counts as delivered on Wednesday 18 Nov; today is
 * 22 Nov 2026.
 */
class ReplyBeforeDeliveryTest extends WithAPage {

    @BeforeEach
    void open() {
        long caseId = harness.currentCase.get().id();
        LocalDate posted = LocalDate.of(2026, 11, 16);
        harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
    }

    private String warning() {
        return interactAndGet(() -> lookup("#received-answers-early").tryQuery().map(n -> (Label) n)
                .filter(Label::isVisible).map(Label::getText).orElse(""));
    }

    @Test
    void aReplyBeforeTheLetterCountsAsDeliveredIsPointedOutAndStillSaved() {
        press("#letters-new-received");
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        type("#received-on", "16/11/2026");
        waitUntil("the complaint is offered", () -> interactAndGet(() -> answers.getItems().stream()
                .anyMatch(Objects::nonNull)));
        interact(() -> answers.setValue(answers.getItems().stream().filter(Objects::nonNull).findFirst()
                .orElseThrow()));
        waitUntil("the warning shows", () -> !warning().isEmpty());
        assertEquals("This letter arrived on 16 Nov 2026, before your letter of 16 Nov 2026 counts as delivered "
                + "(18 Nov 2026). A reply usually comes after that. If the dates are right, save it as it is; if "
                + "not, check the date it arrived and the letter it answers.", warning());
        type("#received-on", "18/11/2026");
        waitUntil("from the day it counts as delivered, nothing is said", () -> warning().isEmpty());
        type("#received-on", "17/11/2026");
        waitUntil("the warning shows again", () -> !warning().isEmpty());
        press("#letters-save");
        waitUntil("saved all the same", () -> harness.services.receivedLetters.letters(
                harness.currentCase.get().id()).size() == 1);
        assertFalse(harness.services.receivedLetters.letters(harness.currentCase.get().id()).get(0).inReplyTo()
                .isEmpty());
    }
}
