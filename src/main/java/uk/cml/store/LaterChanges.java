package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.correspondence.ChangedSinceMade;
import uk.cml.domain.correspondence.RecordArea;

/**
 * The parent's changes to a case's records after a moment, read from the record journal (every insert, change and
 * removal, with the app's clock), so a letter made before them can be told apart. A change that leaves the row as it
 * was apart from when it was saved ("saved again with nothing changed") is not a change. Your own details and the
 * address book belong to every case, so a change to them counts for each.
 */
final class LaterChanges {

    /** The tables a letter's words are drawn from, and the part of the records each is. */
    private static final Map<String, RecordArea> AREAS = Map.ofEntries(
            Map.entry("payment", RecordArea.PAYMENTS),
            Map.entry("payment_plan", RecordArea.PLANS),
            Map.entry("adjustment", RecordArea.CMS_FIGURES),
            Map.entry("collection_fee", RecordArea.FEES),
            Map.entry("case_file", RecordArea.CASE_DETAILS),
            Map.entry("child", RecordArea.CASE_DETAILS),
            Map.entry("my_details", RecordArea.CASE_DETAILS),
            Map.entry("arrangement_period", RecordArea.CASE_DETAILS),
            Map.entry("address_book", RecordArea.ADDRESSES),
            Map.entry("call_log", RecordArea.CALLS),
            Map.entry("letter_received", RecordArea.LETTERS_RECEIVED),
            Map.entry("cms_decision", RecordArea.DECISIONS),
            Map.entry("enforcement_step", RecordArea.DECISIONS));

    /** Tables that belong to every case. */
    private static final Set<String> EVERY_CASE = Set.of("my_details", "address_book");

    // After the row's day and amount (a payment's), the row after this change and before it, less when it was
    // saved: what the parent sees of it.
    private static final String SQL = "SELECT j.table_name, j.at, j.row_id, j.operation, json_extract(j.content, "
            + "'$.paid_on'), json_extract(j.content, '$.amount_pence'), json_remove(j.content, '$.recorded_at'), (SELECT "
            + "json_remove(p.content, '$.recorded_at') FROM journal p WHERE p.table_name = j.table_name "
            + "AND p.row_id = j.row_id AND p.id < j.id ORDER BY p.id DESC LIMIT 1) FROM journal j WHERE j.at > ? "
            + "AND j.operation IN ('insert', 'update', 'delete') AND j.table_name IN (" + quoted(AREAS.keySet())
            + ") AND (j.table_name IN (" + quoted(EVERY_CASE) + ") "
            + "OR CASE j.table_name WHEN 'case_file' THEN json_extract(j.content, '$.id') ELSE "
            + "json_extract(j.content, '$.case_id') END = ?) ORDER BY j.id";

    /**
     * One change: the part of the records, when, the row's id, for a payment how it reads after the change (its
     * day and amount; empty when they cannot be read), and the row before and after.
     */
    record Change(RecordArea area, LocalDateTime at, long rowId, Optional<ChangedSinceMade.PaymentChanged> payment,
                  Row row) {
    }

    /**
     * Which row changed (its table and id together), and how it read before and after the change (null: not there,
     * before it was added or after it was deleted), less when it was saved.
     */
    record Row(String table, String before, String after) {
    }

    private LaterChanges() {
    }

    private static String quoted(Set<String> tables) {
        return String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
    }

    /** The case's changes after {@code after}, oldest first. */
    static List<Change> since(Connection c, long caseId, LocalDateTime after) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, after.toString());
            s.setLong(2, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    RecordArea area = AREAS.get(r.getString(1));
                    Optional<LocalDateTime> at = parse(r.getString(2));
                    String operation = r.getString(4);
                    Row row = new Row(r.getString(1), "insert".equals(operation) ? null : r.getString(8),
                            "delete".equals(operation) ? null : r.getString(7));
                    // Saved again with nothing changed but when: not a change.
                    if (at.isPresent() && !("update".equals(operation) && Objects.equals(row.before(), row.after()))) {
                        changes.add(new Change(area, at.get(), r.getLong(3), area == RecordArea.PAYMENTS
                                ? payment(r.getString(5), r.getString(6)) : Optional.empty(), row));
                    }
                }
            }
        }
        return changes;
    }

    /**
     * What of {@code changes} came after {@code made}; empty when nothing did. A row that reads now as it did when
     * the letter was made (moved to the Bin and put back, changed and changed back) is no change to the letter.
     */
    static Optional<ChangedSinceMade> after(LocalDateTime made, List<Change> changes) {
        // Each row's changes after the letter, in order: from how it read then to how it reads now.
        java.util.LinkedHashMap<String, List<Change>> byRow = new java.util.LinkedHashMap<>();
        for (Change change : changes) {
            if (change.at().isAfter(made)) {
                byRow.computeIfAbsent(change.row().table() + "#" + change.rowId(), k -> new ArrayList<>()).add(change);
            }
        }
        Set<RecordArea> areas = EnumSet.noneOf(RecordArea.class);
        LocalDateTime last = null;
        // Each payment once, as it reads after its latest change, in the order first changed.
        java.util.LinkedHashMap<Long, ChangedSinceMade.PaymentChanged> payments = new java.util.LinkedHashMap<>();
        for (List<Change> row : byRow.values()) {
            Change first = row.get(0);
            Change latest = row.get(row.size() - 1);
            if (row.size() > 1 && first.row().before() != null
                    && first.row().before().equals(latest.row().after())) {
                continue;
            }
            for (Change change : row) {
                areas.add(change.area());
                last = last == null || change.at().isAfter(last) ? change.at() : last;
                change.payment().ifPresent(p -> payments.put(change.rowId(), p));
            }
        }
        return last == null ? Optional.empty()
                : Optional.of(new ChangedSinceMade(made, last, areas, List.copyOf(payments.values())));
    }

    /** A payment's day and amount as the journal holds them; empty when either cannot be read. */
    private static Optional<ChangedSinceMade.PaymentChanged> payment(String paidOn, String pence) {
        try {
            return Optional.of(new ChangedSinceMade.PaymentChanged(java.time.LocalDate.parse(paidOn),
                    uk.cml.domain.Money.ofPence(Long.parseLong(pence))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A journal time the app wrote; one that cannot be read is not a change anyone made through it. */
    private static Optional<LocalDateTime> parse(String at) {
        try {
            return Optional.of(LocalDateTime.parse(at));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }
}
