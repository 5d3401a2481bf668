package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Settings lists the bank holidays the app counts, and a day added there is kept in the records, counted by the
 * calendar, and removed into the Bin, by control id in a real window.
 */
@ExtendWith(ApplicationExtension.class)
class BankHolidaysPageTest extends AppRobot {

    private static final LocalDate EXTRA = LocalDate.of(2027, 6, 9);

    @TempDir
    Path dataFolder;
    private Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void aDayAddedIsListedCountedAndRemovedIntoTheBin() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-bank-holiday-2026-04-03");
        assertEquals("Fri 3 Apr 2026", interactAndGet(() -> lookup("#settings-bank-holiday-2026-04-03")
                .queryLabeled().getText()));
        waitFor("#settings-bank-holiday-2027-12-28");

        DatePicker day = waitFor("#settings-bank-holiday-day");
        TextField name = waitFor("#settings-bank-holiday-name");
        interact(() -> {
            day.setValue(EXTRA);
            name.setText("Royal event bank holiday");
        });
        Button add = waitFor("#settings-bank-holiday-add");
        interact(add::fire);
        Button remove = waitFor("#settings-bank-holiday-remove-" + EXTRA);
        assertEquals("Royal event bank holiday on Wed 9 Jun 2027 was added. The app now counts it as a bank holiday.",
                interactAndGet(() -> lookup("#settings-bank-holiday-said").queryLabeled().getText()));

        interact(remove::fire);
        waitUntil("the day is gone from the list", () -> lookup("#settings-bank-holiday-remove-" + EXTRA)
                .tryQuery().isEmpty());
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            assertEquals(1, services.bankHolidays.binned(caseId).size());
            assertFalse(services.calendar.holidays().contains(EXTRA));
            services.bankHolidays.restore(services.bankHolidays.binned(caseId).get(0).sourceId());
            assertFalse(services.calendar.isWorkingDay(EXTRA));
        }
    }
}
