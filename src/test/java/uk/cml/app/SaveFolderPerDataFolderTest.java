package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.FolderMemory;
import uk.cml.ui.common.Jobs;

/**
 * The folder the save dialogs open in belongs to one data folder: a second one (another case run with --data-dir)
 * neither starts in the first one's Letters folder nor follows where the first one last saved.
 */
class SaveFolderPerDataFolderTest {

    /** The test's own thread, as a page model's test runs its jobs. */
    private static final Jobs NOW = new Jobs() {
        @Override
        public <T> void start(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onError.accept(e);
            }
        }
    };

    @TempDir
    Path home;

    private static FolderMemory memory(AppServices services) {
        return new FolderMemory(NOW, () -> services.settings.get(LetterWiring.LETTERS_FOLDER_SETTING),
                folder -> services.settings.put(LetterWiring.LETTERS_FOLDER_SETTING, folder));
    }

    @Test
    void aSecondDataFolderStartsInAFolderOfItsOwn() {
        Path usual = home.resolve(".local/share/child-maintenance-log");
        Path apps = home.resolve("Documents").resolve("Child Maintenance Log");
        assertEquals(apps, LetterWiring.savesFolder(usual, usual, home), "the usual records keep the usual folder");
        Path other = LetterWiring.savesFolder(home.resolve("cases/second-case"), usual, home);
        assertNotEquals(apps, other);
        assertEquals(apps.resolve("second-case"), other);
    }

    @Test
    void theFolderLastSavedIntoIsKeptWithItsOwnRecordsOnly() throws Exception {
        Path chosen = Files.createDirectories(home.resolve("Desktop"));
        try (AppServices first = AppServices.open(home.resolve("first"), AppRobot.CLOCK)) {
            FolderMemory memory = memory(first);
            assertEquals(Optional.empty(), memory.last(), "nothing saved yet");
            memory.saved(chosen.resolve("letter.pdf"));
            assertEquals(Optional.of(chosen), memory.last());
        }
        try (AppServices second = AppServices.open(home.resolve("second"), AppRobot.CLOCK)) {
            assertEquals(Optional.empty(), memory(second).last(), "the first records' folder is theirs alone");
        }
        try (AppServices first = AppServices.open(home.resolve("first"), AppRobot.CLOCK)) {
            assertEquals(Optional.of(chosen), memory(first).last(), "kept when the app opens again");
        }
    }
}
