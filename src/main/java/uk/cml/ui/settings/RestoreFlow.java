package uk.cml.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
import uk.cml.ui.common.Messages;

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
    private final java.util.function.Function<uk.cml.safety.Fingerprint, java.util.OptionalLong> changesSince;
    /** The records those changes were about, a line each, at most {@link #NAMED} of them. */
    private final java.util.function.Function<uk.cml.safety.Fingerprint, List<String>> recordsChanged;
    /** The question names this many records changed since the backup at most, so it still fits on a screen. */
    static final int NAMED = 8;
    private final Path dataFolder;

    RestoreFlow(RecordsSafetyPanel panel, uk.cml.ui.common.Background background, Restorer restorer,
                Consumer<String> onRestored, uk.cml.safety.RecordsSafety safety) {
        this.changesSince = safety.journal()::changesSince;
        this.recordsChanged = then -> safety.journal().recordsChangedSince(then, NAMED);
        this.dataFolder = safety.dataFolder();
        this.panel = panel;
        this.background = background;
        this.restorer = restorer;
        this.onRestored = onRestored;
    }

    void start() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("settings.restoreFlow.chooseABackupToRestore"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.text("settings.recordsSafetyPanel.backupFilesZip"),
                "*.zip"));
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
            background.run(() -> {
                BackupManifest manifest = BackupRestore.readManifest(backup, given);
                java.util.OptionalLong count = changesSince.apply(manifest.fingerprint());
                return new Looked(manifest, count, count.orElse(0) > 0 ? recordsChanged.apply(manifest.fingerprint())
                        : List.of());
            }, looked -> confirm(backup, given, looked), panel::showProblem);
        }, panel::showProblem);
    }

    private Optional<char[]> askPassword(Path backup) {
        Dialog<ButtonType> ask = new Dialog<>();
        ask.setTitle(Messages.text("settings.restoreFlow.restoreABackup"));
        ask.setHeaderText(Messages.text("settings.restoreFlow.thisBackupIsProtectedWith"));
        PasswordField field = new PasswordField();
        field.setId("restore-password");
        field.setAccessibleText(Messages.text("settings.backupPassword.passwordForTheBackup"));
        Label text = new Label(Messages.text("settings.restoreFlow.typeThePasswordChosenWhen", backup.getFileName()));
        text.setWrapText(true);
        ask.getDialogPane().setContent(new VBox(8, text, field));
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(panel.getScene().getWindow());
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = uk.cml.ui.common.ScreenFit.dialog(ask).showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return answer.filter(ButtonType.OK::equals).isPresent() && typed.length > 0 ? Optional.of(typed)
                : Optional.empty();
    }

    /**
     * The backup's manifest, how many changes were saved here since it was made (empty: cannot be told), and the
     * records they were about (the first {@link #NAMED}).
     */
    record Looked(BackupManifest manifest, java.util.OptionalLong changesSince, List<String> recordsChanged) {
    }

    /**
     * What the question says will no longer be in the records: everything saved after the backup was made, named
     * record by record (a count alone left a parent guessing what a restore would take away).
     */
    static String whatGoes(Looked looked, Path dataFolder) {
        BackupManifest manifest = looked.manifest();
        java.util.OptionalLong changesSince = looked.changesSince();
        String when = RecordsSafetyPanel.when(manifest.madeAt());
        String count = changesSince.isEmpty() ? Messages.text("settings.restoreFlow.notAnEarlierCopy")
                : changesSince.getAsLong() == 0 ? Messages.text("settings.restoreFlow.nothingSavedSince")
                : changesSince.getAsLong() == 1 ? Messages.text("settings.restoreFlow.oneChangeSince")
                : Messages.text("settings.restoreFlow.changesSince", changesSince.getAsLong());
        List<String> named = looked.recordsChanged();
        if (!named.isEmpty()) {
            String lines = String.join("\n", named.stream().map(line -> Messages.text("settings.restoreFlow.bullet",
                    line)).toList());
            if (changesSince.orElse(0) > named.size() && named.size() == NAMED) {
                lines += "\n" + Messages.text("settings.restoreFlow.andMore", changesSince.getAsLong() - NAMED);
            }
            count = Messages.text("settings.restoreFlow.theyAre", count, lines);
        }
        return Messages.text("settings.restoreFlow.thisBackupWasMadeOn", when, manifest.documentCount(), count,
                dataFolder);
    }

    /**
     * The question before a restore. Its buttons keep their whole words: the dialog is as wide as its content's
     * wrapped text, and "Restore this backup" read "Restore this back..." in it.
     */
    /**
     * The question before a restore, its words as wide as the app's window allows (up to {@link #WORDS_AT_MOST}):
     * set in the 360 px every other dialog gives its words, the records it names ran to a column 330 px wide with a
     * scroll bar at 1024 x 768 and at 1366 x 768; at this width they read without scrolling.
     *
     * @param owner the app's window, which the question opens over (null: the words at their least width)
     */
    static Alert question(String words, javafx.stage.Window owner) {
        Alert ask = question(words);
        if (owner != null) {
            ask.initOwner(owner);
        }
        double wide = wordsWidth(owner == null ? 0 : owner.getWidth());
        Label text = new Label(words);
        text.setId("restore-question-words");
        text.setWrapText(true);
        text.getStyleClass().add("dialog-words");
        text.setPadding(new javafx.geometry.Insets(4, 10, 4, 10));
        text.setPrefWidth(wide);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ask.getDialogPane().setContent(text);
        // The theme holds a dialog to 600 px wide; this one (app.css) to its words' widest and its margins.
        ask.getDialogPane().getStyleClass().add("restore-question");
        ask.getDialogPane().setPrefWidth(Math.max(520, wide + 40));
        return ask;
    }

    /** The widest the question's words are set: a line of about a hundred letters, still read at a glance. */
    static final double WORDS_AT_MOST = 760;

    /** The words' width in a window this wide: what is left of it beside a margin, 360 at least. */
    static double wordsWidth(double window) {
        return Math.max(360, Math.min(WORDS_AT_MOST, window - 160));
    }

    static Alert question(String words) {
        ButtonType yes = new ButtonType(Messages.text("settings.restoreFlow.restoreThisBackup"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.text("settings.restoreFlow.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, words, yes, no);
        ask.getDialogPane().setId("restore-question");
        ask.setTitle(Messages.text("settings.restoreFlow.restoreABackup"));
        ask.setHeaderText(Messages.text("settings.restoreFlow.replaceYourRecordsWithThis"));
        // Sized to its wrapped words alone, the dialog left its buttons half a pixel short, and JavaFX cut them.
        ask.getDialogPane().setPrefWidth(520);
        return ask;
    }

    private void confirm(Path backup, Optional<char[]> password, Looked looked) {
        Alert ask = question(whatGoes(looked, dataFolder), panel.getScene().getWindow());
        if (uk.cml.ui.common.ScreenFit.dialog(ask).showAndWait().filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        Task<BackupRestore.Restored> task = panel.withProgress(p -> restorer.restore(backup, password, p));
        panel.busy(task, Messages.text("settings.restoreFlow.checkingTheBackup"));
        background.run(task, restored -> onRestored.accept(Messages.text("settings.restoreFlow.theBackupMadeOnIs",
                RecordsSafetyPanel.when(restored.manifest().madeAt()), restored.keptAside().map(aside ->
                Messages.text("settings.restoreFlow.theRecordsYouHadBefore", aside)).orElse(""))), panel::showProblem);
    }
}
