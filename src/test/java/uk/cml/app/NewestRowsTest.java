package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.AppRobot;

/**
 * Lists of records show their newest first and open there, even after the parent scrolled down and came back:
 * checked on the sample case's payments (three years of them), the timeline and the letters sent.
 */
@ExtendWith(ApplicationExtension.class)
class NewestRowsTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @BeforeEach
    void theSampleCase() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            new SampleData(services, 3, 0).fill();
        }
        startup = startOn(dataFolder);
        waitFor("#overview-todos");
    }

    @AfterEach
    void close() {
        stop(startup);
    }

    @Test
    void paymentsReceivedOpenAtTheLatestPaymentAfterScrollingAway() {
        press("#nav-payments");
        press("#tab-payments");
        TableView<Payment> table = waitFor("#payments-table");
        waitUntil("the payments load", () -> table.getItems().size() > 30);
        assertNewestFirst(table.getItems(), Payment::date);
        scrollAwayAndBack(table, "#nav-payments");
        press("#tab-payments");
        waitUntil("the table is back at its latest payment", () -> firstShown(table) == 0);
    }

    @Test
    void theTimelineOpensAtItsNewestEntryAfterScrollingAway() {
        press("#nav-timeline");
        ListView<?> list = waitFor("#timeline-list");
        waitUntil("the timeline loads", () -> list.getItems().size() > 30);
        scrollAwayAndBack(list, "#nav-timeline");
        waitUntil("the list is back at its newest entry", () -> firstShown(list) == 0);
    }

    @Test
    void lettersSentShowTheLatestFirst() {
        press("#nav-letters");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letters load", () -> sent.getItems().size() >= 2);
        assertNewestFirst(sent.getItems(), l -> l.posted().orElse(l.written()));
        assertEquals(0, firstShown(sent));
    }

    /** Scrolls to the last row, visits the Overview, and comes back as the parent would. */
    private void scrollAwayAndBack(Control list, String navButton) {
        interact(() -> {
            if (list instanceof TableView<?> table) {
                table.scrollTo(table.getItems().size() - 1);
            } else {
                ((ListView<?>) list).scrollTo(((ListView<?>) list).getItems().size() - 1);
            }
        });
        waitUntil("scrolled to the oldest row", () -> firstShown(list) > 0);
        press("#nav-overview");
        waitFor("#overview-todos");
        press(navButton);
    }

    private static int firstShown(Control list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
    }

    private static <T> void assertNewestFirst(List<T> rows, Function<T, LocalDate> date) {
        assertFalse(rows.isEmpty());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(!date.apply(rows.get(i)).isAfter(date.apply(rows.get(i - 1))),
                    "row " + i + " is newer than the one above it");
        }
    }
}
