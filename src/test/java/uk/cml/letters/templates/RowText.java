package uk.cml.letters.templates;

import java.util.List;

/** One row of a table of dues as a PDF's text gives it back: a status cell wraps onto the lines below its row. */
public final class RowText {

    private RowText() {
    }

    /**
     * The words of the row of the due of {@code date}: its lines in the table (a status cell wraps onto the lines
     * below), without the amounts, spaces made single.
     */
    public static String row(String text, String date) {
        return rowWithAmounts(text, date).replaceAll("£[\\d,]+\\.\\d\\d", "").replaceAll("\\s+", " ").strip();
    }

    /** The same, with its amounts. */
    public static String rowWithAmounts(String text, String date) {
        List<String> lines = text.lines().map(String::strip).toList();
        StringBuilder row = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith(date + " ")) {
                in = true;
            } else if (in && (line.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} .*") || line.startsWith("Total")
                    || line.matches("Page \\d+ of \\d+.*"))) {
                // A row is never split over a page: the page's footer ends the last row on it.
                break;
            }
            if (in) {
                row.append(' ').append(line);
            }
        }
        return row.toString().replaceAll("\\s+", " ").strip();
    }
}
