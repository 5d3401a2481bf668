package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ArrangementHistoryTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @Test
    void eachArrangementIsInForceFromItsDateUntilTheNext() {
        ArrangementHistory history = ArrangementHistory.since(Arrangement.DIRECT_PAY)
                .movedOn(MARCH_1, Arrangement.COLLECT_AND_PAY).movedOn(JUNE_1, Arrangement.DIRECT_PAY);
        assertEquals(Arrangement.DIRECT_PAY, history.on(MARCH_1.minusDays(1)));
        assertEquals(Arrangement.COLLECT_AND_PAY, history.on(MARCH_1));
        assertEquals(Arrangement.COLLECT_AND_PAY, history.on(JUNE_1.minusDays(1)));
        assertEquals(Arrangement.DIRECT_PAY, history.on(JUNE_1));
        assertEquals(Arrangement.DIRECT_PAY, history.latest());
        assertEquals(JUNE_1, history.latestSince());
        assertEquals(Map.of(LocalDate.MIN, false, MARCH_1, true, JUNE_1, false), history.collectAndPayFrom());
    }

    @Test
    void aPeriodLikeTheOneBeforeItAddsNothing() {
        ArrangementHistory history = ArrangementHistory.since(Arrangement.COLLECT_AND_PAY)
                .movedOn(MARCH_1, Arrangement.COLLECT_AND_PAY).movedOn(JUNE_1, Arrangement.PRIVATE);
        assertEquals(List.of(new ArrangementHistory.Period(LocalDate.MIN, Arrangement.COLLECT_AND_PAY),
                new ArrangementHistory.Period(JUNE_1, Arrangement.PRIVATE)), history.periods());
        assertTrue(history.periods().get(0).fromTheStart());
        ArrangementHistory unchanged = ArrangementHistory.since(Arrangement.DIRECT_PAY)
                .movedOn(MARCH_1, Arrangement.DIRECT_PAY);
        assertEquals(LocalDate.MIN, unchanged.latestSince(), "Direct Pay since the start, not since March");
    }

    @Test
    void beforeTheFirstDateTheFirstArrangementStandsAndThereIsAlwaysOne() {
        ArrangementHistory history = new ArrangementHistory(new TreeMap<>(Map.of(MARCH_1, Arrangement.PRIVATE)));
        assertEquals(Arrangement.PRIVATE, history.on(LocalDate.of(2020, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new ArrangementHistory(new TreeMap<>()));
    }
}
