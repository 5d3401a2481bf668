package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;
import uk.cml.ui.overview.OverviewModel;
import uk.cml.ui.overview.OverviewView;

/**
 * On a due day with that due unpaid, the Overview's balance chart ends on the figure "Owed now" gives, not on the
 * running balance with today's due in it. £200 a month on the 1st from 1 Sep 2026: September paid, £150 of October,
 * nothing for 1 November, nothing yet for today, 1 December: owed £250.00 (the running balance is £450.00).
 */
@ExtendWith(ApplicationExtension.class)
class OverviewChartOnADueDayTest extends AppRobot {

    private static final Clock DUE_DAY = Clock.fixed(Instant.parse("2026-12-01T10:15:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dataFolder;
    AppServices services;
    final uk.cml.ui.common.Background background = new uk.cml.ui.common.Background();
    Stage stage;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own.
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

    /**
     * Found by a reviewer in a real window: a due paid the day before it fell (Sun 1 Nov paid Fri 30 Oct) while
     * September's was still unpaid drew the arrears line down to £0.00 for two days ("30 Oct 2026: £0.00 owed"),
     * though the Balance column, the letters and the pack count that money on 1 Nov and say September's £200.00 has
     * been owed without a break. The line now counts it so too. £200 a month on the 1st from 1 Sep 2026; nothing for
     * September; October paid on the day; November's on Fri 30 Oct; seen on 10 Nov: £200.00 owed every day since
     * 1 Sep.
     */
    @Test
    @SuppressWarnings("unchecked")
    void moneyEarlyForADueDoesNotDrawTheArrearsDownToNothing() throws Exception {
        Clock tenth = Clock.fixed(Instant.parse("2026-11-10T10:15:00Z"), ZoneId.of("Europe/London"));
        long caseId = aMonthlyCase(tenth, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 30));
        List<XYChart.Data<Number, Number>> points = balanceLine(tenth);
        long september = LocalDate.of(2026, 9, 1).toEpochDay();
        List<String> notOwed = points.stream().filter(p -> p.getXValue().longValue() > september
                && p.getYValue().doubleValue() != 200.0).map(p -> LocalDate.ofEpochDay(p.getXValue().longValue())
                + " " + p.getYValue()).toList();
        assertEquals(List.of(), notOwed, "every point after 1 Sep is September's £200.00");
        assertEquals("£200.00", uk.cml.domain.arrears.RunningBalance.owedOnCountingEarlyMoney(
                services.payments.schedule(caseId, LocalDate.of(2026, 11, 10)), LocalDate.of(2026, 10, 31)).format(),
                "owed at the start of November, with November's money counted on 1 Nov");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBalanceChartEndsOnWhatIsOwed() throws Exception {
        long caseId = aMonthlyCase(DUE_DAY, LocalDate.of(2026, 9, 1), null);
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 10, 1), Money.ofPounds(150),
                PaymentMethod.BANK_TRANSFER, "", ""));
        List<XYChart.Data<Number, Number>> points = balanceLine(DUE_DAY);
        XYChart.Data<Number, Number> last = points.get(points.size() - 1);
        assertEquals(LocalDate.of(2026, 12, 1).toEpochDay(), last.getXValue().longValue());
        assertEquals(250.0, last.getYValue().doubleValue(), 0.001, "the chart ends on 'Owed now', not £450.00");
        // A record of three months: each month named once, at its first day (even steps from 1 September named
        // "Sep 2026" twice, on the 1st and the 23rd).
        waitUntil("the dates are named", () -> !SampleOverviewChartsTest.balanceTicks(this).isEmpty());
        assertEquals(List.of("Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026"), SampleOverviewChartsTest
                .balanceTicks(this).stream().map(java.util.Map.Entry::getValue).toList());
        SampleOverviewChartsTest.eachMonthOnceAtItsFirstDay(SampleOverviewChartsTest.balanceTicks(this));
    }

    /** A case of £200 a month on the 1st from 1 Sep 2026, with £200 paid on each given day (a null is none). */
    private long aMonthlyCase(Clock clock, LocalDate paid, LocalDate alsoPaid) {
        services = AppServices.open(dataFolder.resolve("records"), clock);
        long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(200), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS calculation"));
        for (LocalDate day : java.util.Arrays.asList(paid, alsoPaid)) {
            if (day != null) {
                services.payments.savePayment(caseId, new Payment(0, day, Money.ofPounds(200),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
        return caseId;
    }

    /** Opens the Overview of the case in a window of its own and reads the arrears line once it is drawn. */
    @SuppressWarnings("unchecked")
    private List<XYChart.Data<Number, Number>> balanceLine(Clock clock) {
        var currentCase = new javafx.beans.property.SimpleObjectProperty<>(services.cases.cases().get(0));
        OverviewView page = new OverviewView(new OverviewModel(services.payments, List.of()), background, clock,
                currentCase, destination -> { });
        interact(() -> {
            stage = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) page.view(), 1024, 1400);
            scene.getStylesheets().add(PageHarness.class.getResource("/uk/cml/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            page.shown();
        });
        AreaChart<Number, Number> chart = (AreaChart<Number, Number>) waitFor("#overview-balance-chart");
        waitUntil("the balance line is drawn", () -> interactAndGet(() -> !chart.getData().isEmpty()
                && chart.getData().get(0).getData().size() > 2));
        return interactAndGet(() -> List.copyOf(chart.getData().get(0).getData()));
    }
}
