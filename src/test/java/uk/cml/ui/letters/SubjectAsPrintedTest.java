package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.WithAPage;

/**
 * Reviewer: the letter asking the CMS to enforce the arrears, made by the app, read "Child maintenance that has not
 * reached me" in the Letters list and in its PDF (the heading printed), while its form said Subject "Enforcement
 * request to CMS" (the name the app logs the letter under, to know which letter it made). The form shows the
 * heading printed, as the list does; saved unchanged, the letter keeps the name it was logged under and its heading,
 * so it is still known as the app's letter, listed by its heading.
 */
class SubjectAsPrintedTest extends WithAPage {

    private static final String PRINTED = "Child maintenance that has not reached me";

    @Test
    void theFormsSubjectIsTheHeadingPrintedAndSavingKeepsTheLetterAsTheAppMadeIt() {
        LetterTemplate enforcement = LetterTemplates.ENFORCEMENT_REQUEST;
        assertNotEquals(PRINTED, enforcement.fileTitle(), "the name it is logged under is not the heading printed");
        long id = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 18),
                Optional.empty(), new Recipient(Optional.empty(), "Child Maintenance Service 21",
                "Mail Handling Site A\nWolverhampton\nWV98 2BU"), enforcement.fileTitle(),
                ReplyDates.kind(enforcement), Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()).madeWith(PRINTED, ""));

        show(LettersPages.open(harness, CLOCK));
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        assertTrue(interactAndGet(() -> sent.getItems().get(0).title()).startsWith(PRINTED), "listed by its heading");
        interact(() -> sent.getSelectionModel().select(0));
        TextInputControl subject = waitFor("#sent-subject");
        waitUntil("the form is filled in", () -> !interactAndGet(subject::getText).isEmpty());
        assertEquals(PRINTED, interactAndGet(subject::getText), "the form's subject is the heading printed");

        // Its posting recorded, the subject left as shown: still the app's letter, with its heading.
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        interact(() -> method.setValue(PostingMethod.FIRST_CLASS));
        type("#sent-posted", "19/11/2026");
        press("#letters-save");
        waitUntil("saved as posted", () -> harness.services.sentLetters.letters(caseId).stream()
                .anyMatch(l -> l.id() == id && l.posted().isPresent()));
        SentLetter kept = harness.services.sentLetters.letters(caseId).stream().filter(l -> l.id() == id)
                .findFirst().orElseThrow();
        assertEquals(enforcement.fileTitle(), kept.subject(), "logged under the same name: known as the app's letter");
        assertEquals(PRINTED, kept.heading(), "its heading kept");
        assertEquals(Optional.of(enforcement), LetterTemplates.madeAs(kept.subject()));

        // Retyped by the parent, the subject is theirs.
        interact(() -> sent.getSelectionModel().select(0));
        waitUntil("the form is filled in again", () -> PRINTED.equals(interactAndGet(subject::getText)));
        interact(() -> subject.setText("Asked the CMS to collect what Jordan owes"));
        press("#letters-save");
        waitUntil("saved with the parent's subject", () -> harness.services.sentLetters.letters(caseId).stream()
                .anyMatch(l -> l.id() == id && l.subject().equals("Asked the CMS to collect what Jordan owes")));
    }
}
