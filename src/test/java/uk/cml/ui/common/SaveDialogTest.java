package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import uk.cml.ui.AppRobot;

@ExtendWith(ApplicationExtension.class)
class SaveDialogTest extends AppRobot {

    @TempDir
    Path home;

    private File opensIn(Path folder) {
        return interactAndGet(() -> new SaveDialog(folder).chooser("Save", "Evidence pack 2 Dec 2026.pdf",
                new FileChooser.ExtensionFilter("PDF", "*.pdf")).getInitialDirectory());
    }

    @Test
    void opensInTheAppsFolderOrTheNearestFolderOfItThereIs() throws Exception {
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Path apps = documents.resolve("Child Maintenance Log");
        assertEquals(documents.toFile(), opensIn(apps), "before the app has saved anything there");
        Files.createDirectories(apps);
        assertEquals(apps.toFile(), opensIn(apps));
    }

    @Test
    void opensWhereTheseRecordsLastSavedWhileThatFolderIsThere() throws Exception {
        Path apps = Files.createDirectories(home.resolve("Documents").resolve("Child Maintenance Log"));
        Path desktop = Files.createDirectories(home.resolve("Desktop"));
        FolderMemory memory = new FolderMemory(new Jobs() {
            @Override
            public <T> void start(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                  java.util.function.Consumer<Throwable> onError) {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onError.accept(e);
                }
            }
        }, java.util.Optional::empty, folder -> { });
        SaveDialog dialog = new SaveDialog(apps, memory);
        memory.saved(desktop.resolve("Evidence pack.pdf"));
        assertEquals(desktop.toFile(), interactAndGet(() -> dialog.chooser("Save", "x.pdf",
                new FileChooser.ExtensionFilter("PDF", "*.pdf")).getInitialDirectory()));
        Files.delete(desktop);
        assertEquals(apps.toFile(), interactAndGet(() -> dialog.chooser("Save", "x.pdf",
                new FileChooser.ExtensionFilter("PDF", "*.pdf")).getInitialDirectory()), "gone: the usual folder");
    }
}
