package uk.cml.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import uk.cml.domain.UkFormats;
import uk.cml.safety.CheckReport;
import uk.cml.safety.CsvExport;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.FirstProblem;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.PageStatus;
import uk.cml.ui.common.SaveDialog;

/** "Keeping your records safe": back up now, restore, check records, and the automatic backups. */
public final class RecordsSafetyPanel extends VBox {

    private final RecordsSafety safety;
    private final Background background;
    private final Label fingerprint = new Label();
    private final Label status = new Label();
    /** What the status line says: "Backup saved as ..." goes once the parent changes an answer here or leaves. */
    private final PageStatus said = new PageStatus();
    private final ProgressBar progress = new ProgressBar();
    private final CheckFindings findings = new CheckFindings();
    /** The last check shown, until the records change after it; none before the first. */
    private LastCheck checked;
    private final Button backUp = new Button(Messages.text("settings.recordsSafetyPanel.backUpNow"));
    private final Button restore = new Button(Messages.text("settings.recordsSafetyPanel.restoreFromABackup"));
    private final Button check = new Button(Messages.text("settings.recordsSafetyPanel.checkRecords"));
    /** Shown after a check whose anchor cannot vouch for the records: the parent's word that they are the newest. */
    private final Button startAgain = new Button(Messages.text("settings.recordsSafetyPanel.startAgain"));
    private final Button exportCsv = new Button(Messages.text("settings.recordsSafetyPanel.saveLogsAsCsv"));
    private final RestoreFlow restoreFlow;
    /**
     * The button the keyboard was on when the work began, if one of those greyed out while it runs: greying it out
     * moved the keyboard on to "Save as spreadsheet files…", so it goes back once the work is done.
     */
    private javafx.scene.Node focusedBefore;
    private final BackupPassword backupPassword;
    private final SaveDialog saving;
    private final FingerprintCheck fingerprintCheck;

    /**
     * @param restorer   replaces the records with a backup's, closing them (the app's services do this)
     * @param onRestored shows the message that the app must be opened again
     * @param protectBackupsByDefault whether a backup starts out password-protected (once a passcode is set)
     * @param saving     the save dialog for Back up now, opened in the app's folder in Documents
     */
    public RecordsSafetyPanel(RecordsSafety safety, Background background,
                              RestoreFlow.Restorer restorer,
                              Consumer<String> onRestored, boolean protectBackupsByDefault, SaveDialog saving) {
        super(12);
        this.saving = saving;
        this.backupPassword = new BackupPassword(protectBackupsByDefault);
        this.safety = safety;
        this.background = background;
        this.restoreFlow = new RestoreFlow(this, background, restorer, onRestored, safety);
        this.fingerprintCheck = new FingerprintCheck(safety, background);
        setId("settings-safety");
        Label heading = new Label(Messages.text("settings.recordsSafetyPanel.keepingYourRecordsSafe"));
        heading.getStyleClass().add("heading");
        Label honest = new Label(SafetyTexts.WHAT_EACH_BUTTON_DOES);
        honest.setWrapText(true);
        // Wrapped text must keep its full height, or the last line is cut to "...".
        honest.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        fingerprint.setId("settings-fingerprint");
        // What the fingerprint is for, said before its name (reviewer rv10: "Record fingerprint" alone was jargon).
        Label fingerprintFor = new Label(Messages.text("settings.recordsSafetyPanel.fingerprintIsFor"));
        fingerprintFor.setId("settings-fingerprint-for");
        fingerprintFor.setWrapText(true);
        fingerprintFor.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        fingerprint.getStyleClass().add("subheading");
        backUp.setId("settings-back-up");
        restore.setId("settings-restore");
        check.setId("settings-check-records");
        backUp.getStyleClass().add("primary");
        backUp.setOnAction(e -> chooseBackupFile());
        restore.setOnAction(e -> restoreFlow.start());
        check.setOnAction(e -> checkRecords());
        startAgain.setId("settings-anchor-start-again");
        startAgain.setOnAction(e -> startAnchorAgain());
        shown(startAgain, false);
        exportCsv.setId("settings-export-csv");
        exportCsv.setAccessibleText(Messages.text("settings.recordsSafetyPanel.saveEveryLogAsCsv"));
        exportCsv.setOnAction(e -> chooseCsvFolder());
        progress.setId("settings-safety-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.setManaged(false);
        status.textProperty().bind(said.textProperty());
        status.setId("settings-safety-status");
        status.getStyleClass().add("status");
        status.setWrapText(true);
        HBox buttons = new HBox(10, backUp, restore, check, exportCsv);
        getChildren().addAll(heading, honest, fingerprintFor, fingerprint, buttons,
                backupPassword, progress, status, findings, startAgain, fingerprintCheck, automaticRow());
        // What a button did shows under it, below the page's fold at 1366 x 768: nothing seemed to happen. Each new
        // word scrolls the page so the buttons and the words under them are in view (the words if not both).
        status.textProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                javafx.application.Platform.runLater(() -> FirstProblem.bringIntoView(buttons, status));
            }
        });
        MovingOn.watch(this, said);
        refreshFingerprint();
    }

    private VBox automaticRow() {
        Spinner<Integer> keep = BackupsKept.spinner("settings-backups-kept", RecordsSafety.DEFAULT_KEEP);
        keep.setEditable(true);
        keep.getStyleClass().add("keep-count");
        keep.setAccessibleText(Messages.text("settings.recordsSafetyPanel.howManyAutomaticBackupsTo"));
        background.run(safety::keepAutomatic, kept -> {
            keep.getValueFactory().setValue(kept);
            keep.valueProperty().addListener((obs, old, now) -> background.run(() -> {
                safety.setKeepAutomatic(now);
                return now;
            }, ok -> { }, error -> showProblem(error)));
        }, this::showProblem);
        Label explain = new Label(SafetyTexts.AUTOMATIC);
        explain.setWrapText(true);
        Label before = new Label(Messages.text("settings.recordsSafetyPanel.keepTheNewest"));
        before.setLabelFor(keep);
        before.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label after = new Label(Messages.text("settings.recordsSafetyPanel.automaticBackups"));
        after.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, before, keep, after);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, explain, row, BackupsKept.problemLine(keep));
    }

    /** Each log of each case as CSV files, in a new dated folder inside the folder the parent picks. */
    private void chooseCsvFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.text("settings.recordsSafetyPanel.chooseWhereToSaveThe"));
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder == null) {
            return;
        }
        said.say(Messages.text("settings.recordsSafetyPanel.savingTheCsvFiles"));
        background.run(() -> safety.exportCsv(folder.toPath()), written -> said.done(written.isEmpty()
                ? Messages.text("settings.recordsSafetyPanel.thereAreNoCasesYet")
                : Messages.text("settings.recordsSafetyPanel.savedCsvFilesIn", written.stream()
                .mapToInt(CsvExport.CaseExport::files).sum(), written.get(0).folder().getParent())), this::showProblem);
    }

    /**
     * Each fresh visit to Settings: what a backup, restore or export said, and the answer to a fingerprint checked,
     * were one-off, and go (a restore that failed was still said on coming back). What Check records found stays
     * while the records are as it saw them ({@link #forgetCheckOlderThan}); work still under way says its own.
     */
    void freshVisit() {
        fingerprintCheck.freshVisit();
        boolean checkVerdict = checked != null && said.text().equals(checked.summary());
        if (!check.isDisabled() && !checkVerdict) {
            said.clear();
        }
        refreshFingerprint();
    }

    /** Never shows a fingerprint older than the records: says it is being worked out until the new one is read. */
    void refreshFingerprint() {
        fingerprint.setText(Messages.text("settings.recordsSafetyPanel.recordFingerprintWorkingOut"));
        background.run(safety::fingerprint, print -> {
            fingerprint.setText(Messages.text("settings.recordsSafetyPanel.recordFingerprintNow", print.shortForm()));
            forgetCheckOlderThan(print.shortForm());
        }, error -> fingerprint.setText(""));
    }

    /**
     * The last check's verdict ("Everything matches... Record fingerprint BF19...") was about the records as they
     * were: beside a newer fingerprint it reads as a verdict on records it never saw. Once they have changed, it
     * says so instead, and what it found goes with it.
     */
    private void forgetCheckOlderThan(String printNow) {
        if (checked != null && !checked.fingerprint().equals(printNow)) {
            if (said.text().equals(checked.summary())) {
                said.say(Messages.text("settings.recordsSafetyPanel.checkedBeforeChanges", checked.at()));
                findings.hide();
            }
            checked = null;
        }
    }

    /** What the last Check records said, about the records with this fingerprint, checked at this time. */
    private record LastCheck(String summary, String fingerprint, String at) {
    }

    private void chooseBackupFile() {
        if (backupPassword.problem().isPresent()) {
            said.say(backupPassword.problem().get());
            return;
        }
        File chosen = saving.show(backupDialog(), getScene().getWindow());
        if (chosen != null) {
            backUpTo(chosen.toPath());
        }
    }

    /** Where Back up now saves: the app's folder in Documents, until the parent picks a USB stick. */
    FileChooser backupDialog() {
        return saving.chooser(Messages.text("settings.recordsSafetyPanel.saveABackupOfYour"), safety.suggestedName(),
                new FileChooser.ExtensionFilter(Messages.text("settings.recordsSafetyPanel.backupFilesZip"), "*.zip"));
    }

    /** Backs up to a file or folder; public so the page can be driven without the system's file dialog. */
    public void backUpTo(Path target) {
        Optional<String> problem = backupPassword.problem();
        if (problem.isPresent()) {
            said.say(problem.get());
            return;
        }
        Optional<char[]> password = backupPassword.take();
        Task<RecordsSafety.BackupResult> task = withProgress(p -> {
            try {
                return safety.backUpTo(target, password, p);
            } finally {
                BackupPassword.forget(password);
            }
        });
        busy(task, Messages.text("settings.recordsSafetyPanel.makingTheBackup"));
        background.run(task, made -> {
            idle();
            said.done(password.isPresent()
                    ? Messages.text("settings.recordsSafetyPanel.backupSavedWithPassword", made.file(),
                    made.manifest().documentCount())
                    : Messages.text("settings.recordsSafetyPanel.backupSaved", made.file(),
                    made.manifest().documentCount()));
        }, this::showProblem);
    }

    private void checkRecords() {
        Task<CheckReport> task = withProgress(safety::check);
        busy(task, Messages.text("settings.fingerprintCheck.checkingYourRecords"));
        background.run(task, report -> {
            idle();
            showReport(report, java.time.LocalDateTime.now());
        }, this::showProblem);
    }

    private void showReport(CheckReport report, java.time.LocalDateTime at) {
        checked = new LastCheck(report.summary(), report.fingerprint().shortForm(), UkFormats.dateTime(at));
        said.say(report.summary());
        findings.show(report);
        shown(startAgain, report.anchorToStartAgain());
        fingerprint.setText(Messages.text("settings.recordsSafetyPanel.recordFingerprintNow", report.fingerprint()
                .shortForm()));
    }

    /**
     * What a check already made found (the one made after opening, at {@code at}), shown as Check records shows it
     * while the records are still as that check saw them; once they have changed, they are checked again, so the
     * parent never reads a verdict on records that are no longer there.
     */
    public void showFound(CheckReport report, java.time.LocalDateTime at) {
        if (check.isDisabled()) {
            return; // a backup, restore or check of the parent's is under way, and says its own result
        }
        background.run(safety::fingerprint, now -> {
            if (check.isDisabled()) {
                return;
            }
            if (now.equals(report.fingerprint())) {
                showReport(report, at);
            } else {
                checkRecords();
            }
        }, this::showProblem);
    }

    /**
     * After a check that found the anchor missing (or left behind): asked first, since it cannot be undone and
     * every later check says it was done; then the records are checked again, so the parent sees what it says now.
     */
    private void startAnchorAgain() {
        ButtonType yes = new ButtonType(Messages.text("settings.recordsSafetyPanel.startAgainYes"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.text("settings.restoreFlow.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("settings.recordsSafetyPanel.startAgainQuestion"),
                yes, no);
        ask.getDialogPane().setId("anchor-start-again-question");
        ask.setTitle(Messages.text("settings.recordsSafetyPanel.startAgain"));
        ask.setHeaderText(Messages.text("settings.recordsSafetyPanel.startAgainHeader"));
        ask.getDialogPane().setPrefWidth(520);
        // Not the button Enter presses: this cannot be undone, and a newer backup is the better way.
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(no)).setDefaultButton(true);
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        if (uk.cml.ui.common.ScreenFit.dialog(ask).showAndWait().filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE).isEmpty()) {
            return;
        }
        shown(startAgain, false);
        background.run(() -> {
            safety.startAnchorAgain();
            return true;
        }, done -> checkRecords(), this::showProblem);
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    <T> Task<T> withProgress(java.util.function.Function<Progress, T> work) {
        return new Task<>() {
            @Override
            protected T call() {
                return work.apply((done, total, step) -> {
                    updateProgress(done, total);
                    updateMessage(step);
                });
            }
        };
    }

    void busy(Task<?> task, String what) {
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        focusedBefore = owner == backUp || owner == restore || owner == check ? owner : null;
        backUp.setDisable(true);
        restore.setDisable(true);
        check.setDisable(true);
        findings.hide();
        shown(startAgain, false);
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        progress.setManaged(true);
        said.say(what);
        task.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank() && task.isRunning()) {
                said.say(now + "…");
            }
        });
    }

    void idle() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        progress.setManaged(false);
        backUp.setDisable(false);
        restore.setDisable(false);
        check.setDisable(false);
        keyboardBack();
        refreshFingerprint();
    }

    /** Back on the button pressed, beside its result, unless the parent has moved the keyboard on themselves. */
    private void keyboardBack() {
        javafx.scene.Node pressed = focusedBefore;
        focusedBefore = null;
        javafx.scene.Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (pressed != null && (owner == null || owner == pressed || owner == exportCsv)) {
            pressed.requestFocus();
        }
    }

    void showProblem(Throwable error) {
        idle();
        said.problem(error);
    }

    void showStatus(String text) {
        said.say(text);
    }

    static String when(java.time.LocalDateTime madeAt) {
        return UkFormats.dateTime(madeAt);
    }
}
