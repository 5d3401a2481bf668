package uk.cml.ui.payments;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.cml.ui.common.Messages;

/** Asks the parent for the bank file to import. Passed by constructor so tests can hand over a file they made. */
@FunctionalInterface
public interface CsvChooser {

    /** The chosen file, or empty when the parent cancels. Called on the FX thread. */
    Optional<Path> choose(Window owner);

    /** The system's own file chooser, showing CSV and text downloads first. */
    static CsvChooser system() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.text("payments.csvChooser.chooseTheFileYourBank"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Messages.text("payments.csvChooser.bankDownloads"), "*.csv",
                    "*.CSV", "*.txt", "*.TXT"),
                    new FileChooser.ExtensionFilter(Messages.text("payments.csvChooser.allFiles"), "*.*"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
