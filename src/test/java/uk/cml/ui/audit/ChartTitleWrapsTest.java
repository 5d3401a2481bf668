package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Messages;

/**
 * A reviewer saw the Overview's month chart titled "Expected and paid through the CMS, before its fee, by month..."
 * with room below it: a chart's title is one line unless the app's stylesheet lets it wrap. In a chart as narrow as
 * the Overview's at 1024 wide, with the app's stylesheet, the title reads whole.
 */
@ExtendWith(ApplicationExtension.class)
class ChartTitleWrapsTest extends AppRobot {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close() {
        interact(stage::hide);
    }

    @Test
    void aLongChartTitleWrapsRatherThanBeingCut() {
        interact(() -> {
            BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
            chart.setTitle(Messages.text("overview.charts.expectedAndReceivedBeforeFee"));
            chart.setAnimated(false);
            Scene scene = new Scene(new VBox(chart), 380, 400);
            scene.getStylesheets().add(getClass().getResource("/uk/cml/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String title = Messages.text("overview.charts.expectedAndReceivedBeforeFee");
        String shown = interactAndGet(() -> stage.getScene().getRoot().lookupAll(".chart-title").stream()
                .map(n -> (javafx.scene.control.Label) n).findFirst().orElseThrow().getChildrenUnmodifiable()
                .stream().filter(javafx.scene.text.Text.class::isInstance).map(t -> ((javafx.scene.text.Text) t)
                        .getText()).findFirst().orElse(""));
        assertEquals(title, shown, "the title as shown");
    }
}
