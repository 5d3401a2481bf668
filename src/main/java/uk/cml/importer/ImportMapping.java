package uk.cml.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the parent said about their file: which columns hold the date, the amount and the description
 * (columns count from 0), whether the first row is a header, and a word every wanted row mentions.
 *
 * @param filterWord kept when the description contains it, ignoring case; empty keeps every row
 */
public record ImportMapping(int dateColumn, AmountColumns amount, OptionalInt descriptionColumn,
                            boolean firstRowIsHeader, String filterWord) {

    public ImportMapping {
        requireColumn(dateColumn);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(descriptionColumn, "descriptionColumn");
        descriptionColumn.ifPresent(ImportMapping::requireColumn);
        filterWord = filterWord == null ? "" : filterWord.strip();
    }

    /** A mapping with one signed amount column, a header row and no filter. */
    public static ImportMapping of(int dateColumn, int amountColumn, OptionalInt descriptionColumn) {
        return new ImportMapping(dateColumn, new AmountColumns.Single(amountColumn), descriptionColumn, true, "");
    }

    /** Guesses columns from header names; see {@link MappingGuesser}. Empty when no date or amount column is found. */
    public static Optional<ImportMapping> guess(List<String> header) {
        return MappingGuesser.guess(header);
    }

    public ImportMapping withFilterWord(String word) {
        return new ImportMapping(dateColumn, amount, descriptionColumn, firstRowIsHeader, word);
    }

    public ImportMapping withFirstRowIsHeader(boolean header) {
        return new ImportMapping(dateColumn, amount, descriptionColumn, header, filterWord);
    }

    static void requireColumn(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("Column numbers start at 0, not " + column);
        }
    }
}
