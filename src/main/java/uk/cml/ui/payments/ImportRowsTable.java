package uk.cml.ui.payments;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.UkFormats;
import uk.cml.importer.ImportChoices;
import uk.cml.importer.PreviewRow;

/**
 * The preview table of an import: every row with its verdict and a tick box, the choice of which rows to show, and
 * "Select all shown". Ticks live in {@link ImportChoices}; the table only shows them.
 */
final class ImportRowsTable {

    final VBox view;
    final TableView<PreviewRow> table = new TableView<>();
    final ComboBox<ImportChoices.Shown> shown = new ComboBox<>();
    private final Runnable ticksChanged;
    private ImportChoices choices;
    private String payer = "the payer";

    ImportRowsTable(Runnable ticksChanged) {
        this.ticksChanged = ticksChanged;
        table.setId("import-preview");
        table.setAccessibleText("Every row of the file, what the import will do with it, and a tick to import it");
        table.setPlaceholder(new Label("No file chosen yet."));
        table.getColumns().add(tickColumn());
        table.getColumns().add(Columns.text("Row", r -> Integer.toString(r.rowNumber()), 50));
        table.getColumns().add(Columns.text("Status", this::status, 190));
        table.getColumns().add(Columns.text("Date", r -> r.payment().map(p -> UkFormats.shortDate(p.date())).orElse(""), 115));
        table.getColumns().add(Columns.money("Amount", r -> r.payment().map(p -> p.amount().format()).orElse(""), 90));
        table.getColumns().add(Columns.text("Description", r -> r.payment().map(p -> p.description()).orElse(""), 200));
        table.getColumns().add(Columns.text("Why", PreviewRow::message, 420));
        table.getColumns().add(Columns.text("In the file", r -> String.join(" | ", r.cells()), 400));
        table.setEditable(true);
        shown.setId("import-show");
        shown.setAccessibleText("Which rows to show");
        shown.getItems().setAll(ImportChoices.Shown.values());
        shown.getSelectionModel().select(ImportChoices.Shown.MONEY_IN);
        shown.valueProperty().addListener((obs, old, now) -> refill());
        Button selectAll = new Button("Select all shown");
        selectAll.setId("import-select-all");
        selectAll.setOnAction(e -> change(() -> choices.tickAll(shown.getValue())));
        Button selectNone = new Button("Untick all");
        selectNone.setId("import-select-none");
        selectNone.setOnAction(e -> change(() -> choices.untickAll()));
        Label show = new Label("Show");
        HBox bar = new HBox(8, show, shown, selectAll, selectNone);
        bar.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(8, bar, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    }

    void show(ImportChoices newChoices, String payerName) {
        choices = newChoices;
        payer = payerName;
        refill();
    }

    void clear() {
        choices = null;
        table.getItems().clear();
    }

    private void refill() {
        if (choices != null) {
            table.getItems().setAll(choices.shown(shown.getValue()));
        }
    }

    private void change(Runnable action) {
        if (choices != null) {
            action.run();
            refill();
            table.refresh();
            ticksChanged.run();
        }
    }

    private String status(PreviewRow row) {
        return switch (row.status()) {
            case READY -> row.message().isEmpty() ? "Ready" : "Ready (see why)";
            case POSSIBLE_DUPLICATE -> "Likely duplicate";
            case NOT_FROM_PAYER -> "Not from " + payer;
            case MONEY_OUT -> "Money out";
            case NOT_COMPLETED -> "Not completed";
            case PROBLEM -> "Problem";
        };
    }

    private TableColumn<PreviewRow, Boolean> tickColumn() {
        TableColumn<PreviewRow, Boolean> column = new TableColumn<>("Import?");
        column.setCellValueFactory(cell -> {
            PreviewRow row = cell.getValue();
            SimpleBooleanProperty on = new SimpleBooleanProperty(choices != null && choices.isTicked(row));
            on.addListener((obs, old, now) -> {
                choices.setTicked(row, now);
                ticksChanged.run();
            });
            return on;
        });
        column.setCellFactory(c -> new CheckBoxTableCell<>() {
            @Override
            public void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                PreviewRow row = getTableRow() == null ? null : getTableRow().getItem();
                // Money in can be ticked or unticked; money out, pending rows and problems never import.
                setDisable(empty || row == null || !row.status().canTick());
            }
        });
        column.setEditable(true);
        column.setPrefWidth(84);
        column.setMinWidth(84); // "Import?" in full, in the theme's bolder heading
        column.setSortable(false);
        return column;
    }
}
