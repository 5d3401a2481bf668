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
        TableColumn<S, Status> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Status status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                boolean none = empty || status == null || status.text().isEmpty();
                Label chip = none ? null : of(status);
                setGraphic(chip);
                setTooltip(none ? null : new Tooltip(status.inFull()));
                if (chip != null && !status.onTwoLines().equals(status.text()) && needed(chip) > oneLineAtMost) {
                    chip.setText(status.onTwoLines());
                    // A table of fixed-height rows (much faster to lay out: the due payments can run to hundreds)
                    // makes them all tall enough for two lines.
                    TableView<S> table = getTableView();
                    if (table != null && table.getFixedCellSize() > 0 && table.getFixedCellSize() < TWO_LINE_ROWS) {
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
                if (getGraphic() == null || shown == null) {
                    return;
                }
                // Measured here, once the theme's font and padding apply. A wider column alone would push the others
                // past the table's edge: they give way before the frame is drawn (SettledColumns), not a pulse later.
                TableView<S> table = getTableView();
                if (table != null) {
                    SettledColumns.on(table);
                }
                double needed = Math.ceil(snappedLeftInset() + getGraphic().prefWidth(-1) + snappedRightInset() + 1);
                if (needed > shown.getMinWidth()) {
                    shown.setMinWidth(needed);
                    if (table != null) {
                        SettledColumns.widened(table);
                    }
                }
            }
        });
        return column;
    }
}
