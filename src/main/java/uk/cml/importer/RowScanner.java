package uk.cml.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import uk.cml.domain.Words;

/** The character-by-character part of {@link CsvParser}: one pass over the text, one row at a time. */
final class RowScanner {

    private final String text;
    private final char delimiter;
    /** When above zero, a row spanning several lines with another width is treated as a quote never closed. */
    private final int expectedWidth;

    private int pos;
    private int line = 1;
    private int rowNumber;

    RowScanner(String text, char delimiter, int expectedWidth) {
        this.text = text;
        this.delimiter = delimiter;
        this.expectedWidth = expectedWidth;
    }

    List<CsvRow> scanAll() {
        List<CsvRow> rows = new ArrayList<>();
        scanAll(rows::add);
        return rows;
    }

    /** Hands each non-blank row to the consumer without keeping it, for the pass that only counts columns. */
    void scanAll(Consumer<CsvRow> consumer) {
        while (pos < text.length()) {
            CsvRow row = scanRow();
            if (row != null) {
                consumer.accept(row);
            }
        }
    }

    /** The next row, or null for a blank line. */
    private CsvRow scanRow() {
        rowNumber++;
        int startPos = pos;
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        boolean cellWasQuoted = false;
        int quotedLength = 0;
        int p = pos;
        int l = line;
        boolean endOfRow = false;
        while (p < text.length() && !endOfRow) {
            char c = text.charAt(p);
            if (inQuotes) {
                if (c == '"' && p + 1 < text.length() && text.charAt(p + 1) == '"') {
                    cell.append('"');
                    p += 2;
                } else if (c == '"') {
                    inQuotes = false;
                    quotedLength = cell.length();
                    p++;
                } else if (c == '\r' || c == '\n') {
                    cell.append('\n'); // every line break inside a cell becomes \n, whatever the file used
                    p += lineBreakLength(p);
                    l++;
                } else {
                    cell.append(c);
                    p++;
                }
            } else if (c == '"' && !cellWasQuoted && cell.toString().isBlank()) {
                cell.setLength(0);
                inQuotes = true;
                cellWasQuoted = true;
                p++;
            } else if (c == delimiter) {
                fields.add(finish(cell, cellWasQuoted, quotedLength));
                cell.setLength(0);
                cellWasQuoted = false;
                quotedLength = 0;
                p++;
            } else if (c == '\r' || c == '\n') {
                p += lineBreakLength(p);
                l++;
                endOfRow = true;
            } else {
                cell.append(c);
                p++;
            }
        }
        fields.add(finish(cell, cellWasQuoted, quotedLength));
        boolean spansLines = l - startLine > (endOfRow ? 1 : 0);
        if (inQuotes || spansLines && expectedWidth > 0 && fields.size() != expectedWidth) {
            return unterminatedQuote(startPos, startLine);
        }
        pos = p;
        line = l;
        boolean blank = fields.size() == 1 && fields.get(0).isBlank() && !cellWasQuoted;
        return blank ? null : CsvRow.ok(rowNumber, startLine, fields);
    }

    /** Marks only the first line of the row as broken and carries on from the next line, so later rows survive. */
    private CsvRow unterminatedQuote(int startPos, int startLine) {
        int p = startPos;
        while (p < text.length() && text.charAt(p) != '\r' && text.charAt(p) != '\n') {
            p++;
        }
        String firstLine = text.substring(startPos, p);
        pos = p < text.length() ? p + lineBreakLength(p) : p;
        line = startLine + 1;
        return CsvRow.broken(rowNumber, startLine, List.of(firstLine), Words.text("importer.row.openQuote",
                rowNumber));
    }

    private int lineBreakLength(int p) {
        return text.charAt(p) == '\r' && p + 1 < text.length() && text.charAt(p + 1) == '\n' ? 2 : 1;
    }

    /**
     * Unquoted cells lose surrounding spaces (exports pad them); quoted cells keep exactly what was inside the quotes,
     * plus anything but spaces written after the closing quote.
     */
    private static String finish(StringBuilder cell, boolean quoted, int quotedLength) {
        if (!quoted) {
            return cell.toString().strip();
        }
        return cell.substring(0, quotedLength) + cell.substring(quotedLength).strip();
    }
}
