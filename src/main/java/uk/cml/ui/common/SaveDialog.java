package uk.cml.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/**
 * The system's save dialog, opened in the app's own folder under the parent's Documents. With no folder given, the
 * dialog opened wherever the app had been started from: an evidence pack and a backup were saved among the app's
 * program files, where a parent would never look for them.
 *
 * @param folder where the app keeps what it saves for the parent (Documents/Child Maintenance Log); the dialog opens
 *               in the nearest folder of it that exists, so at worst in their home folder
 * @param memory the folder last saved into from these records: the dialog opens there while it exists
 */
public record SaveDialog(Path folder, FolderMemory memory) {

    public SaveDialog(Path folder) {
        this(folder, FolderMemory.NONE);
    }

    /** Shows the dialog and remembers the folder of the file chosen, for the next save from these records. */
    public java.io.File show(FileChooser chooser, javafx.stage.Window owner) {
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            memory.saved(chosen.toPath());
        }
        return chosen;
    }

    /** Call on the JavaFX thread; the file is chosen with {@code showSaveDialog}, which asks before replacing one. */
    public FileChooser chooser(String title, String fileName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(filter);
        for (Path at = memory.last().orElse(folder).toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at)) {
                chooser.setInitialDirectory(at.toFile());
                break;
            }
        }
        return chooser;
    }
}
