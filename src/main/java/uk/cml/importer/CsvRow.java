package uk.cml.importer;

import java.util.List;
import java.util.Optional;

/**
 * One row of a CSV file.
 *
 * @param rowNumber  the row number a spreadsheet program shows for it (blank rows count), used in messages
 * @param lineNumber the line of the file where the row starts (differs from rowNumber after a line break inside quotes)
 * @param fields     the cells, unquoted; empty when the row could not be read
 * @param problem    why the row cannot be trusted (unterminated quote, wrong number of columns), as a full sentence
 */
public record CsvRow(int rowNumber, int lineNumber, List<String> fields, Optional<String> problem) {

    public CsvRow {
        fields = List.copyOf(fields);
    }

    static CsvRow ok(int rowNumber, int lineNumber, List<String> fields) {
        return new CsvRow(rowNumber, lineNumber, fields, Optional.empty());
    }

    static CsvRow broken(int rowNumber, int lineNumber, List<String> fields, String problem) {
        return new CsvRow(rowNumber, lineNumber, fields, Optional.of(problem));
    }

    public boolean isBroken() {
        return problem.isPresent();
    }

    /** The cell at a column, or empty text when the row is too short to have it. */
    public String field(int column) {
        return column < fields.size() ? fields.get(column) : "";
    }
}
