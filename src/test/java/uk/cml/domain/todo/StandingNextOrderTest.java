package uk.cml.domain.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.StandingReport;

/**
 * "Where things stand" and the Overview agree on what comes first, by the Overview's one order: under Direct Pay,
 * telling the CMS of missed payments it does not know of heads both, before the complaint's step ("No complaint
 * logged... Write a complaint"), which has no date. Dates worked by hand: today Thursday 3 December 2026, the first
 * due not reported Friday 13 November 2026.
 */
class StandingNextOrderTest {

    static final UkCalendar CALENDAR = UkCalendar.englandAndWales();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final TodoItem TELL = new TodoItem(LocalDate.of(2026, 11, 13), "1 payment due did not arrive in full, and "
            + "£45.50 is owed. Under Direct Pay the CMS only knows if you tell it: write to the CMS about the missed "
            + "payments.", TodoKind.TELL_THE_CMS, 0);

    static StandingReport report(List<Decision> decisions) {
        return StandingReport.build(CALENDAR, new CmsFacts(List.of()), List.of(), List.of(), decisions, List.of(),
                TODAY);
    }

    @Test
    void reportingMissedPaymentsComesBeforeTheComplaintsUndatedStep() {
        StandingReport report = report(List.of());
        assertEquals("collection-complaint", report.next(TODAY).letter().orElseThrow(), "the page's own step");
        assertEquals(Optional.empty(), report.nextDate(TODAY));
        assertEquals(Optional.of(TELL), Todos.aheadOfStanding(report.nextDate(TODAY), List.of(TELL), TODAY,
                CALENDAR));
        // The Overview lists it first too: the same order decides both.
        assertEquals(TELL, Todos.gather(List.of(TELL), TODAY).get(0));
    }

    /**
     * A calculation decision of Friday 27 November 2026: a mandatory reconsideration by Sunday 27 December, so by
     * Thursday 24 December (Christmas Day and the Boxing Day holiday follow). In What needs doing it is dated 24 Dec,
     * after the due of 13 November not yet reported, so the page says to report first, as the Overview lists it.
     */
    @Test
    void reportingComesFirstWhereTheOverviewListsItFirst() {
        StandingReport report = report(List.of(new Decision(1, 1, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 27), "", Optional.empty())));
        assertEquals(LocalDate.of(2026, 12, 24), report.nextDate(TODAY).orElseThrow().date());
        assertEquals(Optional.of(TELL), Todos.aheadOfStanding(report.nextDate(TODAY), List.of(TELL), TODAY,
                CALENDAR));
        TodoItem limit = TodoItem.of(report.nextDate(TODAY).get(), "Ask for a mandatory reconsideration", CALENDAR);
        assertEquals(List.of(TELL, limit), Todos.gather(List.of(limit, TELL), TODAY));
    }

    /**
     * The letter about the missed payments written on Thursday 3 December 2026 but not posted: the Overview asks to
     * post it (no longer to write one), and until it goes the CMS has not been told, so the page says the same.
     */
    @Test
    void aReportWrittenButNotPostedIsPostedFirst() {
        TodoItem post = new TodoItem(TODAY, "Post the letter of 3 Dec 2026, then record the posting and the proof of "
                + "postage: Missed Direct Pay payments", TodoKind.POST_REPORT, 12);
        TodoItem otherLetter = new TodoItem(LocalDate.of(2026, 12, 1), "Post the letter of 1 Dec 2026: Change of "
                + "address", TodoKind.POST_LETTER, 11);
        assertEquals(Optional.of(post), Todos.aheadOfStanding(Optional.empty(), List.of(otherLetter, post), TODAY,
                CALENDAR));
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(otherLetter), TODAY, CALENDAR),
                "a letter that tells the CMS nothing of the payments does not head the page");
    }

    @Test
    void withNothingToReportThePagesOwnStepStays() {
        TodoItem short_ = new TodoItem(LocalDate.of(2026, 11, 27), "The payment due on 27 Nov 2026 has not arrived",
                TodoKind.PAYMENT_SHORT, 0);
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(short_), TODAY, CALENDAR));
        assertEquals(Optional.empty(), Todos.aheadOfStanding(Optional.empty(), List.of(), TODAY, CALENDAR));
    }
}
