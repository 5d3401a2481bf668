package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
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

/**
 * A subject access request the app wrote on Fri 4 Dec 2026, printing 8 Jan 2027 for first class, posted second class
 * that day: delivered Thu 10 Dec, a month is Sun 10 Jan, so Mon 11 Jan 2027, the date the log keeps. Where it stands
 * says how the law's month gives it, not that it is a date of the parent's own.
 */
class SubjectAccessWatchedTest {

    static final UkCalendar CALENDAR = SeededFacts.calendar();
    static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    private static Deadline watched(LocalDate replyBy) {
        return watched(replyBy, SeededFacts.published());
    }

    private static Deadline watched(LocalDate replyBy, CmsFacts facts) {
        SentLetter sar = new SentLetter(1, 1, FRIDAY, Optional.of(FRIDAY),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Subject access request to CMS", LetterKind.SUBJECT_ACCESS_REQUEST, Optional.empty(),
                Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, "", Optional.of(replyBy),
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2027, 1, 8)));
        StandingReport report = StandingReport.build(CALENDAR, facts, List.of(sar), List.of(),
                List.of(), List.of(), FRIDAY);
        return report.allDeadlines().stream().filter(Deadline::isAsked).findFirst().orElseThrow();
    }

    @Test
    void theLawsMonthIsSaidAsSuch() {
        Deadline d = watched(LocalDate.of(2027, 1, 11));
        assertEquals(LocalDate.of(2027, 1, 11), d.date());
        assertEquals("How it is counted: one calendar month after it is treated as delivered on Thu 10 Dec 2026. "
                + "That ends on Sun 10 Jan 2027, a Sunday, so it moves to the next working day, Mon 11 Jan 2027: the "
                + "regulator's rule gives the CMS until then.", d.due().explanation(CALENDAR.holidays()));
    }

    @Test
    void aDateOfTheParentsOwnIsSaidAsTheirs() {
        Deadline d = watched(LocalDate.of(2027, 1, 15));
        assertEquals(LocalDate.of(2027, 1, 15), d.date());
        assertEquals("How it is counted: the reply-by date your Letters page keeps for it (you can change it there).",
                d.due().explanation(CALENDAR.holidays()));
    }

    /**
     * The parent corrected the facts to two months (the Letters page then watches Wed 10 Feb 2027, two months after
     * delivery on Thu 10 Dec): the page counts with the same facts, so it says how that date is counted, not that it is
     * a date of the parent's own (it used to check it against the built-in one month).
     */
    @Test
    void theMonthsAsTheParentCorrectedThem() {
        // The published rows (the delivery days among them), with the months corrected to 2.
        CmsFacts twoMonths = new CmsFacts(java.util.stream.Stream.concat(SeededFacts.published().all().stream()
                .filter(f -> !f.key().equals("subject_access.months")),
                java.util.stream.Stream.of(new CmsFact("subject_access.months", "", "2", "", Optional.empty())))
                .toList());
        Deadline d = watched(LocalDate.of(2027, 2, 10), twoMonths);
        assertEquals(LocalDate.of(2027, 2, 10), d.date());
        assertEquals("How it is counted: 2 calendar months after it is treated as delivered on Thu 10 Dec 2026.",
                d.due().explanation(CALENDAR.holidays()));
    }
}
