package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;
import uk.cml.ui.Snapshots;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;

/** The sample case's overview charts: month bars for the last 12 months, year bars after choosing 3 years. */
@ExtendWith(ApplicationExtension.class)
class SampleOverviewChartsTest extends AppRobot {

    @TempDir
    Path dataFolder;
    AppServices services;
    final uk.cml.ui.common.Background background = new uk.cml.ui.common.Background();
    Stage stage;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (stage != null) {
                stage.close();
            }
            background.close();
            if (services != null) {
                services.close();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> barLabels() {
        BarChart<String, Number> chart = (BarChart<String, Number>) waitFor("#overview-month-chart");
        return List.copyOf(((CategoryAxis) chart.getXAxis()).getCategories());
    }

    /** Opens the sample case's Overview in a window of this height. */
    private OverviewView openSample(double height) throws Exception {
        services = AppServices.open(dataFolder.resolve("records"), CLOCK);
        new SampleData(services, 3, 0).fill();
        var currentCase = new javafx.beans.property.SimpleObjectProperty<>(services.cases.cases().get(0));
        OverviewView page = new OverviewView(new OverviewModel(services.payments, List.of()), background, CLOCK, currentCase,
                destination -> { });
        interact(() -> {
            stage = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) page.view(), 1024, height);
            scene.getStylesheets().add(PageHarness.class.getResource("/uk/cml/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            page.shown();
        });
        return page;
    }

    @Test
    void chartsBelowTheWindowsEdgeAreMadeWhenScrolledTo() throws Exception {
        // Short enough that the charts' blanks start below the bottom edge, under the owed figures.
        OverviewView page = openSample(240);
        javafx.scene.Node period = waitFor("#overview-period");
        waitUntil("the owed figure is shown", () -> lookup("#overview-owed").tryQuery()
                .map(n -> !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) page.view();
        double bottom = interactAndGet(() -> scroll.localToScene(scroll.getLayoutBounds()).getMaxY());
        double below = interactAndGet(() -> period.localToScene(period.getLayoutBounds()).getMaxY());
        assertTrue(below > bottom, "the charts start below the window's edge: " + below + " > " + bottom);
        assertTrue(lookup("#overview-balance-chart").tryQuery().isEmpty(), "no chart is made out of sight");
        interact(() -> scroll.setVvalue(scroll.getVmax()));
        waitFor("#overview-balance-chart");
        waitUntil("the month bars are drawn", () -> barLabels().size() == 12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothChartsFollowTheChosenPeriod() throws Exception {
        OverviewView page = openSample(1400);
        waitUntil("the month bars are drawn", () -> barLabels().size() == 12);
        String thisMonth = java.time.format.DateTimeFormatter.ofPattern("MMM", java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.now(CLOCK));
        assertEquals(thisMonth, barLabels().get(11), "the last bar is this month");
        Snapshots.save(this, page.view(), "overview-charts-12-months.png");
        javafx.scene.control.ChoiceBox<Object> period = (javafx.scene.control.ChoiceBox<Object>) waitFor("#overview-period");
        interact(() -> period.getSelectionModel().select(1));
        int year = java.time.LocalDate.now(CLOCK).getYear();
        waitUntil("the year bars are drawn", () -> barLabels().size() == 3);
        assertEquals(List.of(String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year)), barLabels());
        BarChart<String, Number> bars = waitFor("#overview-month-chart");
        for (var series : bars.getData()) {
            assertEquals(3, series.getData().size(), series.getName());
            assertTrue(series.getData().stream().allMatch(d -> d.getNode() != null && d.getNode().isVisible()),
                    series.getName() + " bars are drawn");
        }
        Snapshots.save(this, page.view(), "overview-charts-3-years.png");
        assertTrue(((javafx.scene.chart.ValueAxis<Number>) ((javafx.scene.chart.AreaChart<Number, Number>)
                waitFor("#overview-balance-chart")).getXAxis()).getLowerBound()
                == java.time.LocalDate.of(year - 2, 1, 1).toEpochDay(), "the balance chart covers the same years");
    }

    /**
     * The balance chart's date names as drawn, left to right, each with the day under its middle (to the nearest
     * day: a name is centred on its tick).
     */
    @SuppressWarnings("unchecked")
    static List<java.util.Map.Entry<java.time.LocalDate, String>> balanceTicks(AppRobot robot) {
        javafx.scene.chart.AreaChart<Number, Number> chart = robot.waitFor("#overview-balance-chart");
        javafx.scene.chart.Axis<Number> axis = chart.getXAxis();
        return robot.interactAndGet(() -> axis.lookupAll("Text").stream()
                .filter(n -> n.getClass() == javafx.scene.text.Text.class && n.isVisible()
                        && !((javafx.scene.text.Text) n).getText().isEmpty())
                .map(n -> {
                    javafx.geometry.Bounds b = axis.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                    double day = axis.getValueForDisplay(b.getCenterX()).doubleValue();
                    return java.util.Map.entry(java.time.LocalDate.ofEpochDay(Math.round(day)),
                            ((javafx.scene.text.Text) n).getText());
                }).sorted(java.util.Map.Entry.comparingByKey()).toList());
    }

    /** Each name is the month of the day it stands at, that day is a month's first (give or take one), once. */
    static void eachMonthOnceAtItsFirstDay(List<java.util.Map.Entry<java.time.LocalDate, String>> ticks) {
        assertEquals(ticks.size(), ticks.stream().map(java.util.Map.Entry::getValue).distinct().count(),
                "each name once: " + ticks);
        for (var tick : ticks) {
            java.time.LocalDate first = tick.getKey().plusDays(1).withDayOfMonth(1);
            assertTrue(Math.abs(tick.getKey().toEpochDay() - first.toEpochDay()) <= 1,
                    "a month's name stands at its first day: " + tick);
            assertEquals(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH)
                    .format(first), tick.getValue(), "the name is that month's: " + tick);
        }
    }

    /**
     * Each month on the balance chart's axis is named once, at its own first day: "Mar 2026" stood at 26 March
     * when the ticks were even steps from the first day. Today is Sunday 22 November 2026.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theBalanceChartNamesEachMonthOnceAtItsFirstDay() throws Exception {
        openSample(1400);
        waitUntil("the month bars are drawn", () -> barLabels().size() == 12);
        waitUntil("the dates are named", () -> !balanceTicks(this).isEmpty());
        assertEquals(List.of("Jan 2026", "Apr 2026", "Jul 2026", "Oct 2026"),
                balanceTicks(this).stream().map(java.util.Map.Entry::getValue).toList());
        eachMonthOnceAtItsFirstDay(balanceTicks(this));
        javafx.scene.control.ChoiceBox<Object> period = (javafx.scene.control.ChoiceBox<Object>) waitFor("#overview-period");
        for (int choice = 1; choice <= 2; choice++) {
            int chosen = choice;
            interact(() -> period.getSelectionModel().select(chosen));
            waitUntil("the bars follow", () -> barLabels().size() <= 4);
            var ticks = balanceTicks(this);
            assertTrue(ticks.size() >= 2 && ticks.size() <= 5, ticks.toString());
            eachMonthOnceAtItsFirstDay(ticks);
        }
    }
}
