package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;

/**
 * Lists one table's binned rows for the Bin page. Putting one back goes through the area's own store,
 * so any rule it has about restoring still applies. One class serves every table that has no bin of its own.
 */
public final class TableBin implements BinSource {

    private final Database database;
    private final String kind;
    private final String sql;
    private final LongConsumer restore;

    /**
     * @param titleSql    an SQL expression giving a short title for a row, such as {@code 'Payment of ' || ...}
     * @param dateColumn  the column holding when it happened (an ISO date or date-time)
     */
    public TableBin(Database database, String kind, String table, String titleSql, String dateColumn,
                    LongConsumer restore) {
        this.database = database;
        this.kind = kind;
        this.restore = restore;
        this.sql = "SELECT id, " + titleSql + ", " + dateColumn + ", deleted_at FROM " + table
                + " WHERE case_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC";
    }

    /** Payments, plans and adjustments, each with its own line in the bin. */
    public static List<BinSource> forPayments(Database database, PaymentStore payments) {
        return List.of(
                new TableBin(database, "Payment", "payment",
                        "'Payment of £' || printf('%.2f', amount_pence / 100.0) || ' on ' || paid_on", "paid_on",
                        id -> payments.restore(PaymentStore.Kind.PAYMENT, id)),
                new TableBin(database, "Payment plan", "payment_plan",
                        "'Plan from ' || first_due || ': ' || source", "first_due",
                        id -> payments.restore(PaymentStore.Kind.PLAN, id)),
                new TableBin(database, "Arrears change", "adjustment", "'Arrears change on ' || made_on", "made_on",
                        id -> payments.restore(PaymentStore.Kind.ADJUSTMENT, id)));
    }

    /** Letters sent and received, and documents. */
    public static List<BinSource> forCorrespondence(Database database, SentLetterStore sent,
                                                     ReceivedLetterStore received, DocumentRecordStore documents) {
        return List.of(
                new TableBin(database, "Letter sent", "letter_sent", "'To ' || to_name || ': ' || subject",
                        "written_on", sent::restore),
                new TableBin(database, "Letter received", "letter_received", "'From ' || from_name || ': ' || summary",
                        "received_on", received::restore),
                new TableBin(database, "Document", "document", "original_name", "added_on", documents::restore));
    }

    @Override
    public List<BinnedItem> binned(long caseId) {
        return database.read(c -> {
            List<BinnedItem> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, caseId);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        items.add(new BinnedItem(kind, r.getLong(1), r.getString(2), moment(r.getString(3)),
                                moment(r.getString(4))));
                    }
                }
            }
            return items;
        });
    }

    @Override
    public void restore(long sourceId) {
        restore.accept(sourceId);
    }

    private static LocalDateTime moment(String iso) {
        return iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
    }
}
