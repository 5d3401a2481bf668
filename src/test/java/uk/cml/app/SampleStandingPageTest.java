package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
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
import uk.cml.ui.standing.StandingModel;
import uk.cml.ui.standing.StandingView;

/** The sample case's "Where things stand": its complaint, its enforcement step, and the calendar file. */
@ExtendWith(ApplicationExtension.class)
class SampleStandingPageTest extends AppRobot {

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

    private String label(String id) {
        return ((Label) waitFor(id)).getText();
    }

    @Test
    void sampleCase() throws Exception {
        services = AppServices.open(dataFolder.resolve("records"), CLOCK);
        new SampleData(services, 1, 0).fill();
        var currentCase = new javafx.beans.property.SimpleObjectProperty<>(services.cases.cases().get(0));
        StandingView page = new StandingView(new StandingModel(services.standing, background, CLOCK, currentCase),
                services.calendar.holidays(), destination -> { }, owner -> Optional.of(dataFolder.resolve("deadlines.ics")));
        interact(() -> {
            stage = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) page.view(), 1100, 760);
            scene.getStylesheets().add(PageHarness.class.getResource("/uk/cml/ui/app.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            page.shown();
        });
        waitUntil("the sample complaint loads", () -> !label("#standing-complaint-sent").equals("–"));
        long days = services.standing.report(currentCase.get().id(), java.time.LocalDate.now(CLOCK))
                .daysAtCurrentStep();
        assertTrue(label("#standing-at-step").startsWith("At \"Arrears notice\" for " + days + " days"),
                label("#standing-at-step"));
        press("#standing-save-ics");
        Path ics = dataFolder.resolve("deadlines.ics");
        waitUntil("the calendar file is saved", () -> Files.exists(ics) && Files.size(ics) > 0);
        assertTrue(Files.readString(ics).contains("BEGIN:VEVENT\r\n"));
        // RFC 5545 3.8.7.2: the stamp is UTC, marked Z (CLOCK is 10:15 UTC on 22 Nov 2026).
        assertTrue(Files.readString(ics).contains("\r\nDTSTAMP:20261122T101500Z\r\n"), Files.readString(ics));
        Snapshots.saveScrolled(this, (javafx.scene.control.ScrollPane) page.view(), "where-things-stand-sample");
    }
}
