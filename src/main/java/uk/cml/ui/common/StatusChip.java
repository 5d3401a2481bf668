package uk.cml.ui.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A status as a coloured label that always carries its words, so colour is never the only signal: "Paid late",
 * "Reply due 3 Dec 2026". The same chip in every table; its colours come from the theme (style class
 * "status-chip" and the tone).
 */
public final class StatusChip {

    /** How the status reads at a glance. */
    public enum Tone {
        GOOD("good"), WARN("warn"), BAD("bad"), INFO("info"), PLAIN("plain");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    /**
     * A status's words and tone; no words means nothing to show. {@code onTwoLines} is the same words with a line
     * break ("Part arrived" over "(short £26.87)"), for a column that has no room for them on one line; {@code inFull}
     * is what the tooltip says, the same words or more than a chip has room for ("Arrived late (1 day after Tue 7 Apr
     * 2026)" for a due of Good Friday whose chip reads "Arrived late (1 day after Tue 7 Apr)").
     */
    public record Status(String text, Tone tone, String onTwoLines, String inFull) {
        public static final Status NONE = new Status("", Tone.PLAIN);

        public Status {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(onTwoLines, "onTwoLines");
            Objects.requireNonNull(inFull, "inFull");
        }

        public Status(String text, Tone tone, String onTwoLines) {
            this(text, tone, onTwoLines, text);
        }

        public Status(String text, Tone tone) {
            this(text, tone, text);
        }
    }

    private StatusChip() {
    }

    public static Label of(Status status) {
        Label chip = new Label(status.text());
        chip.getStyleClass().addAll("status-chip", status.tone().styleClass());
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    /**
     * A read-only column whose cells show the row's status as a chip, with the words in a tooltip too. A chip is
     * never cut short, so the column never gets narrower than the widest chip it has shown (with the cell's padding):
     * "Overdue: was due 25 Nov 2026" reads whole at any window size, and the other columns give way.
     */
    public static <S> TableColumn<S, Status> column(String title, Function<S, Status> value, double width) {
        return column(title, value, width, Double.MAX_VALUE);
    }

    /**
     * As {@link #column(String, Function, double)}, but a chip that would make the column wider than
     * {@code oneLineAtMost} on one line shows its words on two ({@link Status#onTwoLines}), and its row grows to
     * hold them (a table with fixed rows gets {@link #TWO_LINE_ROWS}). Only a chip whose lines are still too wide widens the
     * column past it.
     */
    /** The row height a table of fixed-height rows takes once a chip in it reads on two lines. */
    public static final double TWO_LINE_ROWS = 40;

    public static <S> TableColumn<S, Status> column(String title, Function<S, Status> value, double width,
            double oneLineAtMost) {
        return column(title, value, width, oneLineAtMost, null);
    }

    /**
     * A column of chips whose width the table chooses ({@link Sizing#choose}), from what its rows' chips need: each
     * chip reads on one line where it fits the width chosen, on two where it does not. The column's least width and
     * the rows' height are the table's to set.
     */
    public static <S> TableColumn<S, Status> column(String title, Function<S, Status> value, double width,
            Sizing sizing) {
        return column(title, value, width, Double.MAX_VALUE, sizing);
    }

    /**
     * What the chips of a table's rows need, measured when the rows are set (with the theme's font, once a cell has
     * shown it), and the status column's width the table chose from that: chips wider than it read on two lines.
     */
    public static final class Sizing {
        private double chosen = Double.MAX_VALUE;
        private double oneLine = -1;
        private double leastWhole = -1;
        private javafx.scene.text.Font cellFont;
        private double cellSides;
        private Runnable measured = () -> { };
        private Runnable chosenChanged = () -> { };

        /** The column width every chip of the rows needs on one line; -1 until measured. */
        public double oneLine() {
            return oneLine;
        }

        /** The least column width that shows every chip whole, those with a second line on two; -1 until measured. */
        public double leastWhole() {
            return leastWhole;
        }

        /** The font of the table's cells, as the theme sets it; null until a cell has been laid out. */
        public javafx.scene.text.Font cellFont() {
            return cellFont;
        }

        /** A cell's padding, left and right. */
        public double cellSides() {
            return cellSides;
        }

        /** Called each time the rows' chips are measured afresh (new rows, or the theme's font learned). */
        public void whenMeasured(Runnable then) {
            measured = then;
        }

        /** The status column's width: chips that need more read on two lines (the cells on screen are filled again). */
        public void choose(double width) {
            if (width != chosen) {
                chosen = width;
                chosenChanged.run();
            }
        }
    }

    private static <S> TableColumn<S, Status> column(String title, Function<S, Status> value, double width,
            double oneLineAtMost, Sizing sizing) {
        TableColumn<S, Status> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        Room<S> room = new Room<>(column, value, oneLineAtMost, sizing);
        if (sizing != null) {
            sizing.chosenChanged = () -> {
                if (column.getTableView() != null) {
                    column.getTableView().refresh();
                }
            };
        }
        // Every row's chip is measured when the rows are set, not as it comes on screen: a wider chip scrolled into
        // view widened its column (and a chip on two lines made the rows taller) while the parent looked on.
        RowsChanged.follow(column, room::fit);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Status status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                boolean none = empty || status == null || status.text().isEmpty();
                Label chip = none ? null : of(status);
                setGraphic(chip);
                setTooltip(none ? null : tooltip(status.inFull()));
                if (chip != null && room.onTwoLines(status, () -> needed(chip))) {
                    chip.setText(room.twoLines(status));
                    // A table of fixed-height rows (much faster to lay out: the due payments can run to hundreds)
                    // makes them all tall enough for two lines.
                    TableView<S> table = getTableView();
                    if (sizing == null && table != null && table.getFixedCellSize() > 0
                            && table.getFixedCellSize() < TWO_LINE_ROWS) {
                        table.setFixedCellSize(TWO_LINE_ROWS);
                    }
                }
            }

            /** The column width the chip needs on one line, with the theme's font and padding where known. */
            private double needed(Label chip) {
                chip.applyCss();
                double wide = chip.prefWidth(-1);
                if (chip.getScene() == null) {
                    // Not in a window yet, so no theme: the words at the chip's size (app.css) and its padding.
                    javafx.scene.text.Text words = new javafx.scene.text.Text(chip.getText());
                    words.setFont(javafx.scene.text.Font.font(getFont().getFamily(),
                            javafx.scene.text.FontWeight.BOLD, 12.5));
                    wide = words.getLayoutBounds().getWidth() + 16;
                }
                return Math.ceil(snappedLeftInset() + wide + snappedRightInset() + 1);
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                TableColumn<S, Status> shown = getTableColumn();
                if (!(getGraphic() instanceof Label chip) || shown == null) {
                    return;
                }
                // Measured here, once the theme's font and padding apply. A wider column alone would push the others
                // past the table's edge: they give way before the frame is drawn (SettledColumns), not a pulse later.
                TableView<S> table = getTableView();
                if (table != null) {
                    SettledColumns.on(table);
                    room.learn(chip, getFont(), snappedLeftInset() + snappedRightInset(), table);
                }
                double needed = Math.ceil(snappedLeftInset() + chip.prefWidth(-1) + snappedRightInset() + 1);
                // A column whose width the table chooses (Sizing) is never widened by a chip laid out before the
                // choice: it reads on two lines once the cells are filled again.
                if (sizing == null && needed > shown.getMinWidth()) {
                    shown.setMinWidth(needed);
                    if (table != null) {
                        SettledColumns.widened(table);
                    }
                }
            }
        });
        return column;
    }

    /**
     * The room a column of chips needs for all its table's rows, worked out from the words once a chip has shown the
     * theme's font and padding: the widest chip (on two lines where one would pass {@code oneLineAtMost}), and
     * whether any reads on two lines, so the column and the rows are as wide and tall from the first frame as any
     * row scrolled into view later needs.
     */
    private static final class Room<S> {
        private final TableColumn<S, Status> column;
        private final Function<S, Status> value;
        private final double oneLineAtMost;
        /** Null, or the table's choice of the column's width (then the column and the rows are the table's). */
        private final Sizing sizing;
        private final javafx.scene.text.Text words = new javafx.scene.text.Text();
        private javafx.scene.text.Font font;
        /** The chip's padding and the cell's, left and right. */
        private double chipSides = -1;
        private double cellSides = -1;

        Room(TableColumn<S, Status> column, Function<S, Status> value, double oneLineAtMost, Sizing sizing) {
            this.column = column;
            this.value = value;
            this.oneLineAtMost = oneLineAtMost;
            this.sizing = sizing;
        }

        private double oneLineAtMost() {
            return sizing == null ? oneLineAtMost : sizing.chosen;
        }

        /** A chip laid out in its cell, with the theme: its font and padding, and the rows measured again if new. */
        void learn(Label chip, javafx.scene.text.Font cellFont, double cellSides, TableView<S> table) {
            if (chip.getScene() == null) {
                return;
            }
            if (sizing != null) {
                sizing.cellFont = cellFont;
                sizing.cellSides = cellSides;
            }
            double chipSides = chip.snappedLeftInset() + chip.snappedRightInset();
            if (!chip.getFont().equals(font) || chipSides != this.chipSides || cellSides != this.cellSides) {
                font = chip.getFont();
                this.chipSides = chipSides;
                this.cellSides = cellSides;
                fit(table);
            }
        }

        boolean onTwoLines(Status status, java.util.function.DoubleSupplier measured) {
            if (twoLines(status).equals(status.text())) {
                return false;
            }
            return (font == null ? measured.getAsDouble() : needed(status.text())) > oneLineAtMost();
        }

        /** The column width a chip of these words needs, as a Label of the chip's font and padding measures it. */
        private double needed(String text) {
            words.setText(text);
            words.setFont(font);
            double wide = Math.ceil(chipSides + Math.ceil(words.getLayoutBounds().getWidth()));
            return Math.ceil(cellSides + wide + 1);
        }

        void fit(TableView<S> table) {
            if (font == null || table.getItems() == null) {
                return;
            }
            if (sizing != null) {
                measure(table);
                return;
            }
            double widest = 0;
            boolean twoLines = false;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (S item : table.getItems()) {
                Status status = value.apply(item);
                // Digits are all one width in the app's fonts: a few chips to measure, not one per row.
                if (status == null || status.text().isEmpty()
                        || !seen.add(shape(status.text()) + '\u0000' + shape(status.onTwoLines()))) {
                    continue;
                }
                boolean two = onTwoLines(status, () -> 0);
                twoLines |= two;
                widest = Math.max(widest, needed(two ? status.onTwoLines() : status.text()));
            }
            if (widest > column.getMinWidth()) {
                column.setMinWidth(widest);
                SettledColumns.widened(table);
            }
            if (twoLines && table.getFixedCellSize() > 0 && table.getFixedCellSize() < TWO_LINE_ROWS) {
                table.setFixedCellSize(TWO_LINE_ROWS);
            }
        }

        /** The chip's words on two lines, as the status has them ("Arrived late" over "(3 days)"). */
        String twoLines(Status status) {
            return status.onTwoLines();
        }

        /** For a table that chooses the column's width: what one line and two lines need, told to the table. */
        private void measure(TableView<S> table) {
            double one = 0;
            double whole = 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (S item : table.getItems()) {
                Status status = value.apply(item);
                // Digits are all one width in the app's fonts: a few chips to measure, not one per row.
                if (status == null || status.text().isEmpty()
                        || !seen.add(shape(status.text()) + '\u0000' + shape(status.onTwoLines()))) {
                    continue;
                }
                double line = needed(status.text());
                one = Math.max(one, line);
                whole = Math.max(whole, Math.min(line, needed(twoLines(status))));
            }
            sizing.oneLine = one;
            sizing.leastWhole = whole;
            sizing.measured.run();
        }

        private static String shape(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.isDigit(chars[i]) ? '0' : chars[i];
            }
            return new String(chars);
        }
    }

    /**
     * The chip's tooltip, its words wrapped at about half a 1024 px screen: a Collect and Pay due's status with why it
     * is late ({@code ScheduleLine.statusExplained}) ran to some 1,050 px on one line, past the screen's edge.
     */
    static Tooltip tooltip(String words) {
        Tooltip tooltip = new Tooltip(words);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }
}
