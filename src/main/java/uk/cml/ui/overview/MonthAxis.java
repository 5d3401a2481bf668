package uk.cml.ui.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.ValueAxis;

/**
 * The balance chart's date axis: values are days (epoch days), and each tick is the first day of a month, named
 * once ("Jan 2026", "Apr 2026"). A number axis puts its ticks at even steps from the first day, so a tick named
 * "Mar 2026" stood at 26 March, and over a short record the same month was named at every tick.
 */
final class MonthAxis extends ValueAxis<Number> {

    /** At most this many months are named: each name needs room on a chart half a laptop screen wide. */
    static final int MOST_LABELS = 5;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final int[] STEPS = {1, 2, 3, 6, 12};

    MonthAxis() {
        setAutoRanging(false);
        setAnimated(false);
        setMinorTickVisible(false);
    }

    /**
     * The first days of months from {@code from} to {@code to}, both included, every month or fewer so that at most
     * {@link #MOST_LABELS} are named: every 2, 3, 6 or 12 months (then whole years) counted from January, so the
     * months named are the same however the period starts. Plain Java: tested without a window.
     */
    static List<LocalDate> ticks(LocalDate from, LocalDate to) {
        List<LocalDate> firsts = new ArrayList<>();
        for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
            if (!d.isBefore(from)) {
                firsts.add(d);
            }
        }
        for (int i = 0; ; i++) {
            long step = i < STEPS.length ? STEPS[i] : 12L << (i - STEPS.length + 1);
            List<LocalDate> kept = firsts.stream()
                    .filter(d -> Math.floorMod(d.getYear() * 12L + d.getMonthValue() - 1, step) == 0).toList();
            if (kept.size() <= MOST_LABELS) {
                return kept.isEmpty() ? firsts.subList(0, Math.min(1, firsts.size())) : kept;
            }
        }
    }

    /** The name a tick has: the month its day is in. */
    static String label(long epochDay) {
        return MONTH.format(LocalDate.ofEpochDay(epochDay));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        return ticks(LocalDate.ofEpochDay((long) Math.ceil(bounds[0])), LocalDate.ofEpochDay((long) bounds[1]))
                .stream().map(d -> (Number) (double) d.toEpochDay()).toList();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label(Math.round(value.doubleValue()));
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }
}
