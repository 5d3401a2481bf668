package uk.cml.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
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
    private final String dateColumn;
    private final Title title;
    private final LongConsumer restore;

    /** Makes the short line the Bin page shows for a row, in the app's usual formats. */
    @FunctionalInterface
    public interface Title {
        String of(ResultSet row) throws SQLException;
    }

    /**
     * @param dateColumn the column holding when it happened (an ISO date or date-time)
     */
    public TableBin(Database database, String kind, String table, String dateColumn, Title title,
                    LongConsumer restore) {
        this.database = database;
        this.kind = kind;
        this.dateColumn = dateColumn;
        this.title = title;
        this.restore = restore;
        this.sql = "SELECT * FROM " + table + " WHERE case_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC";
    }

    /** Payments, plans and adjustments, each with its own line in the bin. */
    public static List<BinSource> forPayments(Database database, PaymentStore payments) {
        return List.of(
                new TableBin(database, Words.text("bin.kind.payment"), "payment", "paid_on",
                        r -> Words.text("bin.title.payment", pounds(r), date(r, "paid_on")),
                        id -> payments.restore(PaymentStore.Kind.PAYMENT, id)),
                new TableBin(database, Words.text("bin.kind.plan"), "payment_plan", "first_due",
                        r -> Words.text("bin.title.plan", pounds(r), date(r, "first_due"), r.getString("source")),
                        id -> payments.restore(PaymentStore.Kind.PLAN, id)),
                new TableBin(database, Words.text("bin.kind.adjustment"), "adjustment", "made_on",
                        r -> Words.text("bin.title.adjustment", pounds(r), date(r, "made_on")),
                        id -> payments.restore(PaymentStore.Kind.ADJUSTMENT, id)));
    }

    /** Letters sent and received (their stores keep their own bin), and documents. */
    public static List<BinSource> forCorrespondence(Database database, SentLetterStore sent,
                                                     ReceivedLetterStore received, DocumentRecordStore documents) {
        return List.of(sent, received, new TableBin(database, Words.text("bin.kind.document"), "document", "added_on",
                r -> r.getString("original_name"), documents::restore));
    }

    /** CMS decisions moved to the bin on "Where things stand" (or with their letter). */
    public static BinSource forDecisions(Database database, StandingStore standing) {
        return new TableBin(database, Words.text("bin.kind.decision"), "cms_decision", "dated",
                r -> uk.cml.domain.standing.Decision.title(uk.cml.domain.standing.Decision.Kind.valueOf(
                        r.getString("kind")), LocalDate.parse(r.getString("dated")), r.getString("note")),
                standing::restoreDecision);
    }

    @Override
    public List<BinnedItem> binned(long caseId) {
        return database.read(c -> {
            List<BinnedItem> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, caseId);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        items.add(happened(r.getString(dateColumn), r.getLong("id"), title.of(r),
                                moment(r.getString("deleted_at"))));
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

    private static String pounds(ResultSet row) throws SQLException {
        return Money.ofPence(row.getLong("amount_pence")).format();
    }

    private static String date(ResultSet row, String column) throws SQLException {
        return UkFormats.shortDate(LocalDate.parse(row.getString(column)));
    }

    /** A day stored without a time stays a day: the bin must not show it at midnight. */
    private BinnedItem happened(String iso, long id, String shown, LocalDateTime binnedAt) {
        return iso.length() <= 10 ? BinnedItem.onDay(kind, id, shown, LocalDate.parse(iso), binnedAt)
                : BinnedItem.at(kind, id, shown, LocalDateTime.parse(iso), binnedAt);
    }

    private static LocalDateTime moment(String iso) {
        return iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
    }
}
