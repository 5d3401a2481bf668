package uk.cml.ui.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.MonthTotals;
import uk.cml.ui.common.Messages;

/**
 * The period both overview charts cover, so the balance line and the bars always show the same dates. A period
 * never starts before the month of the first record and always ends today. Plain Java: tested without a window.
 */
enum ChartPeriod {
    LAST_12_MONTHS(Messages.text("overview.chartPeriod.last12Months")),
    LAST_3_YEARS(Messages.text("overview.chartPeriod.last3Years")),
    EVERYTHING(Messages.text("overview.chartPeriod.everything"));

    /** Up to this many months get a bar each (their short names are then all different); longer periods get years. */
    static final int MONTH_BARS = 12;
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** One bar: its label on the axis, the words for the readout, and the month totals added up. */
    record Bar(String label, String words, Money expected, Money received) {
    }

    private final String words;

    ChartPeriod(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }

    /** The first day shown. "Last 3 years" is this calendar year and the two before, so each year's bar is whole. */
    LocalDate firstDay(LocalDate today, YearMonth firstRecord) {
        LocalDate start = switch (this) {
            case LAST_12_MONTHS -> YearMonth.from(today).minusMonths(MONTH_BARS - 1L).atDay(1);
            case LAST_3_YEARS -> LocalDate.of(today.getYear() - 2, 1, 1);
            case EVERYTHING -> firstRecord.atDay(1);
        };
        LocalDate recordsStart = firstRecord.atDay(1);
        return start.isBefore(recordsStart) ? recordsStart : start;
    }

    /** The months in the period, oldest first, ending with today's month. */
    List<YearMonth> months(LocalDate today, YearMonth firstRecord) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(firstDay(today, firstRecord)); !m.isAfter(YearMonth.from(today));
             m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** True when the bars are months ("Jan"); otherwise they are calendar years ("2025"). */
    boolean barsAreMonths(LocalDate today, YearMonth firstRecord) {
        return months(today, firstRecord).size() <= MONTH_BARS;
    }

    /** The words under the bar chart, which carry the year once: "Dec 2025 to Nov 2026". */
    String span(LocalDate today, YearMonth firstRecord) {
        List<YearMonth> months = months(today, firstRecord);
        return Messages.text("overview.chartPeriod.to", MONTH_YEAR.format(months.get(0)),
                MONTH_YEAR.format(months.get(months.size() - 1)));
    }

    /** The bars for the period, each the sum of its months' totals (a month missing from the totals counts as none). */
    List<Bar> bars(LocalDate today, YearMonth firstRecord, Map<YearMonth, MonthTotals> totals) {
        boolean byMonth = barsAreMonths(today, firstRecord);
        Map<String, Bar> bars = new LinkedHashMap<>();
        for (YearMonth month : months(today, firstRecord)) {
            String label = byMonth ? SHORT_MONTH.format(month) : String.valueOf(month.getYear());
            String words = byMonth ? MONTH_YEAR.format(month) : label;
            MonthTotals t = totals.getOrDefault(month, new MonthTotals(Money.ZERO, Money.ZERO));
            Bar sum = bars.getOrDefault(label, new Bar(label, words, Money.ZERO, Money.ZERO));
            bars.put(label, new Bar(label, words, sum.expected().plus(t.expected()), sum.received().plus(t.received())));
        }
        return List.copyOf(bars.values());
    }

    /** The day a pointer at the balance chart stands for: kept inside the period and never after today. */
    LocalDate pointedDay(long epochDay, LocalDate today, YearMonth firstRecord) {
        LocalDate first = firstDay(today, firstRecord);
        LocalDate day = first.plusDays(Math.max(0, epochDay - first.toEpochDay()));
        return day.isAfter(today) ? today : day;
    }
}
