package uk.cml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * Reads Santander's text download (a .txt file, not CSV): a "From: ... to ..." line, an "Account:" line, then one
 * block per transaction of "Date:", "Description:", "Amount:" and "Balance:" lines, often with a non-breaking space
 * after each colon. Each block becomes a row under the column names Date, Description, Amount, Balance, so the rest
 * of the import treats it like any CSV file.
 */
final class SantanderText {

    static final List<String> COLUMNS = List.of("Date", "Description", "Amount", "Balance");
    private static final int LINES_TO_SNIFF = 6;

    private SantanderText() {
    }

    /** True when the text starts the way Santander's text download does. */
    static boolean looksLikeIt(String text) {
        List<String> first = text.lines().map(SantanderText::clean).filter(l -> !l.isEmpty())
                .limit(LINES_TO_SNIFF).toList();
        return first.stream().anyMatch(l -> l.startsWith("From:") && l.contains(" to "))
                && first.stream().anyMatch(l -> l.startsWith("Account:"));
    }

    /** The blocks as rows; empty when no block was found (then the caller refuses the file). */
    static Optional<ParsedCsv> read(String text) {
        List<CsvRow> rows = new ArrayList<>();
        rows.add(CsvRow.ok(1, 1, COLUMNS));
        String[] lines = text.split("\r\n|\r|\n", -1);
        String[] block = null;
        int blockLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = clean(lines[i]);
            int field = fieldOf(line);
            if (field == 0) {
                addBlock(rows, block, blockLine);
                block = new String[COLUMNS.size()];
                blockLine = i + 1;
            }
            if (field >= 0 && block != null) {
                block[field] = line.substring(line.indexOf(':') + 1).strip();
            }
        }
        addBlock(rows, block, blockLine);
        return rows.size() == 1 ? Optional.empty() : Optional.of(new ParsedCsv(',', COLUMNS.size(), rows));
    }

    private static void addBlock(List<CsvRow> rows, String[] block, int line) {
        if (block == null) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : block) {
            cells.add(cell == null ? "" : cell);
        }
        rows.add(block[2] == null
                ? CsvRow.broken(line, line, cells, Words.text("importer.row.noAmountLine", line))
                : CsvRow.ok(line, line, cells));
    }

    private static int fieldOf(String line) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (line.startsWith(COLUMNS.get(i) + ":")) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String line) {
        return line.replace('\u00A0', ' ').strip();
    }
}
