package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.DueDate;

class ChallengesTest {

    private final Challenges challenges = new Challenges(SeededFacts.calendar(), SeededFacts.published());

    @Test
    void reconsiderationThenAppealInCalendarMonths() {
        List<Deadline> due = challenges.deadlines(new Decision(1, 1, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 1, 31), "", Optional.of(LocalDate.of(2026, 4, 30))));
        // One month from 31 January is Saturday 28 February: act by Friday 27 February.
        assertEquals(LocalDate.of(2026, 2, 27), due.get(0).date());
        assertEquals(DueDate.Move.EARLIER, due.get(0).due().move());
        assertEquals(true, due.get(0).done());
        // One month from the notice of 30 April is Saturday 30 May: act by Friday 29 May.
        assertEquals(LocalDate.of(2026, 5, 29), due.get(1).date());
    }

    @Test
    void writeOffReplyIn30Days() {
        List<Deadline> due = challenges.deadlines(new Decision(1, 1, Decision.Kind.WRITE_OFF,
                LocalDate.of(2026, 11, 25), "", Optional.empty()));
        assertEquals(1, due.size());
        assertEquals(LocalDate.of(2026, 12, 24), due.get(0).date()); // the limit is Christmas Day
        assertEquals(Optional.of("write-off-reply"), due.get(0).letter());
    }

    @Test
    void limitsSayHowManyMonthsInWords() {
        List<Deadline> one = challenges.deadlines(new Decision(1, 1, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 3, 2), "", Optional.of(LocalDate.of(2026, 4, 1))));
        assertEquals("one calendar month from the decision letter of 2 Mar 2026", one.get(0).due().rule());
        assertEquals("one calendar month from the mandatory reconsideration notice of 1 Apr 2026",
                one.get(1).due().rule());
        Challenges longer = new Challenges(SeededFacts.calendar(), new CmsFacts(List.of(
                new CmsFact("reconsideration.months", "", "2", "", Optional.empty()),
                new CmsFact("appeal.months", "", "3", "", Optional.empty()))));
        List<Deadline> two = longer.deadlines(new Decision(1, 1, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 3, 2), "", Optional.of(LocalDate.of(2026, 4, 1))));
        assertEquals("2 calendar months from the decision letter of 2 Mar 2026", two.get(0).due().rule());
        assertEquals(LocalDate.of(2026, 5, 1), two.get(0).date());
        assertEquals("3 calendar months from the mandatory reconsideration notice of 1 Apr 2026",
                two.get(1).due().rule());
        assertEquals(LocalDate.of(2026, 7, 1), two.get(1).date());
        assertEquals(false, two.get(1).done());
    }
}
