package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.safety.RecordsAnchor;
import uk.cml.safety.RecordsCheck;
import uk.cml.store.Database;
import uk.cml.ui.AppRobot;

/**
 * A record changed outside the app, in a way its start does not notice (the journal's safeguard taken away for the
 * change and put back as it was): the check the app makes by itself after opening finds it, and a banner says so,
 * with the way to Check records. Records as the app left them show no banner, nor does what the start already told.
 */
@ExtendWith(ApplicationExtension.class)
class StartCheckBannerTest extends AppRobot {

    @TempDir
    Path data;
    private Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window.
    }

    @BeforeEach
    void sample() {
        SampleFolders.fill(data);
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** Waits on the check's model until the check has been made, whatever it found. */
    private StartCheckModel checked() {
        waitUntil("the check after opening is done", () -> startup.startCheck() != null
                && startup.startCheck().state().get() != StartCheckModel.State.WAITING);
        return interactAndGet(startup::startCheck);
    }

    private boolean bannerShown() {
        return interactAndGet(() -> lookup("#start-check-banner").tryQuery()
                .map(banner -> banner.isVisible() && banner.getScene() != null).orElse(false));
    }

    /** With plain JDBC, as sqlite3 would: the payment's safeguard dropped, the amount changed, the safeguard put back. */
    private void changePaymentOutsideTheApp() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            String trigger;
            try (ResultSet r = s.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE name = 'cml_journal_payment_update'")) {
                assertTrue(r.next(), "the safeguard the app keeps on payments");
                trigger = r.getString(1);
            }
            s.execute("DROP TRIGGER cml_journal_payment_update");
            assertEquals(1, s.executeUpdate("UPDATE payment SET amount_pence = amount_pence + 1000 WHERE id = 1"));
            s.execute(trigger);
        }
    }

    @Test
    void aRecordChangedOutsideTheAppIsToldByABannerThatOpensCheckRecords() throws Exception {
        changePaymentOutsideTheApp();
        // What verify prints for these records (the same check, read-only, before the app holds them).
        String verifyFinds = new RecordsCheck(data, false).run((done, total, step) -> { }).findings().get(0);
        assertTrue(verifyFinds.contains("Amount: was £43.21, now £53.21"), verifyFinds);
        startup = startOn(data);

        StartCheckModel model = checked();
        assertEquals(StartCheckModel.State.TO_TELL, model.state().get(), model.untold().toString());
        Label found = waitFor("#start-check-found");
        String said = interactAndGet(found::getText);
        assertTrue(said.contains("found one thing that does not match"), said);
        Label finding = waitFor("#start-check-finding");
        assertEquals(verifyFinds, interactAndGet(finding::getText),
                "the banner names the record, and the value its history keeps against the value now, as verify does");
        assertTrue(interactAndGet(() -> ((Label) lookup("#start-check-what-to-do").query()).getText())
                .contains("nothing has been changed"));

        press("#start-check-open");
        TextArea findings = waitFor("#settings-check-findings");
        waitUntil("the findings are shown", () -> findings.getText().contains("was changed outside the app"));
        assertTrue(interactAndGet(() -> ((Label) lookup("#settings-safety-status").query()).getText())
                .startsWith("1 thing does not match"));
        assertFalse(bannerShown(), "gone once the parent has gone to Check records");
    }

    @Test
    void recordsAsTheAppLeftThemShowNoBanner() {
        startup = startOn(data);
        StartCheckModel model = checked();
        assertEquals(StartCheckModel.State.NOTHING_TO_TELL, model.state().get(), model.untold().toString());
        assertFalse(bannerShown());
    }

    @Test
    void whatTheStartAlreadyToldIsNotToldAgain() throws Exception {
        Files.delete(data.resolve(RecordsAnchor.FILE_NAME));
        startup = startOn(data);
        DialogPane notes = waitFor("#start-notes");
        assertTrue(interactAndGet(notes::getContentText).contains("is missing, though these records had one"));
        interact(() -> ((Button) notes.lookupButton(ButtonType.OK)).fire());

        StartCheckModel model = checked();
        assertFalse(model.untold().isEmpty(), "the check finds the anchor missing too");
        assertEquals(StartCheckModel.State.NOTHING_TO_TELL, model.state().get());
        assertFalse(bannerShown());
    }
}
