package uk.cml.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the parent said about their file: which columns hold the date, the amount, the description and the state
 * (columns count from 0), which row holds the column names, and who the money should come from.
 *
 * @param headerRow   index into the file's rows of the column names; rows above it are account details and are
 *                    left out; -1 when the file has no column names
 * @param stateColumn a State or Status column: only rows it calls completed are taken
 * @param payers      names or references of the payer; a row mentioning none of them in any cell is "not from" them.
 *                    Empty keeps every payment in.
 */
public record ImportMapping(int dateColumn, AmountColumns amount, OptionalInt descriptionColumn, int headerRow,
                            OptionalInt stateColumn, List<String> payers) {

    public static final int NO_HEADER = -1;

    public ImportMapping {
        requireColumn(dateColumn);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(descriptionColumn, "descriptionColumn");
        descriptionColumn.ifPresent(ImportMapping::requireColumn);
        Objects.requireNonNull(stateColumn, "stateColumn");
        stateColumn.ifPresent(ImportMapping::requireColumn);
        if (headerRow < NO_HEADER) {
            throw new IllegalArgumentException("No header row is -1, not " + headerRow);
        }
        payers = payers == null ? List.of()
                : payers.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /** A mapping with one signed amount column, column names on the first row, and no payer filter. */
    public static ImportMapping of(int dateColumn, int amountColumn, OptionalInt descriptionColumn) {
        return new ImportMapping(dateColumn, new AmountColumns.Single(amountColumn), descriptionColumn, 0,
                OptionalInt.empty(), List.of());
    }

    /** Guesses columns from header names; see {@link MappingGuesser}. Empty when no date or amount column is found. */
    public static Optional<ImportMapping> guess(List<String> header) {
        return MappingGuesser.guess(header);
    }

    public boolean hasHeader() {
        return headerRow != NO_HEADER;
    }

    public ImportMapping withPayers(List<String> names) {
        return new ImportMapping(dateColumn, amount, descriptionColumn, headerRow, stateColumn, names);
    }

    public ImportMapping withHeaderRow(int row) {
        return new ImportMapping(dateColumn, amount, descriptionColumn, row, stateColumn, payers);
    }

    static void requireColumn(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("Column numbers start at 0, not " + column);
        }
    }
}
