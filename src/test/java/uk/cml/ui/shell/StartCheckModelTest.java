package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.safety.AnchorRestart;
import uk.cml.safety.CheckReport;
import uk.cml.safety.Fingerprint;

/** What the banner of the check made after opening says, and when it says nothing: without a window. */
class StartCheckModelTest {

    private static final String CHANGED = "The payment recorded on 8 Dec 2023 (number 1) was changed outside the app. "
            + "What the app saved, and what the records file says now:\nAmount: was £43.21, now £4.32";
    private static final String FILE = "The file receipt.jpg has been changed since it was stored.";
    private static final String SAFEGUARDS = "The safeguards of the payments were missing when the app opened on "
            + "1 Dec 2026 at 09:00.";

    private static CheckReport report(List<String> problems) {
        return new CheckReport(problems, List.of("A detail to correct."), List.of("A plan to check."), 12, 10, 1,
                new Fingerprint("ab".repeat(32), 12));
    }

    @Test
    void everythingMatchesSaysNothing() {
        StartCheckModel model = new StartCheckModel(false);
        assertEquals(StartCheckModel.State.WAITING, model.state().get());
        model.checked(report(List.of()), List.of());
        assertEquals(StartCheckModel.State.NOTHING_TO_TELL, model.state().get());
        assertFalse(model.shown().get(), "advice alone (details, plans) is not a mismatch");
        assertEquals("", model.found().get());
    }

    @Test
    void oneThingNotMatchingIsToldWithWhatToDo() {
        StartCheckModel model = new StartCheckModel(false);
        model.checked(report(List.of(CHANGED)), List.of());
        assertEquals(StartCheckModel.State.TO_TELL, model.state().get());
        assertTrue(model.shown().get());
        assertEquals("Something in your records does not match their history", model.heading().get());
        assertTrue(model.found().get().contains("found one thing that does not match:"), model.found().get());
        assertEquals(CHANGED, model.finding().get(), "the record, and its value in the history against the value now");
        assertTrue(model.whatToDo().get().contains("nothing has been changed"), model.whatToDo().get());
        assertTrue(model.whatToDo().get().contains("If you did not make this change yourself, open Check records"),
                model.whatToDo().get());
        assertEquals(List.of(CHANGED), model.untold());
        assertTrue(model.report().isPresent());

        model.hide();
        assertFalse(model.shown().get());
        assertEquals(StartCheckModel.State.TO_TELL, model.state().get());
    }

    @Test
    void severalThingsAreCountedAndTheFirstNamed() {
        StartCheckModel model = new StartCheckModel(false);
        model.checked(report(List.of(FILE, CHANGED)), List.of());
        assertTrue(model.found().get().contains("found 2 things that do not match. The first:"), model.found().get());
        assertEquals(FILE, model.finding().get());
        assertTrue(model.whatToDo().get().contains("If you did not make these changes yourself"),
                model.whatToDo().get());
    }

    @Test
    void aRecordWithManyFieldsChangedShowsTheFirstFewAndSaysHowManyMore() {
        String many = "The payment recorded on 8 Dec 2023 (number 1) was changed outside the app. What the app saved, "
                + "and what the records file says now:\n    Amount: was £43.21, now £4.32\n    Paid on: was 8 Dec 2023, "
                + "now 9 Dec 2023\n    Reference: was “A”, now “B”\n    Note: was “x”, now “y”\n    Method: was Cash, "
                + "now Cheque";
        StartCheckModel model = new StartCheckModel(false);
        model.checked(report(List.of(many)), List.of());
        String finding = model.finding().get();
        assertTrue(finding.startsWith("The payment recorded on 8 Dec 2023 (number 1) was changed outside the app. "
                + "What the app saved, and what the records file says now:\n    Amount: was £43.21, now £4.32\n"
                + "    Paid on: was 8 Dec 2023, now 9 Dec 2023\n    Reference: was “A”, now “B”\n"), finding);
        assertFalse(finding.contains("Note: was"), finding);
        assertTrue(finding.endsWith("And 2 more, listed in Check records."), finding);
    }

    @Test
    void whatAStartToldWhenItFoundItIsNotToldAgain() {
        StartCheckModel model = new StartCheckModel(false);
        model.checked(report(List.of(SAFEGUARDS)), List.of(SAFEGUARDS));
        assertFalse(model.shown().get(), "every check repeats it; the start it was found at told it");
        assertEquals(StartCheckModel.State.NOTHING_TO_TELL, model.state().get());

        model = new StartCheckModel(false);
        model.checked(report(List.of(SAFEGUARDS, FILE)), List.of(SAFEGUARDS));
        assertTrue(model.shown().get());
        assertEquals(List.of(FILE), model.untold());
        assertTrue(model.found().get().contains("found one thing"), model.found().get());
    }

    @Test
    void nothingWhenThisStartAlreadyToldOfTheRecords() {
        StartCheckModel model = new StartCheckModel(true);
        model.checked(report(List.of(CHANGED)), List.of());
        assertFalse(model.shown().get(), "the start's notice already sends the parent to Check records");
        assertEquals(StartCheckModel.State.NOTHING_TO_TELL, model.state().get());
    }

    @Test
    void theAnchorStartedAgainAloneIsNotAMismatch() {
        StartCheckModel model = new StartCheckModel(false);
        model.checked(new CheckReport(List.of(), List.of(), List.of(), 12, 10, 0, new Fingerprint("ab".repeat(32), 12),
                false, List.of(new AnchorRestart("4 Dec 2026 at 17:57", 9))), List.of());
        assertFalse(model.shown().get());
    }

    @Test
    void aCheckThatCouldNotBeMadeShowsNothing() {
        StartCheckModel model = new StartCheckModel(false);
        model.couldNotCheck();
        assertEquals(StartCheckModel.State.NOT_CHECKED, model.state().get());
        assertFalse(model.shown().get());
    }
}
