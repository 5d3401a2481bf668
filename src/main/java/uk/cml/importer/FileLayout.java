package uk.cml.importer;

import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkDates;
import uk.cml.domain.Words;

/**
 * Where a file's column names are and what its columns hold, found rather than assumed: the column names may sit
 * below account details (Nationwide), or be missing (HSBC), in which case the columns are recognised by content.
 *
 * @param mapping the guessed mapping, or empty when neither the names nor the content made sense
 * @param bank    the bank whose published layout this is, when recognised
 */
public record FileLayout(Optional<ImportMapping> mapping, Optional<String> bank) {

    /** Column names are looked for in this many rows from the top. */
    static final int ROWS_TO_SEARCH = 15;

    public static FileLayout of(CsvFile file) {
        ParsedCsv csv = file.csv();
        if (file.bank().isPresent()) {
            return new FileLayout(MappingGuesser.guess(csv.rows().get(0).fields()), file.bank());
        }
        List<CsvRow> rows = csv.rows();
        for (int i = 0; i < Math.min(ROWS_TO_SEARCH, rows.size()); i++) {
            List<String> cells = rows.get(i).fields();
            Optional<ImportMapping> named = MappingGuesser.guess(cells);
            if (named.isPresent() && cells.stream().noneMatch(UkDates::isDate)) {
                return new FileLayout(withHeaderAt(named, i),
                        KnownLayouts.recognise(cells));
            }
        }
        Optional<ImportMapping> byContent = ContentColumns.guess(rows, csv.expectedColumns());
        boolean hsbc = byContent.isPresent() && csv.expectedColumns() == 3
                && byContent.get().dateColumn() == 0 && byContent.get().amount().equals(new AmountColumns.Single(2));
        return new FileLayout(byContent, hsbc ? Optional.of(Words.text("importer.layout.export", "HSBC"))
                : Optional.empty());
    }

    private static Optional<ImportMapping> withHeaderAt(Optional<ImportMapping> named, int row) {
        return named.map(m -> m.withHeaderRow(row));
    }

    /** The line the preview shows about the file's layout. */
    public String describe() {
        if (mapping.isEmpty()) {
            return Words.text("importer.layout.notRecognised");
        }
        boolean named = mapping.get().hasHeader();
        // "an" before a vowel sound (an HSBC export); a translation would word this its own way.
        return bank.map(b -> Words.text(b.matches("^([AEIOUaeiou]|HSBC).*") ? "importer.layout.looksLikeAn"
                        : "importer.layout.looksLikeA", b)
                        + (named ? "" : Words.text("importer.layout.byWhatTheyHold")))
                .orElse(Words.text(named ? "importer.layout.byName" : "importer.layout.byWhatTheyHold"));
    }
}
