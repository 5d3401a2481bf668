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
}
