package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Found by a reviewer: Where it stands headed the page "Ask for a mandatory reconsideration: 4 Dec 2026" for a
 * decision of Thu 5 Nov 2026, whose month ends on Sat 5 Dec: a legal limit said as a date due, not as the limit,
 * while the Timeline and the pack say "Limit 5 Dec 2026 (a Saturday): act by Fri 4 Dec 2026". What to do next now
 * says a limit as they do. Dates worked by hand on the England and Wales calendar; today Fri 27 Nov 2026.
 *
 * <p>Since then (checker's case d1): a request for a mandatory reconsideration counts when the CMS receives it, so
 * the day to act by is the last day to post it 1st class so it is treated as delivered by the limit, not the working
 * day before a limit on a weekend or bank holiday: the Timeline, the pack and What to do next all say that day.
 *
 * <p>Since then (reviewer, 5 Dec): the heading read "Ask for a mandatory reconsideration \u2014 Limit 5 Dec 2026:
 * post by Wed 2 Dec 2026 (1st class) so it arrives by then.", with the same limit worded twice more under it. It is
 * now one line: what the parent can do (an option: the app cannot know they disagree), one date, and why that date.
 * The limit itself is said once, in How it is counted under the date.
 */
class LimitHeadlineTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String OPTION = "If you think the calculation is wrong, you can ask the CMS to look at it again (a "
            + "mandatory reconsideration). ";

    private static String next(LocalDate decided) {
        Decision calculation = new Decision(1, 1, Decision.Kind.CALCULATION, decided, "", Optional.empty());
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(), List.of(),
                List.of(calculation), List.of(), TODAY).next(TODAY).text();
    }

    @Test
    void aLimitOnASaturdayIsSaidAsTheLimitWithTheFridayToActBy() {
        assertEquals(OPTION + "Limit Sat 5 Dec 2026: to be safe, post your letter 1st class by Wed 2 Dec 2026.",
                next(LocalDate.of(2026, 11, 5)));
    }

    /** A decision of Wed 25 Nov: its month ends on Christmas Day, so act by Thu 24 Dec. */
    @Test
    void aLimitOnABankHolidayNamesIt() {
        assertEquals(OPTION + "Limit Fri 25 Dec 2026: to be safe, post your letter 1st class by Tue 22 Dec 2026.",
                next(LocalDate.of(2026, 11, 25)));
    }

    /** A decision of Wed 4 Nov: its month ends on Fri 4 Dec, a working day. */
    @Test
    void aLimitOnAWorkingDayIsStillSaidAsALimit() {
        assertEquals(OPTION + "Limit Fri 4 Dec 2026: to be safe, post your letter 1st class by Wed 2 Dec 2026.",
                next(LocalDate.of(2026, 11, 4)));
    }

    /** A refusal to make or change a calculation is an option too, worded for what it was. */
    @Test
    void aRefusalIsWordedAsARefusal() {
        Decision refusal = new Decision(1, 1, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 4), "", Optional.empty());
        assertEquals("If you think the CMS was wrong to refuse, you can ask it to look at the decision again (a "
                + "mandatory reconsideration). Limit Fri 4 Dec 2026: to be safe, post your letter 1st class by Wed 2 Dec "
                + "2026.", StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(),
                List.of(), List.of(refusal), List.of(), TODAY).next(TODAY).text());
    }
}
