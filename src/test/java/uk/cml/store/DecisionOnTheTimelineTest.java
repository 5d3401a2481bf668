package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.timeline.TimelineEntry;

/** A CMS decision added on "Where things stand" is an entry of the Timeline, dated on the date of its letter. */
class DecisionOnTheTimelineTest extends WithJordanReedsCase {

    StandingStore standing;

    @BeforeEach
    void open() {
        standing = records.standing();
    }

    private List<String> decisions() {
        return standing.timeline(caseId).stream().filter(e -> "CMS decision".equals(e.label()))
                .map(e -> e.happenedAt() + " " + e.label() + ": " + e.title() + " | " + e.detail()).toList();
    }

    @Test
    @DisplayName("A calculation, a refusal and a write-off proposal, each on its date, in plain words")
    void eachDecisionOnItsDate() {
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 31),
                "Annual review: £85.50 a week from 16 Nov", Optional.empty()));
        standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 12), "",
                Optional.empty()));
        standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 2),
                "Proposes to write off £1,200 of arrears from the 2003 scheme because they are old and small",
                Optional.empty()));
        assertEquals(List.of(
                "2026-10-31T00:00 CMS decision: A calculation of maintenance: Annual review: £85.50 a week from 16 Nov"
                        + " | Dated 31 Oct 2026 on the CMS's letter.",
                "2026-11-02T00:00 CMS decision: A proposal to write off arrears: Proposes to write off £1,200 of"
                        + " arrears from the 2003 scheme\u2026 | Dated 2 Nov 2026 on the CMS's letter. Proposes to"
                        + " write off £1,200 of arrears from the 2003 scheme because they are old and small",
                "2026-11-12T00:00 CMS decision: A refusal to make or change a calculation"
                        + " | Dated 12 Nov 2026 on the CMS's letter."), decisions());
    }

    @Test
    @DisplayName("The result of a mandatory reconsideration is an entry on its own date")
    void reconsiderationResult() {
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 9, 3),
                "£60.00 a week", Optional.of(LocalDate.of(2026, 10, 20))));
        assertEquals(List.of(
                "2026-09-03T00:00 CMS decision: A calculation of maintenance: £60.00 a week"
                        + " | Dated 3 Sep 2026 on the CMS's letter.",
                "2026-10-20T00:00 CMS decision: Mandatory reconsideration result, for the decision of 3 Sep 2026"
                        + " | Dated 20 Oct 2026 on the CMS's notice. The decision it looked at again: A calculation of"
                        + " maintenance, dated 3 Sep 2026: £60.00 a week"), decisions());
    }

    @Test
    @DisplayName("A decision moved to the bin leaves the Timeline")
    void binned() {
        long id = standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 12),
                "", Optional.empty()));
        standing.binDecision(id);
        assertEquals(List.of(), decisions());
        List<TimelineEntry> all = standing.timeline(caseId);
        assertEquals(0, all.stream().filter(e -> "CMS decision".equals(e.label())).count());
    }
}
