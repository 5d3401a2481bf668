package uk.cml.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.Progress;

/**
 * Restore: choose the file, ask for its password if it has one, read what it holds, ask, then check it
 * completely and put it in place. A wrong password is said plainly and changes nothing.
 */
public final class RestoreFlow {

    /** Replaces the records with a backup's (the app's services do this, closing the records). */
    @FunctionalInterface
    public interface Restorer {
        BackupRestore.Restored restore(Path backup, Optional<char[]> password, Progress progress);
    }

    private final RecordsSafetyPanel panel;
    private final uk.cml.ui.common.Background background;
    private final Restorer restorer;
    private final Consumer<String> onRestored;

    RestoreFlow(RecordsSafetyPanel panel, uk.cml.ui.common.Background background, Restorer restorer,
                Consumer<String> onRestored) {
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
        background.run(() -> BackupRestore.needsPassword(backup), needs -> {
            Optional<char[]> password = Optional.empty();
            if (needs) {
                password = askPassword(backup);
                if (password.isEmpty()) {
                    return;
                }
            }
            Optional<char[]> given = password;
            background.run(() -> BackupRestore.readManifest(backup, given), manifest -> confirm(backup, given,
                    manifest), panel::showProblem);
        }, panel::showProblem);
    }

    private Optional<char[]> askPassword(Path backup) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle("Restore a backup");
        ask.setHeaderText("This backup is protected with a password");
        PasswordField field = new PasswordField();
        field.setId("restore-password");
        field.setAccessibleText("Password for the backup");
        Label text = new Label("Type the password chosen when " + backup.getFileName() + " was made.");
        text.setWrapText(true);
        ask.getDialogPane().setContent(new VBox(8, text, field));
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(panel.getScene().getWindow());
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = ask.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return answer.filter(ButtonType.OK::equals).isPresent() && typed.length > 0 ? Optional.of(typed)
                : Optional.empty();
    }

    private void confirm(Path backup, Optional<char[]> password, BackupManifest manifest) {
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
        Task<BackupRestore.Restored> task = panel.withProgress(p -> restorer.restore(backup, password, p));
        panel.busy(task, "Checking the backup...");
        background.run(task, restored -> onRestored.accept("The backup made on "
                + RecordsSafetyPanel.when(restored.manifest().madeAt()) + " is now your records."
                + restored.keptAside().map(aside -> " The records you had before are kept in " + aside + ".")
                .orElse("") + " Close the app and open it again to carry on."), panel::showProblem);
    }
}
