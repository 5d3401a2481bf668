package uk.cml.letters;

import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link LetterBlock.Table}: cells wrap inside their column, amounts sit against the right edge, and the
 * header row is printed again at the top of every page the table runs onto. A table only breaks between pages where
 * at least {@value #ROWS_BEFORE_BREAK} rows stay on the page it starts on and at least {@value #ROWS_AFTER_BREAK} rows go
 * over with the total; a table of three rows and a total may leave its last row to go over with the total alone (so
 * the row is still not alone on its page), rather than leave the foot of a letter's first page empty and push the
 * whole table over. Shorter tables are kept whole. A row too tall for a whole page is split, starting where it is,
 * and takes no row over with it.
 */
final class TableWriter {

    private static final float SIZE = 10f;
    private static final float LEADING = 12.5f;
    private static final float PAD_X = 1.5f * MM;
    private static final float PAD_Y = 1.2f * MM;
    private static final float HEADER_GRAY = 0.88f;
    private static final float RULE_GRAY = 0.7f;
    /**
     * Rows that start a table with its header at the foot of a page (orphan control). Two, not three: with three, the
     * missed-payments letter's dues table moved to page 2 and pushed its closing onto a third page of its own.
     */
    static final int ROWS_BEFORE_BREAK = 2;
    /** Rows that go over the page with the total, so the last row is never alone (widow control). */
    static final int ROWS_AFTER_BREAK = 2;
    /** Lines of a row taller than a page that must fit at the foot of a page for it to start there. */
    private static final int MIN_LINES_BEFORE_SPLIT = 3;

    private final PageCursor cursor;
    private final PrintableText printable;
    private final TextStyle regular;
    private final TextStyle bold;
    /** True while the page holds nothing but the repeated header: moving on would not give a row more room. */
    private boolean headerOnlyOnPage;

    TableWriter(PageCursor cursor, FontSet fonts, PrintableText printable) throws IOException {
        this.cursor = cursor;
        this.printable = printable;
        this.regular = new TextStyle(fonts.regular(), SIZE, LEADING);
        this.bold = new TextStyle(fonts.bold(), SIZE, LEADING);
    }

    void write(LetterBlock.Table table) throws IOException {
        write(table, 0);
    }

    /**
     * The same, with {@code keepAfter} the height of what must follow the table on the page of its last rows and total
     * (the last sentences and the closing of a letter): the last rows go over the page with it when it does not fit.
     */
    void write(LetterBlock.Table table, float keepAfter) throws IOException {
        Layout layout = new Layout(table.columns());
        List<List<String>> header = layout.cells(table.columns().stream().map(TableColumn::header).toList(), bold);
        List<List<List<String>>> rows = table.rows().stream().map(row -> layout.cells(row, regular)).toList();
        List<List<String>> total = table.hasTotal() ? layout.cells(table.totalRow(), bold) : List.of();
        float opening = openingHeight(header, rows, total, keptWhole(rows.size(), table.hasTotal()));
        if (opening > freshPageRoom(header) && !rows.isEmpty()) {
            // Too tall for any page: it starts here if its header and the first lines of its first row fit, so its
            // heading is never left alone on a page above it.
            opening = height(header) + Math.min(height(rows.get(0)), MIN_LINES_BEFORE_SPLIT * LEADING + 2 * PAD_Y);
        }
        cursor.keepTogether(opening);
        drawHeader(layout, header);
        int after = rowsAfterBreak(rows.size(), table.hasTotal());
        float tail = (total.isEmpty() ? 0 : height(total)) + keepAfter;
        for (int i = rows.size() - 1; i >= Math.max(0, rows.size() - after); i--) {
            tail += height(rows.get(i));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i == rows.size() - after && i > 0 && tail > cursor.room() + 0.01f && !headerOnlyOnPage
                    && tail <= freshPageRoom(header) + 0.01f) {
                // The last rows and the total would not all fit here: they go over together (when they fit together
                // on a page at all; a last row taller than a page is split anyway, and takes no row over with it).
                cursor.newPage();
                drawHeader(layout, header);
            }
            drawRow(layout, header, rows.get(i), regular, false);
        }
        if (!total.isEmpty()) {
            drawRow(layout, header, total, bold, true);
        }
    }

    /**
     * The height a table needs at the foot of a page to start there: its header and first {@value #ROWS_BEFORE_BREAK}
     * rows, or the whole table when it is too short to break with enough rows on both sides.
     */
    float openingHeight(LetterBlock.Table table) {
        Layout layout = new Layout(table.columns());
        List<List<String>> header = layout.cells(table.columns().stream().map(TableColumn::header).toList(), bold);
        // Only the rows that count: the evidence pack's schedule has thousands, laid out again when written.
        int counted = keptWhole(table.rows().size(), table.hasTotal()) ? table.rows().size() : ROWS_BEFORE_BREAK;
        List<List<List<String>>> rows = table.rows().subList(0, counted).stream()
                .map(row -> layout.cells(row, regular)).toList();
        boolean whole = counted == table.rows().size();
        return openingHeight(header, rows, whole && table.hasTotal() ? layout.cells(table.totalRow(), bold)
                : List.of(), whole);
    }

    /**
     * The rows that go over the page with the total: {@value #ROWS_AFTER_BREAK}, or one with the total where the table
     * has only {@value #ROWS_BEFORE_BREAK} more (the total keeps it company); without a total always
     * {@value #ROWS_AFTER_BREAK}.
     */
    private static int rowsAfterBreak(int rows, boolean total) {
        return total && rows == ROWS_BEFORE_BREAK + 1 ? 1 : ROWS_AFTER_BREAK;
    }

    /** Whether a table is too short to break with enough rows on both sides of the break, so it is kept whole. */
    private static boolean keptWhole(int rows, boolean total) {
        return rows < ROWS_BEFORE_BREAK + rowsAfterBreak(rows, total);
    }

    private static float openingHeight(List<List<String>> header, List<List<List<String>>> rows,
                                       List<List<String>> total, boolean whole) {
        float height = height(header) + (whole && !total.isEmpty() ? height(total) : 0);
        for (int i = 0; i < (whole ? rows.size() : ROWS_BEFORE_BREAK); i++) {
            height += height(rows.get(i));
        }
        return height;
    }

    private void drawHeader(Layout layout, List<List<String>> header) throws IOException {
        boolean atTopOfPage = cursor.pageEmpty();
        float height = height(header);
        cursor.fill(LEFT, cursor.top() - height, CONTENT_WIDTH, height, HEADER_GRAY);
        drawCells(layout, header, bold, header.stream().mapToInt(List::size).max().orElse(0));
        cursor.down(height);
        headerOnlyOnPage = atTopOfPage;
    }

    /** Prints a row, moving to a new page (and repeating the header) when it does not fit under the bottom margin. */
    private void drawRow(Layout layout, List<List<String>> header, List<List<String>> cells, TextStyle style,
                         boolean total) throws IOException {
        List<List<String>> remaining = cells;
        while (true) {
            int needed = remaining.stream().mapToInt(List::size).max().orElse(1);
            int fits = (int) Math.floor((cursor.room() - 2 * PAD_Y) / LEADING + 0.001f);
            if (fits >= needed) {
                drawFullRow(layout, remaining, style, needed, total);
                return;
            }
            boolean fitsOnAPage = needed * LEADING + 2 * PAD_Y <= freshPageRoom(header) + 0.01f;
            if (!headerOnlyOnPage && (fitsOnAPage || fits < MIN_LINES_BEFORE_SPLIT)) {
                cursor.newPage();
                drawHeader(layout, header);
                continue;
            }
            // Taller than a whole page: print what fits here and carry the rest of each cell over (started here
            // rather than on a page of its own, so no page is left almost blank above it).
            int take = Math.max(fits, 1);
            drawFullRow(layout, remaining, style, take, total);
            remaining = remaining.stream().map(lines -> lines.subList(Math.min(take, lines.size()), lines.size())).toList();
            cursor.newPage();
            drawHeader(layout, header);
        }
    }

    private void drawFullRow(Layout layout, List<List<String>> cells, TextStyle style, int lineCount, boolean total)
            throws IOException {
        if (total) {
            cursor.rule(LEFT, LEFT + CONTENT_WIDTH, cursor.top(), 0.9f, 0f);
        }
        drawCells(layout, cells, style, lineCount);
        float height = lineCount * LEADING + 2 * PAD_Y;
        cursor.down(height);
        cursor.rule(LEFT, LEFT + CONTENT_WIDTH, cursor.top(), 0.4f, RULE_GRAY);
        headerOnlyOnPage = false;
    }

    private void drawCells(Layout layout, List<List<String>> cells, TextStyle style, int lineCount) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            float top = cursor.top() - PAD_Y;
            for (int i = 0; i < Math.min(lineCount, lines.size()); i++) {
                float baseline = style.baseline(top);
                if (layout.rightAligned(c)) {
                    cursor.textRightAligned(style.font(), SIZE, layout.right(c) - PAD_X, baseline, lines.get(i));
                } else {
                    cursor.text(style.font(), SIZE, layout.left(c) + PAD_X, baseline, lines.get(i));
                }
                top -= LEADING;
            }
        }
    }

    /** The room a row has on a new page, under the header repeated at its top. */
    private static float freshPageRoom(List<List<String>> header) {
        return PageGeometry.TOP - PageGeometry.BOTTOM - height(header);
    }

    private static float height(List<List<String>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1) * LEADING + 2 * PAD_Y;
    }

    /** Column edges from the relative widths, filling the width between the margins. */
    private final class Layout {
        private final List<TableColumn> columns;
        private final float[] edges;

        Layout(List<TableColumn> columns) {
            this.columns = columns;
            double total = columns.stream().mapToDouble(TableColumn::relativeWidth).sum();
            edges = new float[columns.size() + 1];
            edges[0] = LEFT;
            double sum = 0;
            for (int i = 0; i < columns.size(); i++) {
                sum += columns.get(i).relativeWidth();
                edges[i + 1] = LEFT + (float) (CONTENT_WIDTH * sum / total);
            }
        }

        float left(int column) {
            return edges[column];
        }

        float right(int column) {
            return edges[column + 1];
        }

        boolean rightAligned(int column) {
            return columns.get(column).alignment() == TableColumn.Alignment.RIGHT;
        }

        List<List<String>> cells(List<String> row, TextStyle style) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                float width = Math.max(right(c) - left(c) - 2 * PAD_X, 1f);
                cells.add(style.wrap(printable.multiLine(row.get(c)), width));
            }
            return cells;
        }
    }
}
