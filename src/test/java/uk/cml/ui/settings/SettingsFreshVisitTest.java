package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.WithTheApp;

/**
 * Found by a reviewer using the app as a new parent: Settings still showed a restore that had failed, and the answer
 * to a fingerprint checked, after they had left the page and come back.
 */
class SettingsFreshVisitTest extends WithTheApp {

    private String label(String id) {
        return interactAndGet(() -> ((Label) lookup(id).query()).getText());
    }

    private void openOnSettings() {
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
    }

    @Test
    void aFailedRestoreAndAFingerprintAnswerAreGoneOnTheNextVisit() {
        openOnSettings();
        type("#settings-fingerprint-code", "0123 4567 89AB CDEF");
        press("#settings-fingerprint-check");
        waitUntil("answered", () -> label("#settings-fingerprint-result").contains("0123 4567 89AB CDEF"));
        RecordsSafetyPanel panel = lookup("#settings-safety").query();
        // As the restore does when the file chosen cannot be read as a backup.
        interact(() -> panel.showProblem(new uk.cml.ui.common.Problems.ParentMessage(
                "That file is not a backup made by this app.")));
        waitUntil("the restore's problem is said", () -> !label("#settings-safety-status").isBlank());

        press("#nav-notes");
        waitFor("#note-text");
        press("#nav-settings");
        waitFor("#settings-fingerprint-code");
        assertEquals("", label("#settings-safety-status"), "the failed restore is not said again");
        assertEquals("", label("#settings-fingerprint-result"), "nor the fingerprint's answer");
        assertEquals("", interactAndGet(((TextField) lookup("#settings-fingerprint-code").query())::getText));
    }
}
