package uk.cml.ui.payments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.cml.domain.Validated;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.importer.CsvFile;
import uk.cml.importer.FileLayout;
import uk.cml.importer.ImportChoices;
import uk.cml.importer.ImportPreview;
import uk.cml.importer.ImportedPayment;
import uk.cml.importer.ParsedCsv;
import uk.cml.importer.PreviewProgress;
import uk.cml.importer.RecordedPayment;
import uk.cml.importer.RowStatus;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.Problems;

/**
 * Imports payments from a bank file: choose the file, check who the money should be from, check the rows (only
 * money in from the other parent starts ticked), then import. The file is read and every preview is built off the
 * JavaFX thread with a progress bar and a Stop button. Nothing is saved until Import is pressed, and then every
 * payment is saved in one transaction.
 */
final class ImportDialog {

    private record Opened(Path path, CsvFile file, List<String> remembered) {
    }

    private final PaymentsModel model;
    private final ImportSources sources;
    private final Stage stage = new Stage();
    private final ImportMappingControls mapping = new ImportMappingControls();
    private final ImportRowsTable rows = new ImportRowsTable(this::count);
    private final TextField payers = new TextField();
    private final Label layout = new Label();
    private final ToggleButton columns = new ToggleButton(Messages.text("payments.importDialog.changeColumns"));
    private final ProgressBar progress = new ProgressBar();
    private final HBox working;
    private final Label summary = new Label(Messages.text("payments.importDialog.chooseTheFileYourBank"));
    private final Button confirm = new Button(Messages.text("payments.importDialog.import0Payments"));
    private CsvFile file;
    private Path path;
    private ImportChoices choices;
    private Task<?> running;
    private boolean filling;

    ImportDialog(PaymentsModel model, ImportSources sources, Window owner) {
        this.model = model;
        this.sources = sources;
        Button choose = new Button(Messages.text("payments.importDialog.chooseFile"));
        choose.setId("import-choose");
        choose.setOnAction(e -> sources.files().choose(stage).ifPresent(this::load));
        layout.setId("import-layout");
        layout.getStyleClass().add("heading");
        layout.setWrapText(true);
        payers.setId("import-payers");
        payers.setAccessibleText(Messages.text("payments.importDialog.moneyFromNamesOrReferences"));
        payers.setPromptText(Messages.text("payments.importDialog.theOtherParentSName"));
        payers.textProperty().addListener((obs, old, now) -> rebuild());
        Label payersLabel = new Label(Messages.text("payments.importDialog.moneyFrom"));
        payersLabel.setLabelFor(payers);
        Label payersHint = new Label(Messages.text("payments.importDialog.onlyMoneyInThatMentions"));
        payersHint.getStyleClass().add("field-hint");
        payersHint.setWrapText(true);
        HBox.setHgrow(payers, Priority.ALWAYS);
        HBox payersRow = new HBox(10, payersLabel, payers);
        payersRow.setAlignment(Pos.CENTER_LEFT);
        // The columns are found, not assumed, so their controls stay out of the way unless asked for.
        columns.setId("import-columns");
        mapping.form.visibleProperty().bind(columns.selectedProperty());
        mapping.form.managedProperty().bind(columns.selectedProperty());
        Button stop = new Button(Messages.text("payments.importDialog.stop"));
        stop.setId("import-stop");
        stop.setOnAction(e -> {
            stopWork();
            summary.setText(Messages.text("payments.importDialog.stoppedChangeAChoiceAbove"));
        });
        progress.setId("import-progress");
        progress.getStyleClass().add("import-progress");
        Label workingLabel = new Label(Messages.text("payments.importDialog.checkingTheRows"));
        working = new HBox(10, progress, workingLabel, stop);
        working.setAlignment(Pos.CENTER_LEFT);
        working.managedProperty().bind(working.visibleProperty());
        working.setVisible(false);
        summary.setId("import-summary");
        summary.setWrapText(true);
        confirm.setId("import-confirm");
        confirm.getStyleClass().add("primary");
        confirm.setDisable(true);
        confirm.setOnAction(e -> importTicked());
        Button cancel = new Button(Messages.text("payments.importDialog.cancel"));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            stopWork();
            stage.close();
        });
        mapping.onChange(this::rebuild);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        HBox buttons = new HBox(10, summary, gap, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(Messages.text("payments.importDialog.importPaymentsFromYourBank"));
        title.getStyleClass().add("title");
        HBox fileRow = new HBox(12, choose, layout, columns);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, title, fileRow, payersRow, payersHint, mapping.form, working);
        BorderPane root = new BorderPane(rows.view, top, null, buttons, null);
        BorderPane.setMargin(rows.view, new Insets(12, 0, 12, 0));
        root.getStyleClass().add("window-content");
        root.setId("import-dialog");
        Scene scene = new Scene(root, 1100, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("payments.importDialog.title"));
        stage.setScene(scene);
        uk.cml.ui.common.ScreenFit.window(stage);
    }

    void show() {
        stage.show();
    }

    /** Reads the file in the background; problems (too big, not a CSV...) are shown in the summary line. */
    void load(Path chosen) {
        stopWork();
        summary.setText(Messages.text("payments.importDialog.reading", chosen.getFileName()));
        progress.progressProperty().unbind();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        working.setVisible(true);
        long caseId = model.caseId();
        // The remembered payers are read only when the file was readable.
        model.background.run(() -> CsvFile.load(chosen)
                .map(f -> new Opened(chosen, f, sources.payers().remembered(caseId))), this::opened, error -> {
                    working.setVisible(false);
                    summary.setText(Problems.forParent(error));
                });
    }

    private void opened(Validated<Opened> read) {
        working.setVisible(false);
        if (!read.isOk()) {
            summary.setText(read.problem().orElseThrow());
            return;
        }
        Opened opened = read.value();
        file = opened.file();
        path = opened.path();
        FileLayout found = FileLayout.of(file);
        layout.setText(found.describe());
        List<String> start = new ArrayList<>();
        model.caseFile().map(c -> c.otherParentName().strip()).filter(n -> !n.isEmpty()).ifPresent(start::add);
        opened.remembered().stream().filter(r -> start.stream().noneMatch(r::equalsIgnoreCase)).forEach(start::add);
        filling = true;
        mapping.fill(file.csv(), found.mapping().orElse(ImportMappingControls.fallback(file.csv())));
        columns.setSelected(found.mapping().isEmpty());
        // What the parent typed before choosing the file is theirs: the names found only fill an empty field.
        if (payers.getText().isBlank()) {
            payers.setText(String.join(", ", start));
        }
        filling = false;
        rebuild();
    }

    private List<String> payerList() {
        return Arrays.stream(payers.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Builds the preview off the JavaFX thread; a newer build stops an older one. */
    private void rebuild() {
        if (filling || file == null || model.now().isEmpty()) {
            return;
        }
        stopWork();
        mapping.setPayers(payerList());
        var settings = mapping.mapping();
        ParsedCsv csv = file.csv();
        LocalDate today = model.today();
        Optional<LocalDate> firstDue = PaymentRules.firstDue(model.now().get().records().plans());
        Set<RecordedPayment> recorded = model.now().get().records().payments().stream()
                .map(p -> new RecordedPayment(p.date(), p.amount())).collect(Collectors.toSet());
        Task<ImportPreview> task = new Task<>() {
            @Override
            protected ImportPreview call() {
                return ImportPreview.build(csv, settings, today, firstDue, recorded, new PreviewProgress() {
                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }

                    @Override
                    public void checked(int done, int total) {
                        updateProgress(done, Math.max(1, total));
                    }
                });
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        working.setVisible(true);
        confirm.setDisable(true);
        task.setOnCancelled(e -> working.setVisible(false));
        model.background.run(task, preview -> {
            if (running == task) {
                working.setVisible(false);
                choices = new ImportChoices(preview);
                String first = settings.payers().isEmpty() ? Messages.text("payments.importDialog.thePayer")
                        : settings.payers().get(0);
                rows.show(choices, first);
                count();
            }
        }, error -> {
            working.setVisible(false);
            summary.setText(Problems.forParent(error));
        });
    }

    /** Stops a preview being built: the parent pressed Stop or Cancel, or a newer build replaces it. */
    private void stopWork() {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
        running = null;
        working.setVisible(false);
    }

    private void count() {
        if (choices == null) {
            return;
        }
        List<ImportedPayment> chosen = choices.toImport();
        ImportPreview preview = choices.preview();
        confirm.setText(chosen.size() == 1 ? Messages.text("payments.importDialog.importPayment", chosen.size())
                : Messages.text("payments.importDialog.importPayments", chosen.size()));
        confirm.setDisable(chosen.isEmpty());
        summary.setText(Messages.text("payments.importDialog.tickedOtherMoneyInLeft", chosen.size(),
                preview.count(RowStatus.NOT_FROM_PAYER), preview.count(RowStatus.POSSIBLE_DUPLICATE),
                preview.count(RowStatus.MONEY_OUT), preview.count(RowStatus.PROBLEM)));
    }

    private void importTicked() {
        String from = path.getFileName().toString();
        List<Payment> payments = choices.toImport().stream().map(p -> new Payment(0, p.date(), p.amount(),
                model.statementMethod(), p.description(), Messages.text("payments.importDialog.importedFromLine", from,
                p.sourceLine()))).toList();
        long caseId = model.caseId();
        String otherParent = model.caseFile().map(c -> c.otherParentName().strip()).orElse("");
        List<String> remember = payerList().stream()
                .filter(p -> !p.toLowerCase(Locale.UK).equals(otherParent.toLowerCase(Locale.UK))).toList();
        confirm.setDisable(true);
        model.change(() -> {
            model.store.addPayments(caseId, payments);
            sources.payers().remember(caseId, remember);
            return payments.size();
        }, payments.size() == 1 ? Messages.text("payments.importDialog.importedPayment", payments.size(), from)
                : Messages.text("payments.importDialog.importedPayments", payments.size(), from), n -> stage.close());
    }
}
