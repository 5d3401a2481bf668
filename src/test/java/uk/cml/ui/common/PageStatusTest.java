package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The rule every page's status line keeps (found by a reviewer: "Saved the payment ..." stood beside a half-typed new
 * payment, as if that were saved too): words saying what was just done stay until the parent moves on, and then go;
 * a refusal, a problem and anything else said keep their own rules. Plain state, without a window.
 */
class PageStatusTest {

    private final PageStatus status = new PageStatus();

    @Test
    void whatWasDoneStaysWhileReadAndGoesOnceTheParentMovesOn() {
        status.done("Saved.");
        assertEquals("Saved.", status.text(), "nothing takes it away by itself: no timer");
        assertTrue(status.saysDone());
        status.movedOn();
        assertEquals("", status.text());
        assertFalse(status.saysDone());
    }

    @Test
    void aSaveWithUndoGoesWithItsUndoAndItsNextStep() {
        status.sayWithUndo("Call saved.", () -> { });
        status.offer(new PageStatus.Step("call-saved-letter", "Write a letter confirming this call", () -> { }));
        status.movedOn();
        assertEquals("", status.text());
        assertFalse(status.canUndo(), "an Undo beside no words would not say what it undoes");
        assertTrue(status.next().isEmpty());
    }

    @Test
    void aRefusalStaysUntilNothingIsRed() {
        status.done("Saved.");
        status.refuse("Nothing was saved. Please check the answers marked in red.");
        status.movedOn();
        assertEquals("Nothing was saved. Please check the answers marked in red.", status.text(),
                "typing in a field still marked red does not take the refusal away");
        status.refusalPutRight();
        assertEquals("", status.text());
    }

    /**
     * Found by a reviewer: "Nothing was saved..." stayed after the parent left the form it spoke of (another tab)
     * and recorded payments elsewhere on the page. Leaving the form takes it away; a later save says its own words.
     */
    @Test
    void aRefusalGoesOnceItsFormIsLeftOrSomethingIsSaved() {
        status.refuse("Nothing was saved. Please check the answers marked in red.");
        status.formLeft();
        assertEquals("", status.text(), "the form it pointed at is no longer in view");

        status.done("Saved.");
        status.formLeft();
        assertEquals("Saved.", status.text(), "leaving a form takes away only a refusal");

        status.refuse("Nothing was saved. Please check the answers marked in red.");
        status.sayWithUndo("Recorded £43.21 for Sun 15 Nov 2026.", () -> { });
        assertEquals("Recorded £43.21 for Sun 15 Nov 2026.", status.text(), "a later save says its own words");
        status.movedOn();
        assertEquals("", status.text(), "and they go as words of a save do");
    }

    @Test
    void aProblemAndOtherWordsStayWhenTheParentMovesOn() {
        status.done("Saved.");
        status.problem(new IOException("disk full"));
        String problem = status.text();
        assertFalse(problem.isEmpty());
        status.movedOn();
        assertEquals(problem, status.text(), "a problem stays until the line says something else");

        status.say("Recorded in the app: 3 Dec 2026. Change anything and save: the earlier version is kept.");
        status.movedOn();
        assertTrue(status.text().startsWith("Recorded in the app"), "about the record open, while it is corrected");
    }

    @Test
    void theSameWordsSaidAgainAsSomethingElseAreNotTakenForWhatWasDone() {
        status.done("Saved.");
        status.say("Saved.");
        status.movedOn();
        assertEquals("Saved.", status.text());
    }
}
