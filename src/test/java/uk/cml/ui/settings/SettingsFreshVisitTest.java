package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.WithTheApp;

/**
 * Found by a reviewer using the app as a new parent: Settings still showed a restore that had failed, and the answer
 * to a fingerprint checked, after they had left the page and come back; and a fingerprint typed with one character
 * wrong was answered with talk of records "changed or replaced", the typing check last.
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

    @Test
    void aFingerprintTypedOneCharacterWrongIsCalledATypingSlip() {
        openOnSettings();
        String printed = label("#settings-fingerprint").substring("Record fingerprint now: ".length());
        char last = printed.charAt(printed.length() - 1);
        String slip = printed.substring(0, printed.length() - 1) + (last == '0' ? '8' : '0');
        type("#settings-fingerprint-code", slip);
        press("#settings-fingerprint-check");
        waitUntil("answered", () -> label("#settings-fingerprint-result").contains(slip));
        String said = label("#settings-fingerprint-result");
        assertTrue(said.startsWith("That looks like a typing slip."), said);
        assertTrue(said.contains(printed), "the fingerprint to compare with is shown: " + said);
        assertTrue(!said.contains("changed or replaced"), said);
    }

    @Test
    void aFingerprintWithALetterItCannotHoldIsCalledATypingSlip() {
        openOnSettings();
        type("#settings-fingerprint-code", "0123 4567 89AB CDEO");
        press("#settings-fingerprint-check");
        waitUntil("answered", () -> !label("#settings-fingerprint-result").isBlank());
        String said = label("#settings-fingerprint-result");
        assertTrue(said.startsWith("That looks like a typing slip."), said);
        assertTrue(said.contains("\u201CO\u201D"), said);
    }
}
