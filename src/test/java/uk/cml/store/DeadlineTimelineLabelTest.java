package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/**
 * The word before a date on the Timeline and in the pack's chronology says what the date is: "Deadline" only for a
 * limit the parent must act by (a mandatory reconsideration), "Reminder" for a day the parent chose (a call's
 * follow-up) or the app suggests, and "Date to watch" for a date the CMS promised, not the parent's limit.
 */
class DeadlineTimelineLabelTest extends WithJordanReedsCase {

    StandingStore standing;

    @BeforeEach
    void open() {
        standing = records.standing();
        records.calls().add(new Call(0, caseId, LocalDate.of(2026, 11, 19).atTime(10, 15), CallDirection.I_CALLED,
                "0800 171 2345", "Karen", "Direct Pay team", "KB4471", "Asked about the missed payments.",
                "call me back.", Optional.of(LocalDate.of(2026, 12, 1)), "", Optional.of(LocalDate.of(2026, 12, 2)),
                false, false, null));
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 31), "",
                Optional.empty()));
        standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE, LocalDate.of(2026, 11, 17),
                ""));
    }

    @Test
    void eachDateIsCalledWhatItIs() {
        Map<String, String> labels = new TreeMap<>();
        for (TimelineEntry e : standing.timeline(caseId)) {
            if (e.kind() == TimelineKind.DEADLINE) {
                labels.put(e.title(), e.label());
            }
        }
        assertEquals("Reminder", labels.get("Follow up your call of 19 Nov 2026"), labels.toString());
        assertEquals("Date to watch", labels.get("On your call of 19 Nov 2026 you noted: \"call me back\", by Tue 1 Dec "
                + "2026"), labels.toString());
        assertEquals("Deadline", labels.get("Ask for a mandatory reconsideration \u2014 Limit Mon 30 Nov 2026: "
                + "to be safe, post your letter 1st class by Thu 26 Nov 2026"), labels.toString());
        assertEquals("Reminder", labels.get("If nothing has happened since the CMS's \"Arrears notice\" step, ask them "
                + "to take the next one"), labels.toString());
    }
}
