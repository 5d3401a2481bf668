package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.ui.AppRobot;

/**
 * A day added in Settings, removed, added again, and the removed one put back from the Bin: the Bin says plainly that
 * the day is already listed and keeps it; Settings lists the day once; the records hold one row for it outside the
 * bin. It used to be put back beside the other, the one day stored twice. In a real window, by control id.
 */
@ExtendWith(ApplicationExtension.class)
class BankHolidayPutBackOverSameDayPageTest extends AppRobot {

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
    void removedAddedAgainAndPutBack() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        add("Royal event");
        Button remove = waitFor("#settings-bank-holiday-remove-" + EXTRA);
        interact(remove::fire);
        waitUntil("the day is gone from the list", () -> lookup("#settings-bank-holiday-remove-" + EXTRA)
                .tryQuery().isEmpty());
        add("Royal event bank holiday");
        waitFor("#settings-bank-holiday-remove-" + EXTRA);

        press("#nav-bin");
        // The first day added is record 1: the sample case adds none of its own.
        Button putBack = waitFor("#bin-restore-bank-holiday-1");
        click(putBack);
        String said = "Wed 9 Jun 2027 is already listed as a bank holiday: Royal event bank holiday. Royal event "
                + "stays in the Bin. To have it back instead, remove Royal event bank holiday in Settings first.";
        waitUntil("the Bin says the day is already listed", () -> said.equals(
                lookup("#bin-status").queryLabeled().getText()));
        waitFor("#bin-restore-bank-holiday-1");

        press("#nav-settings");
        waitFor("#settings-bank-holiday-remove-" + EXTRA);
        assertEquals(1, interactAndGet(() -> lookup("#settings-bank-holiday-remove-" + EXTRA).queryAll().size()));
        assertEquals(1, interactAndGet(() -> lookup("#settings-bank-holiday-" + EXTRA).queryAll().size()));
        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.cases().get(0).id();
            assertEquals(List.of("Royal event bank holiday"), services.bankHolidays.holidays().stream()
                    .map(AddedBankHoliday::name).toList());
            assertEquals(List.of(1L), services.bankHolidays.binned(caseId).stream()
                    .filter(b -> b.kind().equals("Bank holiday")).map(b -> b.sourceId()).toList());
        }
    }

    private void add(String named) {
        DatePicker day = waitFor("#settings-bank-holiday-day");
        TextField name = waitFor("#settings-bank-holiday-name");
        interact(() -> {
            day.setValue(EXTRA);
            name.setText(named);
        });
        Button add = waitFor("#settings-bank-holiday-add");
        interact(add::fire);
        waitUntil("the day is added", () -> lookup("#settings-bank-holiday-said").queryLabeled().getText()
                .startsWith(named + " on "));
    }
}
