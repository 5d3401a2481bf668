package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.JournalTriggers;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.History;
import uk.cml.store.PaymentStore;
import uk.cml.ui.WithTheApp;

/** Settings: a fingerprint from a letter checked; a backup protected with a password; a second copy turned away. */
class RecordsSafetyPageTest extends WithTheApp {

    @TempDir
    Path elsewhere;
    private Startup second;
    private Stage secondWindow;

    @AfterEach
    void close() {
        if (second != null) {
            interact(() -> {
                second.shutdown();
                secondWindow.close();
            });
        }
    }

    private String label(String id) {
        return ((Label) lookup(id).query()).getText();
    }

    @Test
    void fingerprintPasswordBackupAndSecondCopy() throws Exception {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            Stage window = new Stage();
            opened[0] = new Startup(window, dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-fingerprint-code");
        waitUntil("the fingerprint is shown", () -> label("#settings-fingerprint").startsWith("Record fingerprint now: "));
        // Said before its name what it is for (reviewer rv10: "Record fingerprint" alone was jargon).
        assertTrue(label("#settings-fingerprint-for").startsWith("To show later that your records have not been "
                + "changed"), label("#settings-fingerprint-for"));
        String printed = label("#settings-fingerprint").substring("Record fingerprint now: ".length());

        type("#settings-fingerprint-code", printed);
        press("#settings-fingerprint-check");
        waitUntil("the fingerprint is found", () -> label("#settings-fingerprint-result").contains(
                "is in the history of your records"));
        type("#settings-fingerprint-code", "0123 4567 89AB CDEF");
        press("#settings-fingerprint-check");
        waitUntil("a strange fingerprint is not found", () -> label("#settings-fingerprint-result").contains(
                "is not in the history of your records"));

        press("#settings-backup-protect");
        type("#settings-backup-password", "short");
        RecordsSafetyPanel panel = lookup("#settings-safety").query();
        Path backup = elsewhere.resolve("locked.zip");
        interact(() -> panel.backUpTo(backup));
        waitUntil("a short password is refused", () -> label("#settings-safety-status").contains("at least 8"));
        assertFalse(Files.exists(backup));
        type("#settings-backup-password", "a long passphrase");
        type("#settings-backup-password-again", "a long passphrase");
        interact(() -> panel.backUpTo(backup));
        waitUntil("the backup is saved", () -> label("#settings-safety-status").contains("protected with your password"));
        assertTrue(BackupRestore.needsPassword(backup));

        interact(() -> {
            secondWindow = new Stage();
            second = new Startup(secondWindow, dataFolder, CLOCK, folder -> { }, "overview");
            second.begin();
        });
        waitFor("#already-open");
        assertTrue(label("#already-open").equals("Child Maintenance Log is already open"));
        waitUntil("the first copy saw the request to come forward",
                () -> !Files.exists(dataFolder.resolve(".bring-window-forward")));
    }

    /**
     * Found by using the app as a new parent: after a note was saved, Settings still showed the fingerprint worked
     * out when the page was first opened, which no letter printed since would carry.
     */
    @Test
    void fingerprintIsCurrentEachTimeSettingsIsShown() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-fingerprint-code");
        waitUntil("the fingerprint is shown", () -> label("#settings-fingerprint").matches(
                "Record fingerprint now: [0-9A-F ]+"));
        String before = label("#settings-fingerprint");
        press("#nav-notes");
        type("#note-text", "Asked at the school about the trip money.");
        press("#note-save");
        waitUntil("the note is listed", () -> interactAndGet(() -> ((javafx.scene.control.ListView<?>)
                lookup("#note-list").query()).getItems().size()) >= 1);
        press("#nav-settings");
        waitUntil("a new fingerprint is shown", () -> label("#settings-fingerprint").matches(
                "Record fingerprint now: [0-9A-F ]+") && !label("#settings-fingerprint").equals(before));
        press("#settings-check-records");
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("Everything matches."));
        waitUntil("the page shows the fingerprint the check works out", () -> label("#settings-fingerprint")
                .matches("Record fingerprint now: [0-9A-F ]+") && label("#settings-safety-status").contains(
                "Record fingerprint " + label("#settings-fingerprint").substring("Record fingerprint now: ".length())));
    }

    /**
     * Found by a reviewer: "Everything matches... Record fingerprint BF19..." stayed right under "Record fingerprint
     * now: F21B..." after a note was saved, a verdict on records the check never saw.
     */
    @Test
    void aCheckOlderThanTheRecordsSaysSoBesideTheNewFingerprint() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-check-records");
        press("#settings-check-records");
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("Everything matches."));
        waitUntil("its fingerprint is the one shown", () -> label("#settings-fingerprint").matches(
                "Record fingerprint now: [0-9A-F ]+") && label("#settings-safety-status").contains(
                "Record fingerprint " + label("#settings-fingerprint").substring("Record fingerprint now: ".length())));
        String checked = label("#settings-fingerprint");

        // Shown again with nothing changed, the check still stands.
        press("#nav-notes");
        waitFor("#note-text");
        press("#nav-settings");
        waitUntil("the fingerprint is worked out again", () -> label("#settings-fingerprint").equals(checked));
        assertTrue(label("#settings-safety-status").startsWith("Everything matches."));

        press("#nav-notes");
        type("#note-text", "Asked at the school about the trip money.");
        press("#note-save");
        waitUntil("the note is listed", () -> interactAndGet(() -> ((javafx.scene.control.ListView<?>)
                lookup("#note-list").query()).getItems().size()) >= 1);
        press("#nav-settings");
        waitUntil("a new fingerprint is shown", () -> label("#settings-fingerprint").matches(
                "Record fingerprint now: [0-9A-F ]+") && !label("#settings-fingerprint").equals(checked));
        waitUntil("the old verdict says it is older than the records", () -> label("#settings-safety-status")
                .startsWith("Your records have changed since they were last checked ("));
        assertFalse(label("#settings-safety-status").contains("Everything matches"), label("#settings-safety-status"));
    }

    /** Opens the records on Settings and presses Check records, which finds nothing changed outside the app. */
    private void checkRecordsFindsNothingChanged() {
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-check-records");
        press("#settings-check-records");
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("Everything matches."));
    }

    /** A phone number an earlier version kept is listed under its own heading, apart from what does not match. */
    @Test
    void checkRecordsListsADetailToCorrectApart() {
        SampleFolders.fill(dataFolder);
        try (Database old = Database.open(dataFolder, CLOCK, JournalTriggers::install)) {
            old.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE my_details SET phone = '07700 900123 call after 6pm'"));
        }
        checkRecordsFindsNothingChanged();
        assertTrue(label("#settings-safety-status").contains("It is not damage: your records file is sound."),
                label("#settings-safety-status"));
        TextArea details = lookup("#settings-check-details").query();
        TextArea problems = lookup("#settings-check-findings").query();
        assertEquals("Your own details: your phone number \"07700 900123 call after 6pm\" is not a phone number the "
                + "app can use. Open the Case page and correct it, or move the words into a note.",
                interactAndGet(details::getText));
        assertTrue(interactAndGet(details::isVisible), "the details are shown");
        assertFalse(interactAndGet(problems::isVisible), "nothing that does not match is shown");
    }

    /** A plan saved first due off the payment day of the plan before is listed under its own heading, as advice. */
    @Test
    void checkRecordsListsAPlanToCheckApart() {
        SampleFolders.fill(dataFolder);
        try (Database records = Database.open(dataFolder, CLOCK, JournalTriggers::install)) {
            PaymentStore payments = new PaymentStore(records, new History(CLOCK), CLOCK);
            long caseId = new CaseStore(records, new History(CLOCK), CLOCK).cases().get(0).id();
            PaymentPlan last = payments.plans(caseId).get(payments.plans(caseId).size() - 1);
            payments.savePlan(caseId, new PaymentPlan(0, last.amount().plus(Money.ofPence(100)), last.frequency(),
                    last.firstDue().plusDays(8), "CMS letter"));
        }
        checkRecordsFindsNothingChanged();
        assertTrue(label("#settings-safety-status").endsWith("Check it against the CMS letter it came from. This is "
                + "not damage to your records."), label("#settings-safety-status"));
        TextArea plans = lookup("#settings-check-plans").query();
        String listed = interactAndGet(plans::getText);
        assertTrue(listed.endsWith("is right, nothing needs doing."), listed);
        assertTrue(interactAndGet(plans::isVisible), "the plan is shown");
        TextArea details = lookup("#settings-check-details").query();
        TextArea problems = lookup("#settings-check-findings").query();
        assertFalse(interactAndGet(details::isVisible), "no details to correct");
        assertFalse(interactAndGet(problems::isVisible), "nothing that does not match");
    }

    /**
     * Two records changed outside the app, each named with the fields that differ on the lines under it: a blank
     * line between the two findings, so the second record's sentence is not read as one more changed field.
     */
    @Test
    void checkRecordsPutsABlankLineBetweenFindings() throws Exception {
        SampleFolders.fill(dataFolder);
        // As a careful editor with another program would: the app's triggers dropped, the rows changed, the
        // triggers put back exactly as they were, so only the changes themselves are left to find.
        try (java.sql.Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + dataFolder.resolve(Database.FILE_NAME)); java.sql.Statement s = raw.createStatement()) {
            java.util.List<String> triggers = new java.util.ArrayList<>();
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    triggers.add(rows.getString(2));
                }
            }
            for (String name : names) {
                s.execute("DROP TRIGGER \"" + name + "\"");
            }
            s.executeUpdate("UPDATE case_file SET other_parent_name = 'Someone else'");
            s.executeUpdate("UPDATE payment SET amount_pence = amount_pence + 100 WHERE id = (SELECT min(id) FROM payment)");
            for (String sql : triggers) {
                s.execute(sql);
            }
        }
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-check-records");
        press("#settings-check-records");
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("2 things do not match."));
        TextArea problems = lookup("#settings-check-findings").query();
        String shown = interactAndGet(problems::getText);
        java.util.List<String> findings = java.util.List.of(shown.split("\n\n"));
        assertEquals(2, findings.size(), shown);
        assertTrue(findings.get(0).startsWith("The case recorded on ") && findings.get(0).endsWith(
                "\n    The other parent's name: was \u201cJordan Reed\u201d, now \u201cSomeone else\u201d"), findings.get(0));
        assertTrue(findings.get(1).startsWith("The payment ") && findings.get(1).contains("\n    Amount: was "),
                findings.get(1));
    }

    /**
     * Found by using the app as a new parent: Back up now's dialog opened in whatever folder the app was started from
     * (for an installed app, among its program files), so the backup went where they would never find it.
     */
    @Test
    void backUpNowOffersTheAppsFolderInDocuments() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        RecordsSafetyPanel panel = waitFor("#settings-safety");
        java.io.File offered = interactAndGet(() -> panel.backupDialog().getInitialDirectory());
        Path documents = uk.cml.app.DataFolder.home(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve("Documents").resolve("Child Maintenance Log");
        assertTrue(offered != null && documents.startsWith(offered.toPath()),
                "opens in " + documents + ", or the nearest folder of it there is, not in " + offered);
    }

    /** At 1366 x 768 the result of Check records lay below the fold: pressing it seemed to do nothing. */
    @Test
    void checkRecordsBringsItsResultIntoView() {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
        sizeTheWindow(1366, 768);
        press("#nav-settings");
        javafx.scene.control.Button check = waitFor("#settings-check-records");
        reveal(check);
        press("#settings-check-records");
        Label status = lookup("#settings-safety-status").query();
        waitUntil("the check's summary is shown and in the window", () -> !status.getText().isBlank()
                && !status.getText().endsWith("…") && inWindow(status));
    }

    /**
     * Found by a reviewer: after Check records, pressed from the keyboard, the keyboard was on "Save as spreadsheet
     * files…": the buttons are greyed out while the check runs, which moved the focus on to the one left, and nothing
     * brought it back. It is back on Check records, beside the result.
     */
    @Test
    void checkRecordsLeavesTheKeyboardOnItsButton() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> { }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        javafx.scene.control.Button check = waitFor("#settings-check-records");
        reveal(check);
        interact(check::requestFocus);
        type(javafx.scene.input.KeyCode.SPACE);
        waitUntil("the check is done", () -> label("#settings-safety-status").startsWith("Everything matches."));
        waitUntil("the keyboard is back on Check records", () -> check.isFocused() && !check.isDisabled());
        javafx.scene.Node export = lookup("#settings-export-csv").query();
        assertFalse(interactAndGet(export::isFocused), "not on Save as spreadsheet files");
    }

    private static boolean inWindow(javafx.scene.Node node) {
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight();
    }

    /**
     * The records held by a command with no window (export-pack from the command line): starting the app said
     * "already open ... Its window has been brought to the front" of a window that did not exist. A note of an open
     * window left by a crash counts for nothing once the command has the records.
     */
    @Test
    void recordsHeldByACommandWithNoWindowAreCalledBusyNotAlreadyOpen() throws Exception {
        SampleFolders.fill(dataFolder);
        Files.writeString(dataFolder.resolve(".window-open"), "left by a crash");
        try (uk.cml.app.SingleInstanceLock command = uk.cml.app.SingleInstanceLock.tryAcquire(dataFolder)
                .orElseThrow()) {
            startup = startOn(dataFolder);
            waitFor("#records-busy");
            assertEquals("Your records are busy", label("#records-busy"));
            assertTrue(label("#records-busy-text").contains("try again in a moment"));
            assertTrue(lookup("#already-open").tryQuery().isEmpty());
            assertFalse(Files.exists(dataFolder.resolve(".bring-window-forward")), "no window was asked to come forward");
        }
    }

}
