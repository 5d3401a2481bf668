package uk.cml.domain.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.posted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;

/**
 * A complaint posted first class on Wednesday 20 May 2026 with nothing heard back: deemed delivered Friday 22 May,
 * the CMS's target to acknowledge it is Wednesday 27 May (bank holiday 25 May), to reply Monday 15 June (worked by
 * hand). Once the reply's target has passed too, chasing the reply is what to do; "phone if no acknowledgement has
 * come" is not, six months on.
 */
class OvertakenTargetTest {

    private static final SentLetter COMPLAINT = posted(1, "Complaint: missed payments and no call back",
            LocalDate.of(2026, 5, 20), PostingMethod.FIRST_CLASS);

    private static StandingReport report(LocalDate today) {
        return StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(COMPLAINT),
                List.of(), List.of(), List.of(), today);
    }

    private static Optional<Deadline> acknowledgement(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.date().equals(LocalDate.of(2026, 5, 27))).findFirst();
    }

    @Test
    void beforeTheReplyIsLateTheAcknowledgementIsStillToChase() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        StandingReport report = report(today);
        assertTrue(acknowledgement(report.open(today)).isPresent(), "27 May has passed, 15 Jun has not");
        assertTrue(report.next(today).text().contains("27 May 2026"), report.next(today).text());
    }

    @Test
    void onceTheReplyIsLateTooOnlyTheReplyIsChased() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        StandingReport report = report(today);
        assertFalse(acknowledgement(report.open(today)).isPresent(), "overtaken by the late reply");
        assertTrue(acknowledgement(report.open()).isPresent(), "still among the dates to watch");
        String next = report.next(today).text();
        assertTrue(next.contains("15 Jun 2026") && !next.contains("27 May"), next);
        assertEquals(Optional.of("chase-reply"), report.next(today).letter());
        assertEquals(report.next(today), report.complaintNext(today));
    }
}
