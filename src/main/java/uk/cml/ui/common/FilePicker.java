package uk.cml.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the parent to choose files. Passed by constructor so tests can hand over files they made. */
@FunctionalInterface
public interface FilePicker {

    /** The chosen files, or an empty list when the parent cancels. Called on the FX thread. */
    List<Path> choose(Window owner, String title, boolean many);

    /** The system's own file chooser, showing PDFs and photos first. */
    static FilePicker system() {
        return (owner, title, many) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.text("common.filePicker.pdfsAndPhotos"), "*.pdf", "*.PDF",
                    "*.jpg", "*.JPG", "*.jpeg",
                            "*.JPEG", "*.png", "*.PNG"),
                    new FileChooser.ExtensionFilter(Messages.text("common.filePicker.allFiles"), "*.*"));
            if (many) {
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }
            File file = chooser.showOpenDialog(owner);
            return file == null ? List.of() : List.of(file.toPath());
        };
    }
}
