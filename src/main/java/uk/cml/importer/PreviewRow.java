package uk.cml.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the file as the preview shows it.
 *
 * @param rowNumber  the row number a spreadsheet program shows, used in messages
 * @param sourceLine the line of the file where the row starts
 * @param cells      the row's cells as read, to show beside the verdict
 * @param payment    present for READY and POSSIBLE_DUPLICATE rows
 * @param message    a full sentence starting "Row N" for every status but READY, where it is empty
 */
public record PreviewRow(int rowNumber, int sourceLine, RowStatus status, List<String> cells,
                         Optional<ImportedPayment> payment, String message) {

    public PreviewRow {
        Objects.requireNonNull(status, "status");
        cells = List.copyOf(cells);
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(message, "message");
    }

    PreviewRow asDuplicate(String why) {
        return new PreviewRow(rowNumber, sourceLine, RowStatus.POSSIBLE_DUPLICATE, cells, payment, why);
    }
}
