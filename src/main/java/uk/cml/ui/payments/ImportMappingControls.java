package uk.cml.ui.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import uk.cml.importer.AmountColumns;
import uk.cml.importer.ImportMapping;
import uk.cml.importer.ParsedCsv;
import uk.cml.ui.common.FormGrid;

/** The controls where the parent says which column holds what; they turn into an {@link ImportMapping}. */
final class ImportMappingControls {

    final FormGrid form = new FormGrid();

    /** "None" first, so index i + 1 in a choice list is column i. */
    private static final String NONE = "(none)";

    final ComboBox<String> date = new ComboBox<>();
    final ComboBox<String> amountKind = new ComboBox<>(FXCollections.observableArrayList(
            "One amount column", "Separate \"paid in\" and \"paid out\" columns"));
    final ComboBox<String> amount = new ComboBox<>();
    final ComboBox<String> paidOut = new ComboBox<>();
    final ComboBox<String> description = new ComboBox<>();
    final CheckBox header = new CheckBox("The first row holds column names");
    final TextField filter = new TextField();

    ImportMappingControls() {
        form.add("import-date-column", "Date column", date, null);
        form.add("import-amount-kind", "Amounts", amountKind, null);
        form.add("import-amount-column", "Amount (or paid in) column", amount, null);
        form.add("import-paid-out-column", "Paid out column", paidOut, "Only for bank statements with two columns.");
        form.add("import-description-column", "Description column", description, null);
        header.setId("import-header");
        form.addWide(header);
        form.add("import-filter", "Keep only rows mentioning", filter,
                "For a bank statement: the payer's name as it appears, e.g. REED. Leave empty to keep every row.");
        amountKind.getSelectionModel().selectFirst();
        paidOut.disableProperty().bind(amountKind.getSelectionModel().selectedIndexProperty().isEqualTo(0));
    }

    /** Fills the column choices from the file and sets them to the guessed mapping, when there is one. */
    void fill(ParsedCsv csv) {
        List<String> names = new ArrayList<>();
        List<String> headerCells = csv.rows().isEmpty() ? List.of() : csv.rows().get(0).fields();
        for (int i = 0; i < csv.expectedColumns(); i++) {
            String name = i < headerCells.size() && !headerCells.get(i).isBlank() ? headerCells.get(i) : "";
            names.add("Column " + (i + 1) + (name.isEmpty() ? "" : ": " + name));
        }
        List<String> withNone = new ArrayList<>(names);
        withNone.add(0, NONE);
        date.getItems().setAll(names);
        amount.getItems().setAll(names);
        paidOut.getItems().setAll(withNone);
        description.getItems().setAll(withNone);
        ImportMapping guess = ImportMapping.guess(headerCells)
                .orElse(new ImportMapping(0, new AmountColumns.Single(Math.min(1, names.size() - 1)),
                        names.size() > 2 ? OptionalInt.of(2) : OptionalInt.empty(), false, ""));
        show(guess);
    }

    private void show(ImportMapping mapping) {
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
        header.setSelected(mapping.firstRowIsHeader());
    }

    ImportMapping mapping() {
        int amountColumn = Math.max(0, amount.getSelectionModel().getSelectedIndex());
        AmountColumns amounts = amountKind.getSelectionModel().getSelectedIndex() == 1
                ? new AmountColumns.PaidInOut(amountColumn, column(paidOut))
                : new AmountColumns.Single(amountColumn);
        return new ImportMapping(Math.max(0, date.getSelectionModel().getSelectedIndex()), amounts,
                column(description), header.isSelected(), filter.getText());
    }

    private static OptionalInt column(ComboBox<String> withNone) {
        int index = withNone.getSelectionModel().getSelectedIndex();
        return index <= 0 ? OptionalInt.empty() : OptionalInt.of(index - 1);
    }

    /** Calls {@code changed} whenever any choice changes. */
    void onChange(Runnable changed) {
        List.of(date, amountKind, amount, paidOut, description).forEach(
                box -> box.valueProperty().addListener((obs, old, now) -> changed.run()));
        header.selectedProperty().addListener((obs, old, now) -> changed.run());
        filter.textProperty().addListener((obs, old, now) -> changed.run());
    }
}
