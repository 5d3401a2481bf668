package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.Todos;

/**
 * Checker's case d1: a CMS decision letter dated Mon 30 Nov 2026, seen on Fri 4 Dec. The month for a mandatory
 * reconsideration ends Wed 30 Dec, but the request counts when the CMS receives it: posted 1st class on 30 Dec it is
 * treated as delivered Mon 4 Jan 2027, late. 25 and 28 Dec are bank holidays, so the last day to post it 1st class
 * is Thu 24 Dec (deemed delivered Wed 30 Dec).
 */
class PostByLimitTest extends WithJordanReedsCase {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");

    StandingStore standing;
    SentLetterStore sent;
    long decisionId;

    @BeforeEach
    void open() {
        sent = records.sentLetters();
        standing = records.standing();
        decisionId = standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 30), "",
                Optional.empty()));
    }

    @Test
    void theCalendarGivesTheLastDayToPostFirstClass() {
        UkCalendar calendar = SeededFacts.calendar();
        assertEquals(LocalDate.of(2026, 12, 24), calendar.latestPosting(LocalDate.of(2026, 12, 30),
                PostingMethod.FIRST_CLASS));
        assertEquals(LocalDate.of(2027, 1, 4), calendar.deemedDelivery(LocalDate.of(2026, 12, 30),
                PostingMethod.FIRST_CLASS), "posted on the limit it is late");
        // A limit on Mon 30 Nov 2026: posted Thu 26 Nov, delivered Mon 30 Nov (Fri 27 the 1st working day).
        assertEquals(LocalDate.of(2026, 11, 26), calendar.latestPosting(LocalDate.of(2026, 11, 30),
                PostingMethod.FIRST_CLASS));
    }

    @Test
    void aLetterToWriteSaysTheDayToPostItBy() {
        TodoItem reconsider = standing.todos(caseId, TODAY).get(0);
        assertEquals(LocalDate.of(2026, 12, 24), reconsider.due(), reconsider.toString());
        // The same line as heads Where it stands: an option, one date, and why.
        assertEquals("If you think the CMS was wrong to refuse, you can ask it to look at the decision again (a "
                + "mandatory reconsideration). Limit Wed 30 Dec 2026: to be safe, post your letter 1st class by "
                + "Thu 24 Dec 2026.", reconsider.what());
        StandingReport report = standing.report(caseId, TODAY);
        assertEquals("If you think the CMS was wrong to refuse, you can ask it to look at the decision again (a "
                + "mandatory reconsideration). Limit Wed 30 Dec 2026: to be safe, post your letter 1st class by "
                + "Thu 24 Dec 2026.", report.next(TODAY).text());
    }

    @Test
    void aLetterMadeSaysTheDayToPostItBy() {
        long made = sent.save(new SentLetter(0, caseId, TODAY, Optional.empty(), CMS,
                "Mandatory reconsideration request to CMS", LetterKind.RECONSIDERATION_REQUEST, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()).answering(Optional.of(decisionId)));
        List<TodoItem> all = Todos.gather(standing.todos(caseId, TODAY), TODAY);
        TodoItem post = all.stream().filter(i -> i.kind() == TodoKind.POST_LETTER).findFirst().orElseThrow();
        assertEquals(made, post.sourceId());
        assertEquals(LocalDate.of(2026, 12, 24), post.due());
        assertEquals("Ask for a mandatory reconsideration: post the letter you made on 4 Dec 2026. Limit Wed 30 "
                + "Dec 2026: to be safe, post your letter 1st class by Thu 24 Dec 2026. Then "
                + "record the posting.", post.what());
    }

    @Test
    void afterTheLastDayToPostItSaysPostingFirstClassIsLate() {
        // Tue 29 Dec: 1st class arrives Thu 31 Dec, late; Special Delivery Wed 30 Dec, in time.
        TodoItem tuesday = standing.todos(caseId, LocalDate.of(2026, 12, 29)).get(0);
        assertEquals("If you think the CMS was wrong to refuse, you can ask it to look at the decision again (a "
                + "mandatory reconsideration): to be safe, the last day to post 1st class was Thu 24 Dec 2026, so "
                + "send your letter by Special Delivery today: it is due to be delivered on Wed 30 Dec 2026, by the "
                + "limit of 30 Dec 2026 (1st class posted today is usually treated as delivered on Thu 31 Dec 2026, "
                + "after it).",
                tuesday.what());
        // Wed 30 Dec, the limit itself: 1st class arrives Mon 4 Jan 2027 (1 Jan a bank holiday), too late.
        TodoItem wednesday = standing.todos(caseId, LocalDate.of(2026, 12, 30)).get(0);
        assertTrue(wednesday.what().endsWith("to be safe, the last day to post 1st class was Thu 24 Dec 2026: "
                + "1st class posted today is usually treated as delivered on Mon 4 Jan 2027, after the limit of 30 Dec "
                + "2026."), wednesday.what());
        // The words never say the CMS counts the letter's arrival: cms-facts.md gives deemed delivery only to
        // suggest dates, not as the rule for this limit.
        for (TodoItem item : List.of(tuesday, wednesday, standing.todos(caseId, TODAY).get(0))) {
            assertTrue(!item.what().contains("in time") && !item.what().contains("counts as arriving"), item.what());
        }
    }
}
