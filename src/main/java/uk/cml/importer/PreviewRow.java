package uk.cml.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the file as the preview shows it.
 *
 * @param rowNumber  the row number a spreadsheet program shows, used in messages
 * @param sourceLine the line of the file where the row starts
 * @param cells      the row's cells as read (each cut to {@link #SHOWN_CELL_CHARS}), to show beside the verdict
 * @param payment    present for rows that hold money in: READY, POSSIBLE_DUPLICATE and NOT_FROM_PAYER
 * @param message    a full sentence starting "Row N"; empty for a plain READY row, a warning for an unusual one
 */
public record PreviewRow(int rowNumber, int sourceLine, RowStatus status, List<String> cells,
                         Optional<ImportedPayment> payment, String message) {

    /** A cell longer than this is cut for the screen, so a huge cell never reaches a table or a label whole. */
    public static final int SHOWN_CELL_CHARS = 200;

    public PreviewRow {
        Objects.requireNonNull(status, "status");
        cells = cells.stream().map(PreviewRow::shortened).toList();
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(message, "message");
    }

    PreviewRow as(RowStatus newStatus, String why) {
        return new PreviewRow(rowNumber, sourceLine, newStatus, cells, payment, why);
    }

    private static String shortened(String cell) {
        return cell.length() <= SHOWN_CELL_CHARS ? cell : cell.substring(0, SHOWN_CELL_CHARS) + "\u2026";
    }
}
