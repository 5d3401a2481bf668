package uk.cml.ui.letters.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.cml.ui.common.Messages;

/** Asks where to save a letter. The app uses the system's save dialog; tests answer without one. */
@FunctionalInterface
public interface SaveTarget {

    /** The path the parent chose, starting from {@code suggested}; empty if they cancelled. On the JavaFX thread. */
    Optional<Path> choose(Window owner, Path suggested);

    /** The system's save dialog, opened in the suggested folder with the suggested name. */
    static SaveTarget dialog() {
        return dialog(uk.cml.ui.common.FolderMemory.NONE);
    }

    /**
     * The system's save dialog with the suggested name, opened in the folder these records' letters were last saved
     * into while it exists, or else in the suggested folder.
     */
    static SaveTarget dialog(uk.cml.ui.common.FolderMemory memory) {
        return (owner, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("letters.saveTarget.saveTheLetter"));
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(Messages.text("letters.saveTarget.pdfLetter"), "*.pdf"));
            Path folder = memory.last().orElse(suggested.getParent());
            if (Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
            Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            chosen.ifPresent(memory::saved);
            return chosen;
        };
    }
}
