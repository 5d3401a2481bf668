package uk.cml.ui.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import uk.cml.importer.AmountColumns;
import uk.cml.importer.ImportMapping;
import uk.cml.importer.ParsedCsv;
import uk.cml.ui.common.FormGrid;
import uk.cml.ui.common.Messages;

/**
 * The controls where the parent can correct which column holds what; they turn into an {@link ImportMapping}.
 * They start from what the import found in the file, so most parents never need to touch them.
 */
final class ImportMappingControls {

    final FormGrid form = new FormGrid();

    /** "None" first, so index i + 1 in a choice list is column i. */
    private static final String NONE = "(none)";
    private static final int HEADER_CHOICES = 15;

    final ComboBox<String> date = new ComboBox<>();
    final ComboBox<String> amountKind = new ComboBox<>(FXCollections.observableArrayList(
            Messages.text("payments.importMappingControls.oneAmountColumn"),
            Messages.text("payments.importMappingControls.separatePaidInAndPaid")));
    final ComboBox<String> amount = new ComboBox<>();
    final ComboBox<String> paidOut = new ComboBox<>();
    final ComboBox<String> description = new ComboBox<>();
    final ComboBox<String> header = new ComboBox<>();
    /** Not offered as a choice: a State column is either there and used, or not there. */
    private OptionalInt stateColumn = OptionalInt.empty();
    private List<String> payers = List.of();

    ImportMappingControls() {
        form.add("import-date-column", Messages.text("payments.importMappingControls.dateColumn"), date, null);
        form.add("import-amount-kind", Messages.text("payments.importMappingControls.amounts"), amountKind, null);
        form.add("import-amount-column", Messages.text("payments.importMappingControls.amountOrPaidInColumn"), amount,
                null);
        form.add("import-paid-out-column", Messages.text("payments.importMappingControls.paidOutColumn"), paidOut,
                Messages.text("payments.importMappingControls.onlyForBankStatementsWith"));
        form.add("import-description-column", Messages.text("payments.importMappingControls.descriptionColumn"),
                description,
                Messages.text("payments.importMappingControls.thePayerSNameWhen"));
        form.add("import-header-row", Messages.text("payments.importMappingControls.columnNamesAreOn"), header,
                Messages.text("payments.importMappingControls.rowsAboveItAreAccount"));
        amountKind.getSelectionModel().selectFirst();
        paidOut.disableProperty().bind(amountKind.getSelectionModel().selectedIndexProperty().isEqualTo(0));
    }

    /** Fills the column choices from the file and sets them to the mapping the import found. */
    void fill(ParsedCsv csv, ImportMapping found) {
        List<String> headerCells = found.hasHeader() && found.headerRow() < csv.rows().size()
                ? csv.rows().get(found.headerRow()).fields() : List.of();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.max(csv.expectedColumns(), headerCells.size()); i++) {
            String name = i < headerCells.size() ? headerCells.get(i).strip() : "";
            names.add(Messages.text("payments.importMappingControls.column", (i + 1), (name.isEmpty() ? ""
                    : ": " + name)));
        }
        List<String> withNone = new ArrayList<>(names);
        withNone.add(0, NONE);
        date.getItems().setAll(names);
        amount.getItems().setAll(names);
        paidOut.getItems().setAll(withNone);
        description.getItems().setAll(withNone);
        List<String> rows = new ArrayList<>(List.of(Messages.text("payments.importMappingControls.noRowTheFileHas")));
        for (int i = 0; i < Math.min(HEADER_CHOICES, csv.rows().size()); i++) {
            rows.add(Messages.text("payments.importMappingControls.row", csv.rows().get(i).rowNumber()));
        }
        header.getItems().setAll(rows);
        show(found);
    }

    /** The mapping to use when the file's columns could not be recognised: first three columns, in a usual order. */
    static ImportMapping fallback(ParsedCsv csv) {
        int width = csv.expectedColumns();
        return new ImportMapping(0, new AmountColumns.Single(Math.min(1, Math.max(0, width - 1))),
                width > 2 ? OptionalInt.of(2) : OptionalInt.empty(), 0, OptionalInt.empty(), List.of());
    }

    private void show(ImportMapping mapping) {
        stateColumn = mapping.stateColumn();
        date.getSelectionModel().select(mapping.dateColumn());
        if (mapping.amount() instanceof AmountColumns.PaidInOut inOut) {
            amountKind.getSelectionModel().select(1);
            amount.getSelectionModel().select(inOut.paidIn());
            paidOut.getSelectionModel().select(inOut.paidOut().orElse(-1) + 1);
        } else {
            amountKind.getSelectionModel().select(0);
            amount.getSelectionModel().select(((AmountColumns.Single) mapping.amount()).column());
            paidOut.getSelectionModel().select(0);
        }
        description.getSelectionModel().select(mapping.descriptionColumn().orElse(-1) + 1);
        header.getSelectionModel().select(mapping.headerRow() + 1);
    }

    void setPayers(List<String> names) {
        payers = List.copyOf(names);
    }

    ImportMapping mapping() {
        int amountColumn = Math.max(0, amount.getSelectionModel().getSelectedIndex());
        AmountColumns amounts = amountKind.getSelectionModel().getSelectedIndex() == 1
                ? new AmountColumns.PaidInOut(amountColumn, column(paidOut))
                : new AmountColumns.Single(amountColumn);
        int headerRow = Math.max(0, header.getSelectionModel().getSelectedIndex()) - 1;
        return new ImportMapping(Math.max(0, date.getSelectionModel().getSelectedIndex()), amounts,
                column(description), headerRow, stateColumn, payers);
    }

    private static OptionalInt column(ComboBox<String> withNone) {
        int index = withNone.getSelectionModel().getSelectedIndex();
        return index <= 0 ? OptionalInt.empty() : OptionalInt.of(index - 1);
    }

    /** Calls {@code changed} whenever any choice changes. */
    void onChange(Runnable changed) {
        List.of(date, amountKind, amount, paidOut, description, header).forEach(
                box -> box.valueProperty().addListener((obs, old, now) -> changed.run()));
    }
}
