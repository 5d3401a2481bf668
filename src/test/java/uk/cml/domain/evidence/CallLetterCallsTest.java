package uk.cml.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.DrawnFrom;
import uk.cml.domain.correspondence.RecordArea;
import uk.cml.domain.timeline.Recorded;

/**
 * Which logged calls a letter confirming a call may be about: the one its log entry names; naming none, any call not
 * known to have been logged after the letter was made. Calls 1 (promise not kept) and 2 (none) logged at 10:00,
 * call 3 (promise not kept) at 12:00; the letter made at 11:00.
 */
class CallLetterCallsTest {

    private static final LocalDateTime MADE = LocalDateTime.of(2026, 11, 22, 11, 0);
    private static final List<Call> CALLS = List.of(call(1, "Call me back", false), call(2, "", false),
            call(3, "Send a statement", false));
    private static final Map<Long, Recorded> LOGGED = Map.of(1L, Recorded.once(MADE.minusHours(1)),
            2L, Recorded.changed(MADE.minusHours(1), MADE.plusHours(2)), 3L, Recorded.once(MADE.plusHours(1)));

    private static Call call(long id, String promised, boolean kept) {
        return new Call(id, 1, LocalDateTime.of(2026, 11, (int) id, 10, 0), CallDirection.I_CALLED, "", "", "", "",
                "", promised, Optional.empty(), "", Optional.empty(), false, kept, null);
    }

    @Test
    void aLetterNamingItsCallIsAboutThatCallAlone() {
        CallLetterCalls about = CallLetterCalls.of(Optional.of(2L), MADE, CALLS, LOGGED);
        assertTrue(about.mayBeAbout(2));
        assertFalse(about.mayBeAbout(1));
        assertFalse(about.mayChaseAPromise(), "call 2 holds no promise, though call 1 does");
        assertTrue(CallLetterCalls.of(Optional.of(1L), MADE, CALLS, LOGGED).mayChaseAPromise());
        assertTrue(CallLetterCalls.of(Optional.of(9L), MADE, CALLS, LOGGED).mayChaseAPromise(),
                "its call is in the Bin: it may have held one");
    }

    @Test
    void aLetterNamingNoCallMayBeAboutAnyLoggedBeforeIt() {
        CallLetterCalls about = CallLetterCalls.of(Optional.empty(), MADE, CALLS, LOGGED);
        assertTrue(about.mayBeAbout(1));
        assertTrue(about.mayBeAbout(2), "logged before, changed since: still maybe its call");
        assertFalse(about.mayBeAbout(3), "logged after the letter was made");
        assertTrue(about.mayBeAbout(7), "when it was logged is not known: maybe");
        assertTrue(about.mayChaseAPromise(), "call 1 may be its call");
        List<Call> keptOrLater = List.of(call(1, "Call me back", true), call(2, "", false),
                call(3, "Send a statement", false));
        assertFalse(CallLetterCalls.of(Optional.empty(), MADE, keptOrLater, LOGGED).mayChaseAPromise(),
                "call 1's promise kept; call 3, whose is not, came after the letter");
    }

    @Test
    void aChangeCountsOnlyInThePartsAndCallsALetterDrawsOn() {
        DrawnFrom from = new DrawnFrom(java.util.Set.of(RecordArea.CALLS, RecordArea.CASE_DETAILS), id -> id == 2);
        assertTrue(from.counts(RecordArea.CALLS, 2));
        assertFalse(from.counts(RecordArea.CALLS, 1));
        assertTrue(from.counts(RecordArea.CASE_DETAILS, 1), "only calls are told apart by row");
        assertFalse(from.counts(RecordArea.LETTERS_RECEIVED, 2));
        assertTrue(DrawnFrom.areas(java.util.Set.of(RecordArea.CALLS)).counts(RecordArea.CALLS, 1));
        assertFalse(DrawnFrom.areas(java.util.Set.of()).counts(RecordArea.CALLS, 1));
    }
}
