package uk.cml.letters;

import java.util.List;
import java.util.Objects;

/** One piece of a letter's body, laid out in order between the salutation and the sign-off. */
public sealed interface LetterBlock {

    /** Running text, wrapped to the line. A line break in the text starts a new line; a blank line leaves a gap. */
    record Paragraph(String text) implements LetterBlock {
        public Paragraph {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /** A bold line that introduces the blocks after it; never left alone at the foot of a page. */
    record SubHeading(String text) implements LetterBlock {
        public SubHeading {
            text = Objects.requireNonNullElse(text, "");
        }
    }

    /**
     * A framed box of numbered requests ("What I am asking you to do"). Placed first in a letter's body it is printed
     * straight under the heading, before the salutation, and is never split across pages.
     */
    record RequestBox(String title, List<String> items) implements LetterBlock {
        public RequestBox {
            title = Objects.requireNonNullElse(title, "");
            items = List.copyOf(items);
        }
    }

    record BulletList(List<String> items) implements LetterBlock {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table whose header row is repeated on every page it runs onto. Every row, and the total row when there is one,
     * has exactly one cell per column. An empty total row means "no total".
     */
    record Table(List<TableColumn> columns, List<List<String>> rows, List<String> totalRow) implements LetterBlock {

        public Table {
            columns = List.copyOf(columns);
            int width = columns.size();
            if (width == 0) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            rows = rows.stream().map(row -> checkedRow(row, width)).toList();
            totalRow = totalRow == null || totalRow.isEmpty() ? List.of() : checkedRow(totalRow, width);
        }

        public Table(List<TableColumn> columns, List<List<String>> rows) {
            this(columns, rows, List.of());
        }

        public boolean hasTotal() {
            return !totalRow.isEmpty();
        }

        private static List<String> checkedRow(List<String> row, int columnCount) {
            if (row.size() != columnCount) {
                throw new IllegalArgumentException(
                        "A table row has " + row.size() + " cells but the table has " + columnCount + " columns");
            }
            return row.stream().map(cell -> Objects.requireNonNullElse(cell, "")).toList();
        }
    }
}
