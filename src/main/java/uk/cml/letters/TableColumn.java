package uk.cml.letters;

import java.util.Objects;

/**
 * One column of a {@link LetterBlock.Table}. The relative width is a weight: columns of weight 1, 1 and 2 take a
 * quarter, a quarter and half of the line. Amounts use {@link Alignment#RIGHT} so the pence line up.
 */
public record TableColumn(String header, Alignment alignment, double relativeWidth) {

    public enum Alignment { LEFT, RIGHT }

    public TableColumn {
        header = Objects.requireNonNullElse(header, "");
        alignment = Objects.requireNonNullElse(alignment, Alignment.LEFT);
        if (!(relativeWidth > 0) || Double.isInfinite(relativeWidth)) {
            throw new IllegalArgumentException("A column's relative width must be above zero, was " + relativeWidth);
        }
    }

    public static TableColumn left(String header, double relativeWidth) {
        return new TableColumn(header, Alignment.LEFT, relativeWidth);
    }

    public static TableColumn right(String header, double relativeWidth) {
        return new TableColumn(header, Alignment.RIGHT, relativeWidth);
    }
}
