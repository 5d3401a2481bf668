package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Logging a letter received, "A reply to" offers only the parent's letters it could answer: those written on or
 * before the date on it (the day it arrived when it has none). It offered letters written after it, which the save
 * then refused. The parent's letters: one of 2 Nov 2026 and one of 20 Nov 2026; today is 22 Nov 2026.
 */
class ReplyToOffersEarlierLettersTest extends WithAPage {

    @BeforeEach
    void open() {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(letter(caseId, LocalDate.of(2026, 11, 2), "Complaint about collection"));
        harness.services.sentLetters.save(letter(caseId, LocalDate.of(2026, 11, 20), "Request for arrears breakdown"));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
    }

    private static SentLetter letter(long caseId, LocalDate written, String subject) {
        return new SentLetter(0, caseId, written, Optional.of(written), new Recipient(Optional.empty(),
                "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), subject, LetterKind.OTHER,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    private List<String> offered() {
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        return interactAndGet(() -> answers.getItems().stream().filter(Objects::nonNull).map(SentLetter::subject)
                .toList());
    }

    @Test
    void onlyLettersWrittenByTheDateOnItAreOffered() {
        press("#letters-new-received");
        waitUntil("both offered while it arrived today", () -> offered().size() == 2);
        type("#received-dated", "10/11/2026");
        waitUntil("only the letter written before it", () -> offered().equals(List.of("Complaint about collection")));
        type("#received-dated", "20/11/2026");
        waitUntil("the letter of the same day too", () -> offered().size() == 2);
        type("#received-dated", "x");
        type(javafx.scene.input.KeyCode.BACK_SPACE); // the date on it rubbed out
        type("#received-on", "5/11/2026");
        waitUntil("with no date on it, by the day it arrived", () -> offered().equals(
                List.of("Complaint about collection")));
        assertEquals(List.of("Complaint about collection"), offered());
    }

    /** Chosen, then a date typed that rules it out: still there, and the save refuses it and says why. */
    @Test
    void aLetterChosenBeforeADateRulesItOutStaysAndTheSaveRefusesIt() {
        press("#letters-new-received");
        waitUntil("both offered while it arrived today", () -> offered().size() == 2);
        @SuppressWarnings("unchecked")
        ComboBox<SentLetter> answers = (ComboBox<SentLetter>) lookup("#received-answers").query();
        interact(() -> answers.setValue(answers.getItems().stream().filter(Objects::nonNull)
                .filter(l -> l.written().equals(LocalDate.of(2026, 11, 20))).findFirst().orElseThrow()));
        type("#received-dated", "10/11/2026");
        waitUntil("the date is read", () -> interactAndGet(() -> answers.getValue() != null));
        assertEquals(2, offered().size(), "the letter chosen stays offered");
        assertEquals(LocalDate.of(2026, 11, 20), interactAndGet(() -> answers.getValue().written()));
        press("#letters-save");
        waitUntil("the save refuses it", () -> interactAndGet(() -> lookup("#received-answers-error")
                .queryLabeled().getText()).startsWith("This letter's date, 10 Nov 2026, is before your letter of "
                + "20 Nov 2026"));
        assertEquals(0, harness.services.receivedLetters.letters(harness.currentCase.get().id()).size());
    }
}
