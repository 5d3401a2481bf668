package uk.cml.ui.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.MonthTotals;

/**
 * The two charts: the arrears balance over time, and expected against received per month. Pointing at either
 * shows the figure and date in a line of text under it (and a tooltip on each bar), so nothing depends on colour.
 */
final class OverviewCharts {

    /** More bars than this would be too thin to read; older months are in the schedule. */
    static final int MONTHS_SHOWN = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    final AreaChart<Number, Number> balance;
    final BarChart<String, Number> months;
    final Label balanceReadout = new Label("Point at the chart to see the balance on a date.");
    final Label monthReadout = new Label("Point at a bar to see the month's figures.");
    private final NumberAxis days = new NumberAxis();
    private List<LocalDate> balanceDates = List.of();
    private List<Money> balanceFigures = List.of();

    OverviewCharts() {
        days.setAutoRanging(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return MONTH.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis pounds = new NumberAxis();
        pounds.setLabel("Owed (£)");
        balance = new AreaChart<>(days, pounds);
        balance.setId("overview-balance-chart");
        balance.setTitle("Arrears over time");
        balance.setLegendVisible(false);
        balance.setCreateSymbols(false);
        balance.setAnimated(false);
        balance.setAccessibleText("Chart of the arrears balance over time");
        balance.setOnMouseMoved(e -> pointAt(days, e.getSceneX(), e.getSceneY()));
        balanceReadout.setId("overview-balance-readout");
        CategoryAxis monthAxis = new CategoryAxis();
        NumberAxis amount = new NumberAxis();
        amount.setLabel("£");
        months = new BarChart<>(monthAxis, amount);
        months.setId("overview-month-chart");
        months.setTitle("Expected and received each month");
        months.setAnimated(false);
        months.setCategoryGap(8);
        months.setBarGap(1);
        months.setAccessibleText("Chart of money expected and received each month");
        monthReadout.setId("overview-month-readout");
        for (Label readout : List.of(balanceReadout, monthReadout)) {
            readout.getStyleClass().add("field-hint");
            readout.setWrapText(true);
        }
    }

    void show(ArrearsSchedule schedule) {
        Map<LocalDate, Money> series = schedule.balanceSeries();
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        List<LocalDate> dates = new ArrayList<>(series.size());
        List<Money> figures = new ArrayList<>(series.size());
        Money previous = Money.ZERO;
        for (Map.Entry<LocalDate, Money> point : series.entrySet()) {
            long day = point.getKey().toEpochDay();
            // A step: the old balance holds until the day it changes.
            line.getData().add(new XYChart.Data<>(day, previous.toPounds()));
            line.getData().add(new XYChart.Data<>(day, point.getValue().toPounds()));
            dates.add(point.getKey());
            figures.add(point.getValue());
            previous = point.getValue();
        }
        line.getData().add(new XYChart.Data<>(schedule.asOf().toEpochDay(), previous.toPounds()));
        // Fixed range from the first line to today: auto-ranging rounds out to months before anything happened.
        long first = schedule.lines().isEmpty() ? schedule.asOf().toEpochDay() : schedule.lines().get(0).date().toEpochDay();
        long last = Math.max(first + 7, schedule.asOf().toEpochDay());
        days.setLowerBound(first);
        days.setUpperBound(last);
        days.setTickUnit(Math.max(1, (last - first) / 5.0));
        balanceDates = dates;
        balanceFigures = figures;
        balance.getData().setAll(List.of(line));
        showMonths(schedule.expectedVsReceivedByMonth());
    }

    private void showMonths(Map<YearMonth, MonthTotals> totals) {
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName("Expected");
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName("Received");
        List<Map.Entry<YearMonth, MonthTotals>> entries = new ArrayList<>(totals.entrySet());
        List<Map.Entry<YearMonth, MonthTotals>> recent =
                entries.subList(Math.max(0, entries.size() - MONTHS_SHOWN), entries.size());
        for (Map.Entry<YearMonth, MonthTotals> month : recent) {
            String name = MONTH.format(month.getKey());
            expected.getData().add(new XYChart.Data<>(name, month.getValue().expected().toPounds()));
            received.getData().add(new XYChart.Data<>(name, month.getValue().received().toPounds()));
        }
        months.getData().setAll(List.of(expected, received));
        for (int i = 0; i < recent.size(); i++) {
            String text = MONTH.format(recent.get(i).getKey()) + ": expected "
                    + recent.get(i).getValue().expected().format() + ", received "
                    + recent.get(i).getValue().received().format();
            explain(expected.getData().get(i).getNode(), text);
            explain(received.getData().get(i).getNode(), text);
        }
    }

    private void explain(Node bar, String text) {
        if (bar == null) {
            return;
        }
        Tooltip.install(bar, new Tooltip(text));
        bar.setOnMouseEntered(e -> monthReadout.setText(text));
        bar.setOnMouseClicked(e -> monthReadout.setText(text));
    }

    private void pointAt(NumberAxis days, double sceneX, double sceneY) {
        if (balanceDates.isEmpty()) {
            return;
        }
        Point2D local = days.sceneToLocal(sceneX, sceneY);
        Number value = days.getValueForDisplay(local.getX());
        if (value == null) {
            return;
        }
        LocalDate date = LocalDate.ofEpochDay(value.longValue());
        int index = lastOnOrBefore(date);
        Money figure = index < 0 ? Money.ZERO : balanceFigures.get(index);
        balanceReadout.setText(UkFormats.shortDate(date) + ": " + figure.format() + " owed");
    }

    private int lastOnOrBefore(LocalDate date) {
        int low = 0;
        int high = balanceDates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (balanceDates.get(mid).isAfter(date)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low - 1;
    }
}
