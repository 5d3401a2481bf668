package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.MonthTotals;

class ChartPeriodTest {

    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 11, 8).atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    private final LocalDate today = LocalDate.now(CLOCK);
    private final YearMonth longAgo = YearMonth.of(2019, 3);

    @Test
    void lastTwelveMonthsEndsWithThisMonthAndStartsElevenMonthsBefore() {
        ChartPeriod period = ChartPeriod.LAST_12_MONTHS;
        assertEquals(LocalDate.of(2025, 12, 1), period.firstDay(today, longAgo));
        List<YearMonth> months = period.months(today, longAgo);
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 11), months.get(11));
        assertEquals("Dec 2025 to Nov 2026", period.span(today, longAgo));
    }

    @Test
    void lastThreeYearsIsThisCalendarYearAndTheTwoBeforeShownAsYearBars() {
        ChartPeriod period = ChartPeriod.LAST_3_YEARS;
        assertEquals(LocalDate.of(2024, 1, 1), period.firstDay(today, longAgo));
        assertEquals(List.of("2024", "2025", "2026"),
                period.bars(today, longAgo, Map.of()).stream().map(ChartPeriod.Bar::label).toList());
    }

    @Test
    void noPeriodStartsBeforeTheFirstRecordSoShortHistoriesGetMonthBars() {
        YearMonth recent = YearMonth.of(2026, 8);
        for (ChartPeriod period : ChartPeriod.values()) {
            assertEquals(LocalDate.of(2026, 8, 1), period.firstDay(today, recent), period.name());
            assertEquals(List.of("Aug", "Sep", "Oct", "Nov"),
                    period.bars(today, recent, Map.of()).stream().map(ChartPeriod.Bar::label).toList());
        }
        assertEquals(LocalDate.of(2019, 3, 1), ChartPeriod.EVERYTHING.firstDay(today, longAgo));
    }

    @Test
    void monthLabelsAreShortAndDifferentAndTheReadoutWordsCarryTheYear() {
        List<ChartPeriod.Bar> bars = ChartPeriod.LAST_12_MONTHS.bars(today, longAgo, Map.of());
        assertEquals("Dec", bars.get(0).label());
        assertEquals("Dec 2025", bars.get(0).words());
        assertEquals(12, bars.stream().map(ChartPeriod.Bar::label).distinct().count());
    }

    @Test
    void yearBarsAddUpTheirMonthsAndMonthsOutsideThePeriodAreLeftOut() {
        Map<YearMonth, MonthTotals> totals = Map.of(
                YearMonth.of(2023, 12), new MonthTotals(Money.ofPounds(999), Money.ofPounds(999)),
                YearMonth.of(2024, 1), new MonthTotals(Money.ofPounds(100), Money.ofPounds(40)),
                YearMonth.of(2024, 12), new MonthTotals(Money.ofPounds(100), Money.ofPounds(100)),
                YearMonth.of(2026, 11), new MonthTotals(Money.ofPounds(100), Money.ZERO));
        List<ChartPeriod.Bar> bars = ChartPeriod.LAST_3_YEARS.bars(today, longAgo, totals);
        assertEquals(new ChartPeriod.Bar("2024", "2024", Money.ofPounds(200), Money.ofPounds(140)), bars.get(0));
        assertEquals(new ChartPeriod.Bar("2025", "2025", Money.ZERO, Money.ZERO), bars.get(1));
        assertEquals(new ChartPeriod.Bar("2026", "2026", Money.ofPounds(100), Money.ZERO), bars.get(2));
    }

    @Test
    void thePointedDayIsNeverAfterTodayNorBeforeThePeriod() {
        ChartPeriod period = ChartPeriod.LAST_12_MONTHS;
        assertEquals(today, period.pointedDay(today.plusDays(5).toEpochDay(), today, longAgo));
        assertEquals(LocalDate.of(2025, 12, 1), period.pointedDay(LocalDate.of(2025, 6, 1).toEpochDay(), today, longAgo));
        assertEquals(LocalDate.of(2026, 3, 4), period.pointedDay(LocalDate.of(2026, 3, 4).toEpochDay(), today, longAgo));
    }
}
