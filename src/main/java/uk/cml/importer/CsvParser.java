package uk.cml.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.cml.domain.Words;

/**
 * Reads CSV text as RFC 4180 describes it (quoted cells, "" for a quote, separators and line breaks inside quotes,
 * CRLF, LF or CR line ends), and never throws on a bad row: the row is kept with a reason instead.
 *
 * <p>It is lenient where spreadsheets and banks are sloppy: spaces before an opening quote are dropped, and a quote in
 * the middle of an unquoted cell is kept as a character.
 */
public final class CsvParser {

    private static final char[] CANDIDATE_DELIMITERS = {',', ';', '\t'};
    private static final int LINES_TO_SNIFF = 20;

    private CsvParser() {
    }

    public static ParsedCsv parse(String text) {
        return parse(text, detectDelimiter(text));
    }

    public static ParsedCsv parse(String text, char delimiter) {
        // First pass learns the usual number of columns; the second uses it to tell a multi-line quoted cell
        // from a quote that was never closed and swallowed the lines after it.
        WidthCounter widths = new WidthCounter();
        new RowScanner(text, delimiter, 0).scanAll(widths::count);
        int expected = widths.mostCommon();
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row : new RowScanner(text, delimiter, expected).scanAll()) {
            if (!row.isBroken() && row.fields().size() != expected) {
                rows.add(CsvRow.broken(row.rowNumber(), row.lineNumber(), row.fields(), wrongWidth(row, expected)));
            } else {
                rows.add(row);
            }
        }
        return new ParsedCsv(delimiter, expected, rows);
    }

    /** Comma, semicolon or tab: whichever splits the first lines into the same number of cells most consistently. */
    public static char detectDelimiter(String text) {
        List<String> lines = text.lines().limit(LINES_TO_SNIFF).toList(); // lazy: never copies the rest of the file
        char best = ',';
        int bestAgreeing = 0;
        int bestWidth = 0;
        for (char candidate : CANDIDATE_DELIMITERS) {
            Map<Integer, Integer> widthCounts = new HashMap<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    widthCounts.merge(countOutsideQuotes(line, candidate), 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : widthCounts.entrySet()) {
                int separators = e.getKey();
                int agreeing = e.getValue();
                if (separators > 0 && (agreeing > bestAgreeing || agreeing == bestAgreeing && separators > bestWidth)) {
                    best = candidate;
                    bestAgreeing = agreeing;
                    bestWidth = separators;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** The width most rows share, counting only readable rows (a runaway quote makes long, wrong rows). */
    private static final class WidthCounter {
        private final Map<Integer, Integer> counts = new HashMap<>();
        private int firstWidth;

        void count(CsvRow row) {
            if (!row.isBroken()) {
                counts.merge(row.fields().size(), 1, Integer::sum);
                if (firstWidth == 0) {
                    firstWidth = row.fields().size();
                }
            }
        }

        int mostCommon() {
            int best = firstWidth;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > counts.getOrDefault(best, 0)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    private static String wrongWidth(CsvRow row, int expected) {
        int width = row.fields().size();
        return Words.text(width == 1 ? "importer.row.oneColumn" : "importer.row.columns", row.rowNumber(), width,
                expected);
    }
}
