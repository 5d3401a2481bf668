package uk.cml.ui.overview;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
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
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.MonthTotals;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.ShownBy;

/**
 * The two charts: the arrears balance over time, and expected against received per month (or per year for a long
 * period). Both cover the period chosen in {@link #period}. Pointing at either shows the figure and date in a line
 * of text under it (and a tooltip on each bar), so nothing depends on colour.
 *
 * <p>The charts are made by {@link #build}, which the Overview calls once its figures are on screen: they sit below
 * the figures, and making, styling and laying out two charts was a tenth of the app's start-up. Until then each box
 * holds a blank of the chart's own height (app.css, .overview-chart), so the page is as tall before as after and
 * nothing moves when the charts come.
 */
final class OverviewCharts {

    final ChoiceBox<ChartPeriod> period = new ChoiceBox<>();
    final VBox balanceBox;
    final VBox monthBox;
    private final Label balanceReadout = new Label(Messages.text("overview.charts.pointAtTheChartTo"));
    private final Label monthReadout = new Label(Messages.text("overview.charts.pointAtABarTo"));
    /**
     * The one tooltip of every bar, made with the charts: JavaFX's tooltip (a pop-up window, its timers) is 30-odd
     * classes the first window does not need, the charts being below it.
     */
    private Tooltip barTip;
    private MonthAxis days;
    private CategoryAxis monthAxis;
    private AreaChart<Number, Number> balance;
    private BarChart<String, Number> months;
    private List<LocalDate> balanceDates = List.of();
    private List<Money> balanceFigures = List.of();
    private ArrearsSchedule shown;
    private YearMonth firstRecord;
    private Money balanceStart = Money.ZERO;

    OverviewCharts() {
        balanceReadout.setId("overview-balance-readout");
        monthReadout.setId("overview-month-readout");
        for (Label readout : List.of(balanceReadout, monthReadout)) {
            readout.getStyleClass().add("field-hint");
            readout.setWrapText(true);
        }
        balanceBox = new VBox(blank(), balanceReadout);
        monthBox = new VBox(blank(), monthReadout);
        for (VBox box : List.of(balanceBox, monthBox)) {
            // Both start from the same width in app.css (.chart-box) and share what is left evenly.
            HBox.setHgrow(box, Priority.ALWAYS);
            box.getStyleClass().add("chart-box");
        }
        period.setId("overview-period");
        period.setAccessibleText(Messages.text("overview.charts.periodTheChartsShow"));
        period.getItems().setAll(ChartPeriod.values());
        period.setValue(ChartPeriod.LAST_12_MONTHS);
        // The schedule is already in memory: re-drawing for another period needs no database and little work.
        period.valueProperty().addListener((obs, old, now) -> {
            if (shown != null) {
                show(shown);
            }
        });
    }

    /** Where a chart will be: nothing to see, the chart's height. */
    private static Region blank() {
        Region blank = new Region();
        blank.getStyleClass().add("overview-chart");
        return blank;
    }

    /** Whether {@link #build} has made the charts. */
    boolean built() {
        return balance != null;
    }

    /** Makes the two charts in place of the blanks, and draws the schedule shown, if any. Once; on the FX thread. */
    void build() {
        if (built()) {
            return;
        }
        barTip = new Tooltip();
        days = new MonthAxis();
        balance = new AreaChart<>(days, pounds(Messages.text("overview.charts.owed")));
        balance.setId("overview-balance-chart");
        balance.setTitle(Messages.text("overview.charts.arrearsOverTime"));
        balance.setLegendVisible(false);
        balance.setCreateSymbols(false);
        balance.setAnimated(false);
        balance.setAccessibleText(Messages.text("overview.charts.chartOfTheArrearsBalance"));
        balance.setOnMouseMoved(e -> pointAt(e.getSceneX(), e.getSceneY()));
        monthAxis = new CategoryAxis();
        monthAxis.setTickLabelRotation(0);
        // No axis animates: a changing axis fades its old names out over its new ones, so a month showed twice.
        monthAxis.setAnimated(false);
        months = new BarChart<>(monthAxis, pounds(Messages.text("overview.charts.amount")));
        months.setId("overview-month-chart");
        months.setTitle(Messages.text("overview.charts.expectedAndReceived"));
        months.setAnimated(false);
        months.setCategoryGap(8);
        months.setBarGap(1);
        months.setAccessibleText(Messages.text("overview.charts.chartOfMoneyExpectedAnd"));
        balance.getStyleClass().add("overview-chart");
        months.getStyleClass().add("overview-chart");
        balanceBox.getChildren().set(0, balance);
        monthBox.getChildren().set(0, months);
        if (shown != null) {
            show(shown);
        }
    }

    /** A money axis whose ticks read as pounds: £200, £1,500. */
    private static NumberAxis pounds(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setAnimated(false);
        axis.setLabel(Messages.text("overview.charts.poundsAxis", label));
        NumberFormat whole = NumberFormat.getIntegerInstance(Locale.UK);
        axis.setTickLabelFormatter(ShownBy.<Number>words(v -> (v.doubleValue() < 0 ? "-£" : "£")
                + whole.format(Math.abs(v.doubleValue()))));
        return axis;
    }


    /** Draws the schedule over the chosen period; before {@link #build}, keeps it to draw then. */
    void show(ArrearsSchedule schedule) {
        shown = schedule;
        if (!built()) {
            return;
        }
        LocalDate today = schedule.asOf();
        ChartPeriod chosen = period.getValue();
        Map<YearMonth, MonthTotals> totals = schedule.expectedVsReceivedByMonth();
        firstRecord = totals.keySet().stream().findFirst().orElse(YearMonth.from(today));
        LocalDate first = chosen.firstDay(today, firstRecord);
        // Money that came early for a due counts on that due's day, as in the Balance column and the letters: by the
        // bank alone the line dipped to £0.00 the day before a due paid a day early (reviewer, 4 Dec 2026). Each due
        // counts on its own date, as the tables list it, a bank-holiday one too: the words say while it was not late.
        Map<LocalDate, Money> owed = uk.cml.domain.arrears.RunningBalance.owedByDueDateCountingEarlyMoney(schedule);
        balanceStart = balanceBefore(owed, first);
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.getData().add(new XYChart.Data<>(first.toEpochDay(), balanceStart.toPounds()));
        List<LocalDate> dates = new ArrayList<>();
        List<Money> figures = new ArrayList<>();
        Money previous = balanceStart;
        for (Map.Entry<LocalDate, Money> point : owed.entrySet()) {
            if (point.getKey().isBefore(first)) {
                continue;
            }
            long day = point.getKey().toEpochDay();
            // A step: the old balance holds until the day it changes.
            line.getData().add(new XYChart.Data<>(day, previous.toPounds()));
            line.getData().add(new XYChart.Data<>(day, point.getValue().toPounds()));
            dates.add(point.getKey());
            figures.add(point.getValue());
            previous = point.getValue();
        }
        line.getData().add(new XYChart.Data<>(today.toEpochDay(), previous.toPounds()));
        // Fixed range over the period: auto-ranging rounds out to months before anything happened.
        long from = first.toEpochDay();
        long to = Math.max(from + 7, today.toEpochDay());
        days.setLowerBound(from);
        days.setUpperBound(to);
        balanceDates = dates;
        balanceFigures = figures;
        balance.getData().setAll(List.of(line));
        // Under Collect and Pay both bars are before the CMS fee (received: what the CMS collected for what reached
        // the parent), so the words say so: "received £50.00" read as the bank's £48.00.
        boolean beforeFee = schedule.lines().stream().anyMatch(l -> l.fee().isPositive())
                || schedule.received(LocalDate.MIN, schedule.asOf()).stream().anyMatch(r -> r.feeTaken());
        showBars(chosen.bars(today, firstRecord, totals), beforeFee);
        monthAxis.setLabel(chosen.span(today, firstRecord));
    }

    /** The balance at the end of the day before the period starts: where the line begins. */
    private static Money balanceBefore(Map<LocalDate, Money> owed, LocalDate first) {
        Money before = Money.ZERO;
        for (Map.Entry<LocalDate, Money> point : owed.entrySet()) {
            if (!point.getKey().isBefore(first)) {
                break;
            }
            before = point.getValue();
        }
        return before;
    }

    private void showBars(List<ChartPeriod.Bar> bars, boolean beforeFee) {
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        expected.setName(Messages.text("overview.charts.expected"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(Messages.text("overview.charts.received"));
        // Under Collect and Pay the bars are what the other parent paid through the CMS, before its fee: the title
        // says so, so the received bar is not read as the money that reached the parent.
        months.setTitle(Messages.text(beforeFee ? "overview.charts.expectedAndReceivedBeforeFee"
                : "overview.charts.expectedAndReceived"));
        for (ChartPeriod.Bar bar : bars) {
            expected.getData().add(new XYChart.Data<>(bar.label(), bar.expected().toPounds()));
            received.getData().add(new XYChart.Data<>(bar.label(), bar.received().toPounds()));
        }
        // Empty the chart before the axis gets its new names: replacing series and names together leaves JavaFX's
        // bar chart drawing only one series, off its names.
        months.getData().clear();
        monthAxis.getCategories().setAll(bars.stream().map(ChartPeriod.Bar::label).toList());
        months.getData().setAll(List.of(expected, received));
        for (int i = 0; i < bars.size(); i++) {
            ChartPeriod.Bar bar = bars.get(i);
            String text = Messages.text(beforeFee ? "overview.charts.expectedReceivedBeforeFee"
                    : "overview.charts.expectedReceived", bar.words(), bar.expected().format(),
                    bar.received().format());
            explain(expected.getData().get(i).getNode(), text);
            explain(received.getData().get(i).getNode(), text);
        }
    }

    private void explain(Node bar, String text) {
        if (bar == null) {
            return;
        }
        // One tooltip for every bar, its words set as the pointer arrives: a tooltip each (24 pop-up windows'
        // worth of objects) was a tenth of the first Overview's time on the JavaFX thread.
        Tooltip.install(bar, barTip);
        bar.setOnMouseEntered(e -> {
            barTip.setText(text);
            monthReadout.setText(text);
        });
        bar.setOnMouseClicked(e -> monthReadout.setText(text));
    }

    private void pointAt(double sceneX, double sceneY) {
        if (shown == null) {
            return;
        }
        Point2D local = days.sceneToLocal(sceneX, sceneY);
        Number value = days.getValueForDisplay(local.getX());
        if (value == null) {
            return;
        }
        LocalDate date = period.getValue().pointedDay(value.longValue(), shown.asOf(), firstRecord);
        int index = lastOnOrBefore(date);
        Money figure = index < 0 ? balanceStart : balanceFigures.get(index);
        balanceReadout.setText(FigureWords.owedOnTheChart(shown, date, figure));
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
