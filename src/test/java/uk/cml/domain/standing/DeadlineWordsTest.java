package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;

/**
 * Found by a reviewer (case rev-truth-d, today Sat 5 Dec 2026): a calculation decision letter of Wed 18 Nov 2026, whose
 * reconsideration limit is Fri 18 Dec 2026 and whose last day to post 1st class is Wed 16 Dec. Where it stands read
 * "Ask for a mandatory reconsideration by 16 Dec 2026. How it is counted: one calendar month from the decision letter
 * of 18 Nov 2026", as if the limit were 16 Dec, while the heading, the Timeline, the pack and the calendar file each
 * worded the two dates their own way. Now one piece of code words both facts, the limit and the last day to post,
 * and every place says that. Also: a reply date the parent's letter asked for (30 Nov) had passed unmarked while a
 * call's promised date (24 Nov) read "This date has passed: chase it"; any date waited on is marked alike.
 */
class DeadlineWordsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final String BOTH = "Limit Fri 18 Dec 2026: to be safe, post your letter 1st class by Wed 16 Dec 2026";

    private static StandingReport report() {
        Decision calculation = new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 18), "",
                Optional.empty());
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(), List.of(),
                List.of(calculation), List.of(), TODAY);
    }

    private static Deadline reconsideration() {
        return report().allDeadlines().stream().filter(Deadline::countsOnReceipt).findFirst().orElseThrow();
    }

    @Test
    void theHeadingSaysTheLimitAndTheLastDayToPost() {
        assertEquals("If you think the calculation is wrong, you can ask the CMS to look at it again (a mandatory "
                + "reconsideration). " + BOTH + ".", report().next(TODAY).text());
    }

    @Test
    void theTimelinePackAndCalendarFileWordingIsTheSame() {
        assertEquals(Optional.of(BOTH), reconsideration().limitAndPostBy(SeededFacts.calendar()));
        assertEquals(Optional.of(BOTH), reconsideration().postingAdvice(SeededFacts.calendar(), TODAY));
    }

    @Test
    void anyDateWaitedOnThatHasGoneIsPassed() {
        DueDate replyBy = new DueDate(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), DueDate.Move.NONE,
                "the date your letter asks for");
        Deadline asked = new Deadline("Reply expected", "Chase the reply", Optional.empty(), replyBy, false,
                new Deadline.From.Nothing(), Deadline.Timing.ASKED);
        assertTrue(asked.waitedForAndPassed(TODAY));
        assertFalse(asked.waitedForAndPassed(LocalDate.of(2026, 11, 30)), "not on its own day");
        assertFalse(new Deadline("Reply expected", "Chase the reply", Optional.empty(), replyBy, true,
                new Deadline.From.Nothing(), Deadline.Timing.ASKED).waitedForAndPassed(TODAY), "not once met");
        assertFalse(new Deadline("Limit", "Act", Optional.empty(), replyBy, false).waitedForAndPassed(TODAY),
                "a limit of the parent's is said as passed its own way");
    }
}
