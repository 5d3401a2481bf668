package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.store.SeededFacts;

/**
 * A complaint letter made and not posted: Where it stands says "Post the letter you made ..." from a day. It was the
 * letter's own date, which can be a Sunday or a bank holiday, when no Post Office counter gives a certificate of
 * posting. It is the first day Post Offices open on or after that date, by the one rule the letters count from
 * ({@link UkCalendar#postingDay}). Dates worked by hand on the England and Wales calendar of 2026: Sunday 6 Dec;
 * the summer bank holiday Monday 31 Aug; Saturday 5 Dec counts (counters open on Saturdays).
 */
class PostTheLetterOnAPostingDayTest {

    static final UkCalendar CALENDAR = SeededFacts.calendar();
    final ComplaintThreads threads = new ComplaintThreads(CALENDAR, SeededFacts.published());

    static SentLetter written(LocalDate on, Optional<PostingMethod> method) {
        return new SentLetter(1, 1, on, Optional.empty(), new Recipient(Optional.empty(), "CMS", ""), "Complaint",
                LetterKind.COMPLAINT, Optional.empty(), method, ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
    }

    private Deadline post(LocalDate written, Optional<PostingMethod> method) {
        ComplaintThread thread = threads.build(List.of(written(written, method)), List.of());
        assertEquals(1, thread.deadlines().size(), thread.deadlines().toString());
        return thread.deadlines().get(0);
    }

    @Test
    void aLetterDatedOnASundayIsPostedOnTheMonday() {
        Deadline post = post(LocalDate.of(2026, 12, 6), Optional.empty());
        assertEquals(LocalDate.of(2026, 12, 7), post.date());
        assertEquals("From 7 Dec 2026: Post the letter you made, then record the posting and the proof of postage: "
                + "Your complaint to the CMS.", threads.build(List.of(written(LocalDate.of(2026, 12, 6),
                        Optional.empty())), List.of()).next().text());
        assertEquals("How it is counted: the first day Post Offices open after the day it was written, "
                + "Sun 6 Dec 2026, when they are closed.", post.explanation(CALENDAR));
    }

    @Test
    void aLetterDatedOnABankHolidayIsPostedTheNextDayPostOfficesOpen() {
        assertEquals(LocalDate.of(2026, 9, 1), post(LocalDate.of(2026, 8, 31), Optional.empty()).date());
    }

    @Test
    void aSaturdayIsADayToPost() {
        Deadline post = post(LocalDate.of(2026, 12, 5), Optional.empty());
        assertEquals(LocalDate.of(2026, 12, 5), post.date());
        assertEquals("How it is counted: suggested from the day it was written.", post.explanation(CALENDAR));
    }

    @Test
    void aLetterToHandInOrEmailGoesOnItsOwnDate() {
        assertEquals(LocalDate.of(2026, 12, 6), post(LocalDate.of(2026, 12, 6), Optional.of(PostingMethod.EMAIL))
                .date());
    }
}
