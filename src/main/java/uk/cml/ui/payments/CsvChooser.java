package uk.cml.ui.payments;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the parent for the bank file to import. Passed by constructor so tests can hand over a file they made. */
@FunctionalInterface
public interface CsvChooser {

    /** The chosen file, or empty when the parent cancels. Called on the FX thread. */
    Optional<Path> choose(Window owner);

    /** The system's own file chooser, showing CSV and text downloads first. */
    static CsvChooser system() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the file your bank saved (CSV, or Santander's text download)");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Bank downloads", "*.csv", "*.CSV", "*.txt", "*.TXT"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
