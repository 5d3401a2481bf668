package uk.cml.ui.payments;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Validated;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentRules;
import uk.cml.importer.CsvFile;
import uk.cml.importer.ImportPreview;
import uk.cml.importer.ImportedPayment;
import uk.cml.importer.PreviewRow;
import uk.cml.importer.RecordedPayment;
import uk.cml.importer.RowStatus;
import uk.cml.ui.common.Problems;

/**
 * Imports payments from a CSV file: choose the file, say which columns hold what, check every row in the preview,
 * tick any possible duplicates that really are second payments, then import. Nothing is saved until the import
 * button is pressed, and then every payment is saved in one transaction.
 */
final class ImportDialog {

    private final PaymentsModel model;
    private final Stage stage = new Stage();
    private final ImportMappingControls mapping = new ImportMappingControls();
    private final TableView<PreviewRow> table = new TableView<>();
    private final Set<Integer> ticked = new HashSet<>();
    private final Label summary = new Label("Choose the file your bank or spreadsheet saved as CSV.");
    private final Button confirm = new Button("Import 0 payments");
    private CsvFile file;
    private Path path;
    private ImportPreview preview;

    ImportDialog(PaymentsModel model, Window owner) {
        this.model = model;
        Button choose = new Button("Choose file\u2026");
        choose.setId("import-choose");
        choose.setOnAction(e -> choose());
        summary.setId("import-summary");
        summary.setWrapText(true);
        table.setId("import-preview");
        table.setAccessibleText("Every row of the file and what the import will do with it");
        table.setPlaceholder(new Label("No file chosen yet."));
        table.getColumns().add(tickColumn());
        table.getColumns().add(Columns.text("Row", r -> Integer.toString(r.rowNumber()), 50));
        table.getColumns().add(Columns.text("Status", ImportDialog::status, 130));
        table.getColumns().add(Columns.text("Date", r -> r.payment().map(p -> UkFormats.shortDate(p.date())).orElse(""), 100));
        table.getColumns().add(Columns.money("Amount", r -> r.payment().map(p -> p.amount().format()).orElse(""), 90));
        table.getColumns().add(Columns.text("In the file", r -> String.join(" | ", r.cells()), 260));
        table.getColumns().add(Columns.text("Why", PreviewRow::message, 360));
        table.setEditable(true);
        confirm.setId("import-confirm");
        confirm.getStyleClass().add("primary");
        confirm.setDisable(true);
        confirm.setOnAction(e -> importTicked());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        mapping.onChange(this::rebuild);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, summary, gap, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        Label title = new Label("Import payments from a CSV file");
        title.getStyleClass().add("title");
        VBox top = new VBox(12, title, choose, mapping.form);
        BorderPane root = new BorderPane(table, top, null, buttons, null);
        BorderPane.setMargin(table, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(20));
        root.setId("import-dialog");
        Scene scene = new Scene(root, 1000, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import payments");
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private TableColumn<PreviewRow, Boolean> tickColumn() {
        TableColumn<PreviewRow, Boolean> column = new TableColumn<>("Import?");
        column.setCellValueFactory(cell -> {
            PreviewRow row = cell.getValue();
            SimpleBooleanProperty on = new SimpleBooleanProperty(row.status() == RowStatus.READY
                    || ticked.contains(row.rowNumber()));
            on.addListener((obs, old, now) -> {
                if (row.status() == RowStatus.POSSIBLE_DUPLICATE) {
                    if (now) {
                        ticked.add(row.rowNumber());
                    } else {
                        ticked.remove(row.rowNumber());
                    }
                    count();
                }
            });
            return on;
        });
        column.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = getTableRow() == null ? null : getTableRow().getItem();
                // Only a possible duplicate is the parent's choice; ready rows are always in, problems never.
                setDisable(empty || row == null || row.status() != RowStatus.POSSIBLE_DUPLICATE);
            }
        });
        column.setEditable(true);
        column.setPrefWidth(70);
        return column;
    }

    private static String status(PreviewRow row) {
        return switch (row.status()) {
            case READY -> "Ready";
            case POSSIBLE_DUPLICATE -> "Possible duplicate";
            case SKIPPED_BY_FILTER -> "Left out by filter";
            case PROBLEM -> "Problem";
        };
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file of payments");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            load(chosen.toPath());
        }
    }

    /** Reads the file in the background; problems (too big, not a CSV...) are shown in the summary line. */
    void load(Path chosen) {
        summary.setText("Reading " + chosen.getFileName() + "\u2026");
        model.background.run(() -> CsvFile.load(chosen), (Validated<CsvFile> loaded) -> {
            if (!loaded.isOk()) {
                summary.setText(loaded.problem().orElseThrow());
                return;
            }
            file = loaded.value();
            path = chosen;
            ticked.clear();
            mapping.fill(file.csv());
            rebuild();
        }, error -> summary.setText(Problems.forParent(error)));
    }

    /** In memory only: the file is already read and the records already loaded, so this is quick. */
    private void rebuild() {
        if (file == null || model.now().isEmpty()) {
            return;
        }
        Set<RecordedPayment> recorded = model.now().get().records().payments().stream()
                .map(p -> new RecordedPayment(p.date(), p.amount())).collect(Collectors.toSet());
        preview = ImportPreview.build(file.csv(), mapping.mapping(), model.today(),
                PaymentRules.firstDue(model.now().get().records().plans()), recorded);
        table.getItems().setAll(preview.rows());
        count();
    }

    private void count() {
        List<ImportedPayment> chosen = preview.paymentsToImport(ticked);
        confirm.setText("Import " + chosen.size() + (chosen.size() == 1 ? " payment" : " payments"));
        confirm.setDisable(chosen.isEmpty());
        summary.setText(preview.count(RowStatus.READY) + " ready, " + preview.count(RowStatus.POSSIBLE_DUPLICATE)
                + " possible duplicates (tick to import), " + preview.count(RowStatus.PROBLEM) + " with problems, "
                + preview.count(RowStatus.SKIPPED_BY_FILTER) + " left out by the filter. Nothing is saved until you "
                + "press Import.");
    }

    private void importTicked() {
        String from = path.getFileName().toString();
        List<Payment> payments = preview.paymentsToImport(ticked).stream().map(p -> new Payment(0, p.date(),
                p.amount(), model.usualMethod(), p.description().strip(),
                "Imported from " + from + ", line " + p.sourceLine())).toList();
        long caseId = model.caseId();
        confirm.setDisable(true);
        model.change(() -> model.store.addPayments(caseId, payments), "Imported " + payments.size()
                + (payments.size() == 1 ? " payment" : " payments") + " from " + from + ".", n -> stage.close());
    }
}
