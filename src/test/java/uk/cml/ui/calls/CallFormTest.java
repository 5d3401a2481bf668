package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.WithAPage;

/**
 * The call form as a new user met it: a half-typed call is never cleared without asking, a corrected time loses its
 * red at once, and a call in the future gets one message, beside the field, and no question about the CMS's hours.
 * The test clock says Sunday 22 November 2026, 10:15.
 */
class CallFormTest extends WithAPage {

    CallsView page;

    @BeforeEach
    void open() {
        page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { });
        show(page);
        waitFor("#call-said");
    }

    private boolean shown(String id) {
        Node node = lookup(id).query();
        return interactAndGet(() -> node.isVisible() && node.isManaged());
    }

    private String error(String id) {
        Label label = lookup(id).queryAs(Label.class);
        return interactAndGet(() -> label.isVisible() ? label.getText() : "");
    }

    private CallDirection direction() {
        javafx.scene.control.ComboBox<?> box = lookup("#call-who-called").queryAs(javafx.scene.control.ComboBox.class);
        return (CallDirection) interactAndGet(box::getValue);
    }

    /**
     * "I called the CMS" and the helpline were filled in for every new call: a call from the CMS, skimmed past, was
     * saved as one the parent made, and the letter confirming it said "when I phoned you". Nobody is chosen now,
     * Save says so beside the field, the helpline comes only with "I called the CMS", and a saved call shows its own.
     */
    @Test
    void aNewCallHasNobodyChosenAsHavingCalledAndIsNotSavedWithoutIt() {
        assertEquals(null, direction(), "nobody chosen for the parent");
        assertEquals("", text("#call-number"), "no number before the parent says who called");
        assertEquals("Choose who called", interactAndGet(() -> lookup("#call-who-called")
                .queryAs(javafx.scene.control.ComboBox.class).getPromptText()));

        type("#call-spoke-to", "Mark");
        type("#call-said", "He said Jordan had been sent an arrears notice.");
        press("#call-save");
        assertEquals("Choose who made the call: you, or the CMS.", error("#call-who-called-error"));
        assertEquals(0, harness.services.calls.calls(harness.currentCase.get().id()).size(), "nothing saved");

        choose("#call-who-called", CallDirection.I_CALLED);
        assertEquals("", error("#call-who-called-error"), "the message goes once a choice is made");
        waitUntil("the helpline from the address book, for a call to the CMS",
                () -> "0800 171 2345".equals(text("#call-number")));
        choose("#call-who-called", CallDirection.CMS_CALLED);
        assertEquals("", text("#call-number"), "no number is made up for a call from the CMS");
        type("#call-number", "0345 000 1111");
        choose("#call-who-called", CallDirection.I_CALLED);
        assertEquals("0345 000 1111", text("#call-number"), "a number the parent typed is theirs");
        choose("#call-who-called", CallDirection.CMS_CALLED);
        press("#call-save");
        waitUntil("saved", () -> harness.services.calls.calls(harness.currentCase.get().id()).size() == 1);
        uk.cml.domain.evidence.Call saved = harness.services.calls.calls(harness.currentCase.get().id()).get(0);
        assertEquals(CallDirection.CMS_CALLED, saved.direction());
        assertEquals("0345 000 1111", saved.number());

        press("#call-new");
        waitUntil("a new call", () -> text("#call-said").isEmpty());
        assertEquals(null, direction(), "nobody chosen after a saved call either");
        assertEquals("", text("#call-number"), "nor the helpline, known by now");
        ListView<?> list = waitFor("#call-list");
        interact(() -> list.getSelectionModel().select(0));
        waitUntil("the saved call is open", () -> "Mark".equals(text("#call-spoke-to")));
        assertEquals(CallDirection.CMS_CALLED, direction(), "a saved call shows who called, as saved");
        assertEquals("0345 000 1111", text("#call-number"));
    }

    /**
     * A reviewer chose "I called the CMS", clicked in the number (the helpline, filled in without a word) and typed the
     * number: "0800 171 23450800 171 2345" was saved. Now the form says the helpline is filled in, a click selects it
     * whole so typing replaces it, and a number with too many digits is refused beside the field.
     */
    @Test
    void theHelplineFilledInIsSaidAndReplacedByTypingAndADoubledNumberIsRefused() {
        choose("#call-who-called", CallDirection.I_CALLED);
        waitUntil("the helpline filled in", () -> "0800 171 2345".equals(text("#call-number")));
        assertTrue(shown("#call-number-filled-in"), "the form says the helpline is filled in");

        javafx.scene.control.TextField number = lookup("#call-number").queryAs(javafx.scene.control.TextField.class);
        reveal(number);
        click(number);
        write("0345 266 8795");
        assertEquals("0345 266 8795", text("#call-number"), "what is typed replaces the helpline filled in");
        assertFalse(shown("#call-number-filled-in"), "no longer the helpline filled in");

        type("#call-number", "0800 171 23450800 171 2345");
        type("#call-spoke-to", "Mark");
        type("#call-said", "He said the arrears notice went out.");
        press("#call-save");
        assertEquals("A UK phone number has 10 or 11 digits, like 0800 171 2345 (or +44 then 9 or 10). This one has"
                + " 22: check it was not typed twice.", error("#call-number-error"));
        assertEquals(0, harness.services.calls.calls(harness.currentCase.get().id()).size(), "nothing saved");
        type("#call-number", "0800 171 2345");
        assertEquals("", error("#call-number-error"), "the message goes once the number is right");
        press("#call-save");
        waitUntil("saved", () -> harness.services.calls.calls(harness.currentCase.get().id()).size() == 1);
    }

    /** A call saved before numbers were checked opens and saves as it is; only a number changed is checked. */
    @Test
    void aCallSavedWithAnOddNumberStillOpensAndSaves() {
        long caseId = harness.currentCase.get().id();
        harness.services.calls.add(new uk.cml.domain.evidence.Call(0, caseId,
                java.time.LocalDateTime.of(2026, 11, 20, 14, 5), CallDirection.I_CALLED, "0800 171 23450800 171 2345",
                "Priya", "", "", "The arrears notice went out.", "", java.util.Optional.empty(), "",
                java.util.Optional.empty(), false, false, null));
        interact(page::shown);
        ListView<?> list = waitFor("#call-list");
        waitUntil("the call is listed", () -> list.getItems().size() == 1);
        interact(() -> list.getSelectionModel().select(0));
        waitUntil("the call is open", () -> "Priya".equals(text("#call-spoke-to")));
        assertFalse(shown("#call-number-filled-in"), "a saved call's number is its own");

        type("#call-team", "Arrears team");
        press("#call-save");
        waitUntil("saved as it was", () -> "Arrears team".equals(
                harness.services.calls.calls(caseId).get(0).team()));
        assertEquals("0800 171 23450800 171 2345", harness.services.calls.calls(caseId).get(0).number(),
                "the number kept, not lost");

        type("#call-number", "0800 171 23");
        press("#call-save");
        assertEquals("A UK phone number has 10 or 11 digits, like 0800 171 2345 (or +44 then 9 or 10). This one has"
                + " 9.", error("#call-number-error"), "a number changed is checked");
    }

    @Test
    void noteANewCallAsksBeforeLosingAHalfTypedCall() {
        press("#call-new");
        assertFalse(shown("#call-unsaved-question"), "an untouched form needs no question");

        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out on");
        press("#call-new");
        assertTrue(shown("#call-unsaved-question"), "asked first");
        Node keep = lookup("#call-keep-typing").query();
        assertTrue(interactAndGet(keep::isFocused), "the keyboard is on the safe answer");
        assertEquals("She said the arrears notice went out on", text("#call-said"), "nothing lost while asked");

        press("#call-keep-typing");
        assertFalse(shown("#call-unsaved-question"));
        assertEquals("She said the arrears notice went out on", text("#call-said"));
        assertEquals("Priya", text("#call-spoke-to"));

        press("#call-new");
        press("#call-lose-typing");
        assertFalse(shown("#call-unsaved-question"));
        assertEquals("", text("#call-said"), "cleared only when the parent said so");
        assertEquals("", text("#call-spoke-to"));
    }

    @Test
    void openingAnotherCallAsksBeforeLosingChangesToThisOne() {
        type("#call-spoke-to", "Priya");
        type("#call-said", "The first call.");
        choose("#call-who-called", CallDirection.I_CALLED);
        press("#call-save");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the call is listed and open", () -> list.getItems().size() == 1
                && list.getSelectionModel().getSelectedIndex() == 0);
        press("#call-new");
        assertFalse(shown("#call-unsaved-question"), "the saved call had no typing to lose");
        type("#call-said", "A second call, half typed");

        interact(() -> list.getSelectionModel().select(0));
        waitUntil("asked first", () -> shown("#call-unsaved-question"));
        assertEquals("A second call, half typed", text("#call-said"));
        press("#call-lose-typing");
        waitUntil("the saved call is open", () -> "The first call.".equals(text("#call-said")));
    }

    /** Found when the Letters page learnt to ask: a call opened from another page replaced a half-typed one. */
    @Test
    void aCallOpenedFromAnotherPageAsksBeforeLosingAHalfTypedOne() {
        type("#call-spoke-to", "Priya");
        type("#call-said", "The first call.");
        choose("#call-who-called", CallDirection.I_CALLED);
        press("#call-save");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the call is listed", () -> list.getItems().size() == 1);
        long saved = harness.services.calls.calls(harness.currentCase.get().id()).get(0).id();
        press("#call-new");
        type("#call-said", "A second call, half typed");

        interact(() -> page.show(new uk.cml.ui.shell.Destination.CallSelecting(saved)));
        waitUntil("asked first", () -> shown("#call-unsaved-question"));
        assertEquals("A second call, half typed", text("#call-said"), "nothing lost while asked");
        press("#call-lose-typing");
        waitUntil("the call asked for is open", () -> "The first call.".equals(text("#call-said")));
    }

    @Test
    void aCorrectedTimeLosesItsMessageAsItIsTyped() {
        type("#call-time", "25:00");
        type("#call-spoke-to", "Priya");
        assertEquals("That is not a time we can read. Type it like 14:05 (24-hour clock).", error("#call-time-error"),
                "said on leaving the field");
        type("#call-time", "09:30");
        assertEquals("", error("#call-time-error"), "gone once the time is right, before any Save");

        type("#call-time", "9.3O");
        press("#call-save");
        assertTrue(error("#call-time-error").startsWith("That is not a time"));
        type("#call-time", "9.30");
        assertEquals("", error("#call-time-error"));
    }

    /**
     * Reviewer 7: told on 1 Sep 2026 the other parent would be contacted "within 10 working days", the parent typed
     * her own count, 15 Sep, under "The date they said they would do it by", and the letters then said the CMS gave
     * that date. The hint says the date may be hers, and counts working days from the call on the one calendar.
     */
    @Test
    void promisedByMayBeTheParentsCountAndTheHintCountsWorkingDaysFromTheCall() {
        type("#call-date", "01/09/2026");
        Label hint = lookup("#call-promised-by-hint").queryAs(Label.class);
        assertEquals("The date they gave, or your count of it. From this call, 5 working days is Tue 8 Sep 2026; "
                + "10 working days is Tue 15 Sep 2026.", interactAndGet(hint::getText));
        type("#call-date", "24/12/2026"); // Christmas, Boxing Day (a Saturday: Mon 28th off instead), New Year
        assertEquals("The date they gave, or your count of it. From this call, 5 working days is Tue 5 Jan 2027; "
                + "10 working days is Tue 12 Jan 2027.", interactAndGet(hint::getText));
        type("#call-date", "31/02/2026");
        assertEquals("The date they gave, or your count of it.", interactAndGet(hint::getText));
    }

    @Test
    void aFutureDateGetsOneMessageBesideTheDate() {
        type("#call-date", "28/11/2026"); // next Saturday
        type("#call-time", "19:30");
        assertEquals("That date is in the future. Enter the day it happened.", error("#call-date-error"));
        assertEquals("", error("#call-time-error"));
        assertFalse(shown("#call-when-check"), "no 'was this call on Saturday? save it as it is' beside it");

        type("#call-said", "Something.");
        press("#call-save");
        assertEquals("That date is in the future. Enter the day it happened.", error("#call-date-error"));
        assertEquals("", error("#call-time-error"));
        assertFalse(shown("#call-when-check"));
        assertEquals(0, harness.services.calls.calls(harness.currentCase.get().id()).size());

        type("#call-date", "22/11/2026"); // today, but the time has not come yet
        assertEquals("", error("#call-date-error"));
        assertEquals("That time has not come yet. Enter when the call happened.", error("#call-time-error"));
        assertFalse(shown("#call-when-check"));

        type("#call-time", "09:30");
        assertEquals("", error("#call-time-error"));
        waitUntil("a Sunday morning that has happened is queried as before", () -> shown("#call-when-check"));
    }

    @Test
    void aCallTypedForOneCaseIsNotFiledUnderAnotherAndAnUntouchedFormStartsAfresh() {
        uk.cml.domain.caseinfo.CaseFile first = interactAndGet(harness.currentCase::get);
        uk.cml.domain.caseinfo.CaseFile other = harness.anotherCase();
        long otherId = other.id();
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out.");
        choose("#call-who-called", CallDirection.I_CALLED);
        interact(() -> harness.currentCase.set(other));

        assertEquals("She said the arrears notice went out.", text("#call-said"), "what was typed stays");
        press("#call-save");
        Label status = lookup("#call-status").queryAs(Label.class);
        waitUntil("Save explains", () -> interactAndGet(status::getText).startsWith("Not saved: you began this call "
                + "while the case with " + first.otherParentName() + " was open."));
        assertEquals(0, harness.services.calls.calls(otherId).size());

        interact(() -> harness.currentCase.set(first));
        press("#call-save");
        waitUntil("saved for its own case", () -> harness.services.calls.calls(first.id()).size() == 1);
        waitUntil("the saved call is open", () -> shown("#call-bin") && !lookup("#call-bin").query().isDisabled());

        interact(() -> harness.currentCase.set(other));
        waitUntil("a fresh form for the other case", () -> text("#call-said").isEmpty()
                && lookup("#call-bin").query().isDisabled());
    }

    /**
     * A call opened under one case and being corrected stays open when another case is chosen, so the parent can
     * switch back and save it; Move to bin would have binned it from the other case's page, so it waits too.
     */
    @Test
    void aCallBeingCorrectedCannotBeBinnedWhileAnotherCaseIsShown() {
        uk.cml.domain.caseinfo.CaseFile first = interactAndGet(harness.currentCase::get);
        uk.cml.domain.caseinfo.CaseFile other = harness.anotherCase();
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the arrears notice went out.");
        choose("#call-who-called", CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("the saved call is open", () -> harness.services.calls.calls(first.id()).size() == 1
                && !lookup("#call-bin").query().isDisabled());
        type("#call-said", "She said the arrears notice went out on Monday.");

        interact(() -> harness.currentCase.set(other));
        assertEquals("She said the arrears notice went out on Monday.", text("#call-said"), "the correction stays");
        assertTrue(lookup("#call-bin").query().isDisabled(), "Jordan Reed's call is not binned from Alex Morgan's case");
        press("#call-bin");
        assertEquals(1, harness.services.calls.calls(first.id()).size(), "still in its own case's records");

        interact(() -> harness.currentCase.set(first));
        waitUntil("back in its own case, it can be moved to the bin", () -> !lookup("#call-bin").query().isDisabled());
        press("#call-bin");
        waitUntil("moved to the bin", () -> harness.services.calls.calls(first.id()).isEmpty());
    }

    /** Reviewer: an unreadable "Follow up on" date was emptied by Save while an impossible call date was kept. */
    @Test
    void unreadableDatesAreKeptBesideTheirMessagesAfterSave() {
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said to ring back.");
        type("#call-follow-up", "next tuesday");
        type("#call-promised-by", "31/02/2027");
        press("#call-save");
        assertEquals("next tuesday", text("#call-follow-up"), "what the parent typed is kept");
        assertEquals("31/02/2027", text("#call-promised-by"), "what the parent typed is kept");
        assertTrue(error("#call-follow-up-error").startsWith("That is not a date we can read"),
                error("#call-follow-up-error"));
        assertTrue(error("#call-promised-by-error").startsWith("There is no such day as 31/02/2027"),
                error("#call-promised-by-error"));
        press("#call-save");
        assertEquals("next tuesday", text("#call-follow-up"), "kept on a second Save too");
        assertEquals("31/02/2027", text("#call-promised-by"));
    }

    /** As the reviewer did it: the date typed and Enter pressed in the box, which saves. */
    @Test
    void anUnreadableDateIsKeptWhenEnterSavesFromItsBox() {
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said to ring back.");
        type("#call-follow-up", "next tuesday\n");
        assertTrue(error("#call-follow-up-error").startsWith("That is not a date we can read"),
                error("#call-follow-up-error"));
        assertEquals("next tuesday", text("#call-follow-up"), "what the parent typed is kept");
        type("#call-date", "31/02/2026\n");
        assertTrue(error("#call-date-error").startsWith("There is no such day as 31/02/2026"),
                error("#call-date-error"));
        assertEquals("31/02/2026", text("#call-date"));
    }
}
