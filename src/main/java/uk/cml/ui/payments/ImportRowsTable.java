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
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.WrappingCells;
import uk.cml.ui.common.PageLayout;

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
    private String payer = Messages.text("payments.importDialog.thePayer");

    ImportRowsTable(Runnable ticksChanged) {
        this.ticksChanged = ticksChanged;
        table.setId("import-preview");
        table.setAccessibleText(Messages.text("payments.importRowsTable.everyRowOfTheFile"));
        table.setPlaceholder(PageLayout.emptyNote(Messages.text("payments.importRowsTable.noFileChosenYet")));
        table.getColumns().add(tickColumn());
        table.getColumns().add(Columns.text(Messages.text("payments.importRowsTable.row"), r ->
                Integer.toString(r.rowNumber()), 50));
        table.getColumns().add(Columns.text(Messages.text("payments.importRowsTable.status"), this::status, 190));
        table.getColumns().add(Columns.text(Messages.text("payments.adjustmentPanel.date"), r -> r.payment().map(p ->
                UkFormats.shortDate(p.date())).orElse(""), 115));
        table.getColumns().add(Columns.money(Messages.text("payments.adjustmentPanel.amount"), r -> r.payment()
                .map(p -> p.amount().format()).orElse(""), 90));
        table.getColumns().add(Columns.text(Messages.text("payments.importRowsTable.description"), r -> r.payment()
                .map(p -> p.description()).orElse(""), 200));
        // Why a row is not ready ("... is not a real date", "... not a payment to you") wraps rather than ends in
        // "...", with the whole text on pointing too.
        TableColumn<PreviewRow, String> why = Columns.text(Messages.text("payments.importRowsTable.why"),
                PreviewRow::message, 420);
        why.setId("import-why");
        why.setCellFactory(WrappingCells.table());
        table.getColumns().add(why);
        WrappingCells.refitRowsOnResize(table);
        table.getColumns().add(Columns.text(Messages.text("payments.importRowsTable.inTheFile"), r ->
                String.join(" | ", r.cells()), 400));
        table.setEditable(true);
        shown.setId("import-show");
        shown.setAccessibleText(Messages.text("payments.importRowsTable.whichRowsToShow"));
        shown.getItems().setAll(ImportChoices.Shown.values());
        shown.getSelectionModel().select(ImportChoices.Shown.MONEY_IN);
        shown.valueProperty().addListener((obs, old, now) -> refill());
        Button selectAll = new Button(Messages.text("payments.importRowsTable.selectAllShown"));
        selectAll.setId("import-select-all");
        selectAll.setOnAction(e -> change(() -> choices.tickAll(shown.getValue())));
        Button selectNone = new Button(Messages.text("payments.importRowsTable.untickAll"));
        selectNone.setId("import-select-none");
        selectNone.setOnAction(e -> change(() -> choices.untickAll()));
        Label show = new Label(Messages.text("payments.importRowsTable.show"));
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
            case READY -> row.message().isEmpty() ? Messages.text("payments.importRowsTable.ready")
                    : Messages.text("payments.importRowsTable.readySeeWhy");
            case POSSIBLE_DUPLICATE -> Messages.text("payments.importRowsTable.likelyDuplicate");
            case NOT_FROM_PAYER -> Messages.text("payments.importRowsTable.notFrom", payer);
            case MONEY_OUT -> Messages.text("payments.importRowsTable.moneyOut");
            case NOT_COMPLETED -> Messages.text("payments.importRowsTable.notCompleted");
            case PROBLEM -> Messages.text("payments.importRowsTable.problem");
        };
    }

    private TableColumn<PreviewRow, Boolean> tickColumn() {
        TableColumn<PreviewRow, Boolean> column = new TableColumn<>(Messages.text("payments.importRowsTable.import"));
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
