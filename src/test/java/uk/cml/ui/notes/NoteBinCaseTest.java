package uk.cml.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.WithAPage;

/**
 * A note being corrected stays open when another case is chosen (so it can be saved back in its own case), but it is
 * moved to the bin only while its own case is shown, as on the Calls, Letters and Payments pages.
 */
class NoteBinCaseTest extends WithAPage {

    @BeforeEach
    void open() {
        NotesView page = new NotesView(harness.services.notes, harness.background, CLOCK, harness.currentCase);
        show(page);
        waitFor("#note-text");
    }

    private boolean binDisabled() {
        return lookup("#note-bin").query().isDisabled();
    }

    @Test
    void aNoteBeingCorrectedCannotBeBinnedWhileAnotherCaseIsShown() {
        CaseFile first = interactAndGet(harness.currentCase::get);
        CaseFile other = harness.anotherCase();
        type("#note-text", "Jordan texted to say the money would come on Friday.");
        press("#note-save");
        waitUntil("the saved note is open", () -> harness.services.notes.notes(first.id()).size() == 1
                && !binDisabled());
        type("#note-text", "Jordan texted to say the money would come next Friday.");

        interact(() -> harness.currentCase.set(other));
        assertEquals("Jordan texted to say the money would come next Friday.", text("#note-text"),
                "the correction stays");
        assertTrue(binDisabled(), "Jordan Reed's note is not binned from Alex Morgan's case");
        press("#note-bin");
        assertEquals(1, harness.services.notes.notes(first.id()).size(), "still in its own case's records");

        interact(() -> harness.currentCase.set(first));
        waitUntil("back in its own case, it can be moved to the bin", () -> !binDisabled());
        press("#note-bin");
        waitUntil("moved to the bin", () -> harness.services.notes.notes(first.id()).isEmpty());
    }
}
