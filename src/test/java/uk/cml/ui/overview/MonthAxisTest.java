package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The balance chart's month ticks: first days of months, each named once, never more than five. */
class MonthAxisTest {

    @Test
    void aFirstWeekNamesItsMonthOnce() {
        // A new case whose first due is this month: the chart runs from 1 December for a week.
        assertEquals(List.of(LocalDate.of(2026, 12, 1)),
                MonthAxis.ticks(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8)));
        assertEquals("Dec 2026", MonthAxis.label(LocalDate.of(2026, 12, 1).toEpochDay()));
    }

    @Test
    void twelveMonthsAreNamedEveryQuarterFromJanuary() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 1)), MonthAxis.ticks(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void longRecordsAreNamedByWholeYears() {
        List<LocalDate> ticks = MonthAxis.ticks(LocalDate.of(2016, 3, 1), LocalDate.of(2026, 11, 22));
        assertEquals(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)), ticks);
    }

    @Test
    void fiveMonthsAreEachNamed() {
        assertEquals(5, MonthAxis.ticks(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 22)).size());
    }
}
