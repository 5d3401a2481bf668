package uk.cml.domain.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reviewer rv5, Sun 6 Dec 2026: Where it stands' "What to do next", and the Overview's What needs doing, led with a
 * promise made on a call of 21 Sep to act by 28 Sep, ten weeks gone, while the things of now (the complaint's
 * acknowledgement target of 2 Dec, Mark's promise of 4 Dec, the letters made today to post) came after it. The rule,
 * one for both pages: a limit ending today or tomorrow, then telling the CMS of missed payments, then what has a day
 * still to come (or today), soonest first, then what has gone by, newest first; a "from" day still to come, and a
 * passed reconsideration limit (an option), after all of them.
 */
class CurrentThingsFirstTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static final TodoItem SEPTEMBER_PROMISE = new TodoItem(LocalDate.of(2026, 9, 28), "On your call of 21 Sep 2026 "
            + "the CMS promised to act by 28 Sep 2026. Chase it.", TodoKind.CALL_PROMISE_LATE, 1);
    static final TodoItem OCTOBER_REPLY = new TodoItem(LocalDate.of(2026, 10, 14), "No reply yet to your letter "
            + "posted on 24 Sep 2026. A reply was expected by 14 Oct 2026.", TodoKind.REPLY_OVERDUE, 2);
    static final TodoItem ACKNOWLEDGEMENT = new TodoItem(LocalDate.of(2026, 12, 3), "From 3 Dec 2026: Phone the CMS "
            + "if no acknowledgement has come (CMS target to acknowledge your complaint: 2 Dec 2026).",
            TodoKind.DEADLINE, 0);
    static final TodoItem DECEMBER_PROMISE = new TodoItem(LocalDate.of(2026, 12, 4), "On your call of 23 Nov 2026 "
            + "the CMS promised to act by 4 Dec 2026. Chase it.", TodoKind.CALL_PROMISE_LATE, 3);
    static final TodoItem TO_POST = new TodoItem(TODAY, "Post your letter \u201cComplaint to CMS\u201d, made on 6 Dec "
            + "2026.", TodoKind.POST_LETTER, 4);

    @Test
    void whatIsCurrentComesBeforeWhatHasWaitedWeeks() {
        assertEquals(List.of(TO_POST, DECEMBER_PROMISE, ACKNOWLEDGEMENT, OCTOBER_REPLY, SEPTEMBER_PROMISE),
                Todos.gather(List.of(SEPTEMBER_PROMISE, OCTOBER_REPLY, ACKNOWLEDGEMENT, DECEMBER_PROMISE, TO_POST),
                        TODAY));
    }

    @Test
    void whereItStandsIsHeadedByTheNewestPassedPromiseNotTheOldest() {
        assertEquals(Optional.of(DECEMBER_PROMISE), Todos.aheadOfStanding(Optional.empty(),
                List.of(SEPTEMBER_PROMISE, DECEMBER_PROMISE), TODAY, uk.cml.store.SeededFacts.calendar()));
    }

    @Test
    void aDayStillToComeComesBeforeWhatHasGoneBySoonestFirst() {
        TodoItem nextWeek = new TodoItem(LocalDate.of(2026, 12, 14), "Follow up the call", TodoKind.FOLLOW_UP_CALL, 5);
        TodoItem tomorrowish = new TodoItem(LocalDate.of(2026, 12, 9), "Follow up the call", TodoKind.FOLLOW_UP_CALL,
                6);
        assertEquals(List.of(tomorrowish, nextWeek, DECEMBER_PROMISE, SEPTEMBER_PROMISE),
                Todos.gather(List.of(SEPTEMBER_PROMISE, nextWeek, DECEMBER_PROMISE, tomorrowish), TODAY));
    }

    /** The CMS only knows of missed payments if told: telling it stays first, however old the first missed due. */
    @Test
    void tellingTheCmsStaysFirst() {
        TodoItem tell = new TodoItem(LocalDate.of(2026, 9, 11), "Write to the CMS about the missed payments.",
                TodoKind.TELL_THE_CMS, 0);
        assertEquals(List.of(tell, TO_POST, DECEMBER_PROMISE, SEPTEMBER_PROMISE),
                Todos.gather(List.of(SEPTEMBER_PROMISE, DECEMBER_PROMISE, TO_POST, tell), TODAY));
    }
}
