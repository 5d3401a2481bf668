package uk.cml.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.Progress;

/** Restore: choose the file, read what it holds, ask, then check it completely and put it in place. */
final class RestoreFlow {

    private final RecordsSafetyPanel panel;
    private final uk.cml.ui.common.Background background;
    private final BiFunction<Path, Progress, BackupRestore.Restored> restorer;
    private final Consumer<String> onRestored;

    RestoreFlow(RecordsSafetyPanel panel, uk.cml.ui.common.Background background,
                BiFunction<Path, Progress, BackupRestore.Restored> restorer, Consumer<String> onRestored) {
        this.panel = panel;
        this.background = background;
        this.restorer = restorer;
        this.onRestored = onRestored;
    }

    void start() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a backup to restore");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backup files (*.zip)", "*.zip"));
        File chosen = chooser.showOpenDialog(panel.getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path backup = chosen.toPath();
        background.run(() -> BackupRestore.readManifest(backup), manifest -> confirm(backup, manifest),
                panel::showProblem);
    }

    private void confirm(Path backup, BackupManifest manifest) {
        ButtonType yes = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This backup was made on "
                + RecordsSafetyPanel.when(manifest.madeAt()) + " and holds your records and "
                + manifest.documentCount() + " stored files.\n\nThe app checks all of it first. Then your current "
                + "records are moved into a folder called before-restore in your data folder (nothing is deleted), "
                + "and the backup takes their place. The app then closes: open it again to carry on.", yes, no);
        ask.setTitle("Restore a backup");
        ask.setHeaderText("Replace your records with this backup?");
        ask.initOwner(panel.getScene().getWindow());
        if (ask.showAndWait().filter(yes::equals).isEmpty()) {
            return;
        }
        Task<BackupRestore.Restored> task = panel.withProgress(p -> restorer.apply(backup, p));
        panel.busy(task, "Checking the backup...");
        background.run(task, restored -> onRestored.accept("The backup made on "
                + RecordsSafetyPanel.when(restored.manifest().madeAt()) + " is now your records."
                + restored.keptAside().map(aside -> " The records you had before are kept in " + aside + ".")
                .orElse("") + " Close the app and open it again to carry on."), panel::showProblem);
    }
}
