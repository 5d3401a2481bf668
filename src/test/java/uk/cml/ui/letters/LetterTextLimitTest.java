package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import uk.cml.ui.WithAPage;

/**
 * A letter logged by hand had no limit on its texts: a subject, a name or a summary pasted far too long was saved
 * whole. Each is now named beside its field, whole, and nothing is saved.
 */
class LetterTextLimitTest extends WithAPage {

    private void paste(String id, String text) {
        TextInputControl field = lookup(id).queryTextInputControl();
        interact(() -> field.setText(text));
    }

    @Test
    void aSentLettersSubjectTooLongIsNamedBesideItAndNothingIsSaved() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        type("#sent-written", "19/11/2026");
        paste("#sent-subject", "s".repeat(201));
        type("#sent-to-name", "Child Maintenance Service");
        press("#letters-save");

        waitUntil("the subject is explained", () -> textOf("#sent-subject-error")
                .equals("This is too long: it has 201 characters and the limit is 200. Shorten it."));
        assertEquals(0, harness.services.sentLetters.letters(harness.currentCase.get().id()).size());
    }

    @Test
    void aReceivedLettersSummaryTooLongIsNamedBesideItAndNothingIsSaved() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-received");
        type("#received-on", "19/11/2026");
        type("#received-from", "Child Maintenance Service");
        paste("#received-summary", "s".repeat(5_001));
        press("#letters-save");

        waitUntil("the summary is explained", () -> textOf("#received-summary-error")
                .equals("This is too long: it has 5,001 characters and the limit is 5,000. Shorten it."));
        assertEquals(0, harness.services.receivedLetters.letters(harness.currentCase.get().id()).size());
    }

    private String textOf(String id) {
        return lookup(id).queryLabeled().getText();
    }
}
