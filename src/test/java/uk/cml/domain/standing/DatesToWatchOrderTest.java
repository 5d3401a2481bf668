package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.store.SeededFacts;

/**
 * Where it stands' "Dates to watch" on Sunday 22 November 2026, when the list holds dates gone and dates to come: what
 * is next comes first (today or later, soonest first), then what has gone by, newest first, by the order the
 * Overview's What needs doing puts the same days in ({@link uk.cml.domain.todo.Todos#gather}). It once ran in plain
 * date order, so a promise broken in September headed the list above one due tomorrow.
 */
class DatesToWatchOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Call promise(long id, LocalDate called, LocalDate by, Optional<LocalDate> followUp) {
        return new Call(id, 1, called.atTime(10, 0), CallDirection.I_CALLED, "0800 171 2345", "Karen", "", "",
                "Arrears", "call me back", Optional.of(by), "", followUp, false, false, LocalDateTime.now());
    }

    @Test
    void upcomingSoonestFirstThenPassedNewestFirst() {
        StandingReport report = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(),
                List.of(), List.of(), List.of(), List.of(
                        promise(1, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 1), Optional.empty()),
                        promise(2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10), Optional.empty()),
                        promise(3, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 12, 1),
                                Optional.of(LocalDate.of(2026, 11, 25))),
                        promise(4, LocalDate.of(2026, 11, 20), TODAY, Optional.empty())),
                TODAY);
        List<LocalDate> order = report.datesToWatch(TODAY).stream().map(Deadline::date).toList();
        assertEquals(List.of(TODAY, LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 10, 1)), order);
        // The same dates as before, only in this order; every other use keeps the earliest first.
        assertEquals(report.allDeadlines().size(), order.size());
        assertEquals(LocalDate.of(2026, 10, 1), report.allDeadlines().get(0).date());
    }

    @Test
    void allToComeOrAllGoneKeepsTheirNaturalOrder() {
        StandingReport gone = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(), List.of(),
                List.of(), List.of(), List.of(), List.of(
                        promise(1, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 1), Optional.empty()),
                        promise(2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 10), Optional.empty())),
                TODAY);
        assertEquals(List.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 10, 1)),
                gone.datesToWatch(TODAY).stream().map(Deadline::date).toList());
    }
}
