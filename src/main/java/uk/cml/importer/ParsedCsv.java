package uk.cml.importer;

import java.util.List;

/**
 * A CSV file split into rows. Blank rows are left out.
 *
 * @param delimiter       the separator used: ',' ';' or '\t'
 * @param expectedColumns how many cells most rows have; rows with another number are marked broken
 */
public record ParsedCsv(char delimiter, int expectedColumns, List<CsvRow> rows) {

    public ParsedCsv {
        rows = List.copyOf(rows);
    }

    public long brokenRowCount() {
        return rows.stream().filter(CsvRow::isBroken).count();
    }
}
