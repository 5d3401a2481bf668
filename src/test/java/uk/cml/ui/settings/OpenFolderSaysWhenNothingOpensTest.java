package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * "Open folder" in Settings and in About hands the folder to the computer off the JavaFX thread, as Documents' "Open"
 * does, and says beside the button when nothing opened it, with where the records are: it failed without a word.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFolderSaysWhenNothingOpensTest extends AppRobot {

    @TempDir
    Path dataFolder;
    private Startup startup;
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

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

    private void openSettings() {
        SampleFolders.fill(dataFolder);
        Startup[] opened = new Startup[1];
        interact(() -> {
            opened[0] = new Startup(new Stage(), dataFolder, CLOCK, folder -> {
                onFxThread.add(Platform.isFxApplicationThread());
                throw new UncheckedIOException(new IOException("no file manager"));
            }, "settings");
            opened[0].begin();
        });
        startup = opened[0];
        waitFor("#settings-open-folder");
    }

    private void saysNothingOpened(String id) {
        waitUntil("said beside the button", () -> lookup(id).tryQuery().map(n -> ((Label) n).getText())
                .filter(t -> !t.isEmpty()).isPresent());
        Label said = lookup(id).queryAs(Label.class);
        assertTrue(said.isVisible());
        assertEquals("This computer did not open the folder. Your records are in " + dataFolder + ". Open it from "
                + "your file manager.", said.getText());
        assertEquals(List.of(false), onFxThread, "handed over off the JavaFX thread");
    }

    /**
     * Settings said "Everything you enter stays on this computer, in this folder", but letters and evidence packs are
     * saved to Documents/Child Maintenance Log (letters copied into the records too, packs not).
     */
    @Test
    void settingsSaysWhereLettersAndPacksAreSaved() {
        openSettings();
        String said = lookup("#settings-where-kept").queryAs(Label.class).getText();
        String saves = java.nio.file.Path.of("Documents", "Child Maintenance Log", dataFolder.getFileName().toString())
                .toString();
        assertTrue(said.contains("Letters and evidence packs you make are saved in ") && said.contains(saves),
                said);
        assertTrue(said.contains("packs are not"), said);
        assertFalse(said.contains("on this computer, in this folder"), "not everything is in the records folder: " + said);
    }

    @Test
    void settingsSaysBesideTheButtonWhenNothingOpensTheFolder() {
        openSettings();
        assertFalse(lookup("#settings-open-folder-problem").tryQuery().map(n -> n.isVisible()).orElse(false));
        press("#settings-open-folder");
        saysNothingOpened("#settings-open-folder-problem");
    }

    @Test
    void aboutSaysBesideTheButtonWhenNothingOpensTheFolder() {
        openSettings();
        press("#settings-about");
        waitFor("#about-open-folder");
        press("#about-open-folder");
        saysNothingOpened("#about-open-folder-problem");
        interact(() -> ((Stage) lookup("#about-window").query().getScene().getWindow()).close());
    }
}
