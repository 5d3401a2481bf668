package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The dates on Where it stands, each worked out by hand on a paper calendar for England and Wales (Christmas 2026
 * on a Friday with the Boxing Day substitute on Monday 28th; New Year's Day 2027 a Friday; Good Friday 26 March and
 * Easter Monday 29 March 2027), then checked against what the page counts.
 */
class HandWorkedDatesTest {

    private static final UkCalendar CALENDAR = SeededFacts.calendar();
    private static final CmsFacts FACTS = SeededFacts.published();

    private static Deadline named(List<Deadline> deadlines, String what) {
        return deadlines.stream().filter(d -> d.what().equals(what)).findFirst().orElseThrow(
                () -> new AssertionError(what + " not in " + deadlines));
    }

    @Test
    @DisplayName("a complaint posted first class on Mon 14 Dec 2026: acknowledged by Fri 18 Dec, answered by Mon 11 Jan")
    void complaintAcrossChristmasAndNewYear() {
        // Delivered the 2nd working day after posting: Tue 15, Wed 16 December. Acknowledge 2 working days on: Thu 17,
        // Fri 18. Reply 15 working days on: 17, 18, 21, 22, 23, 24 Dec (6); 25 and 28 Dec are holidays; 29, 30, 31 Dec
        // (9); 1 Jan is a holiday; 4, 5, 6, 7, 8 Jan (14); Mon 11 Jan 2027 (15).
        ComplaintThread thread = new ComplaintThreads(CALENDAR, FACTS).build(List.of(posted(1, "Complaint about "
                + "collection", LocalDate.of(2026, 12, 14), PostingMethod.FIRST_CLASS)), List.of());
        ComplaintStage sent = thread.stages().get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 16)), sent.delivered());
        assertEquals(LocalDate.of(2026, 12, 18),
                named(thread.deadlines(), "CMS target to acknowledge your complaint").date());
        assertEquals(LocalDate.of(2027, 1, 11), named(thread.deadlines(), "CMS target to reply to your complaint").date());
    }

    @Test
    @DisplayName("second class posted Wed 24 Mar 2027 is delivered Thu 1 Apr, after Good Friday and Easter Monday")
    void easter2027() {
        // Thu 25 (1); Fri 26 Good Friday, weekend, Mon 29 Easter Monday; Tue 30 (2), Wed 31 (3), Thu 1 April (4).
        assertEquals(LocalDate.of(2027, 4, 1), CALENDAR.deemedDelivery(LocalDate.of(2027, 3, 24),
                PostingMethod.SECOND_CLASS));
        // First class from Thursday 25 March: Tue 30 (1), Wed 31 (2).
        assertEquals(LocalDate.of(2027, 3, 31), CALENDAR.deemedDelivery(LocalDate.of(2027, 3, 25),
                PostingMethod.FIRST_CLASS));
    }

    @Test
    @DisplayName("a decision letter of 31 Aug: reconsideration by 30 Sep, the working day before when that is a Saturday")
    void reconsiderationFrom31August() {
        Challenges challenges = new Challenges(CALENDAR, FACTS);
        // 2026: there is no 31 September, so the month ends on Wednesday 30 September.
        Deadline in2026 = challenges.deadlines(new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 8, 31),
                "", Optional.empty())).get(0);
        assertEquals(LocalDate.of(2026, 9, 30), in2026.date());
        assertEquals("How it is counted: one calendar month from the decision letter of 31 Aug 2026.",
                in2026.due().explanation(CALENDAR.holidays()));
        // 2028: Saturday 30 September, so act by Friday 29th.
        Deadline in2028 = challenges.deadlines(new Decision(1, 1, Decision.Kind.CALCULATION, LocalDate.of(2028, 8, 31),
                "", Optional.empty())).get(0);
        assertEquals(LocalDate.of(2028, 9, 29), in2028.date());
        assertEquals(LocalDate.of(2028, 9, 30), in2028.due().counted());
    }

    @Test
    @DisplayName("a reconsideration notice of 31 Jan 2027: appeal by Fri 26 Feb, as 28 Feb is a Sunday")
    void appealOneMonthFromTheNotice() {
        List<Deadline> deadlines = new Challenges(CALENDAR, FACTS).deadlines(new Decision(1, 1,
                Decision.Kind.CALCULATION, LocalDate.of(2026, 12, 18), "", Optional.of(LocalDate.of(2027, 1, 31))));
        Deadline appeal = named(deadlines, "Appeal to the tribunal");
        assertEquals(LocalDate.of(2027, 2, 28), appeal.due().counted());
        assertEquals(LocalDate.of(2027, 2, 26), appeal.date());
    }

    @Test
    @DisplayName("a write-off letter of Fri 26 Feb 2027: 30 days is Easter Sunday, so reply by Thu 25 Mar")
    void writeOffOverEaster() {
        // 26 Feb + 30 days = Sunday 28 March 2027; Saturday 27th and Good Friday 26th are not working days.
        Deadline reply = new Challenges(CALENDAR, FACTS).deadlines(new Decision(1, 1, Decision.Kind.WRITE_OFF,
                LocalDate.of(2027, 2, 26), "", Optional.empty())).get(0);
        assertEquals(LocalDate.of(2027, 3, 28), reply.due().counted());
        assertEquals(LocalDate.of(2027, 3, 25), reply.date());
    }

    @Test
    @DisplayName("a final response dated Sat 26 Sep 2026: ICE within 6 months ends on Good Friday, so act by Thu 25 Mar")
    void iceSixMonthsFromTheFinalResponse() {
        ComplaintThread thread = new ComplaintThreads(CALENDAR, FACTS).build(List.of(posted(1, "Complaint about "
                + "collection", LocalDate.of(2026, 7, 1), PostingMethod.FIRST_CLASS)), List.of(received(2,
                LocalDate.of(2026, 9, 28), "Final response to my complaint", Optional.of(1L))));
        Deadline ice = named(thread.deadlines(), "Complaint to the Independent Case Examiner due");
        assertEquals(LocalDate.of(2027, 3, 26), ice.due().counted());
        assertEquals(LocalDate.of(2027, 3, 25), ice.date());
        assertEquals("How it is counted: 6 months from the final response of 26 Sep 2026. The limit is Fri 26 Mar "
                + "2027, a bank holiday (Good Friday). Post is not delivered and offices are shut then, so act by the "
                + "working day before, Thu 25 Mar 2027.", ice.due().explanation(CALENDAR.holidays()));
    }
}
