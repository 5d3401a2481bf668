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
import java.util.LinkedHashMap;
import java.util.Set;
import uk.cml.domain.Words;
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
            Map.entry("enforcement_step", RecordArea.ENFORCEMENT),
            Map.entry("letter_sent", RecordArea.LETTERS_SENT));

    /** Tables that belong to every case. */
    private static final Set<String> EVERY_CASE = Set.of("my_details", "address_book");

    // The row after this change and before it, less what no letter says: when it was saved, and the file attached
    // to it (a payment's bank statement, a CMS letter's scan). Attaching one is saved as a correction with its
    // history, but a letter made from the record says what it said: it is not to be made again for it.
    private static final String SQL = "SELECT j.table_name, j.at, j.row_id, j.operation, json_remove(j.content, "
            + "'$.recorded_at', '$.evidence_document_id', '$.scan_document_id'), (SELECT json_remove(p.content, "
            + "'$.recorded_at', '$.evidence_document_id', '$.scan_document_id') FROM journal p WHERE p.table_name = "
            + "j.table_name AND p.row_id = j.row_id AND p.id < j.id ORDER BY p.id DESC LIMIT 1) FROM journal j "
            + "WHERE j.at > ? AND j.operation IN ('insert', 'update', 'delete') AND j.table_name IN ("
            + quoted(AREAS.keySet()) + ") AND (j.table_name IN (" + quoted(EVERY_CASE) + ") "
            + "OR CASE j.table_name WHEN 'case_file' THEN json_extract(j.content, '$.id') ELSE "
            + "json_extract(j.content, '$.case_id') END = ?) ORDER BY j.id";

    /** One change: the part of the records, when, the row's id, and the row before and after. */
    record Change(RecordArea area, LocalDateTime at, long rowId, Row row) {
    }

    /**
     * Which row changed (its table and id together), and how it read before and after the change (null: not there,
     * before it was added or after it was deleted), less when it was saved.
     */
    record Row(String table, String before, String after) {
    }

    /**
     * A row changed after a letter was made: how it read when the letter was made and how it reads now (null: not
     * there then, or not now).
     */
    record RowChanged(String table, long rowId, String then, String now) {
    }

    /** What changed after a letter was made: the latest change, the parts of the records, each row once. */
    record Later(LocalDateTime lastChanged, Set<RecordArea> areas, List<RowChanged> rows) {
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
                    Row row = new Row(r.getString(1), "insert".equals(operation) ? null : r.getString(6),
                            "delete".equals(operation) ? null : r.getString(5));
                    // Saved again with nothing changed but when: not a change.
                    if (at.isPresent() && !("update".equals(operation) && Objects.equals(row.before(), row.after()))) {
                        changes.add(new Change(area, at.get(), r.getLong(3), row));
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
    static Optional<Later> after(LocalDateTime made, List<Change> changes) {
        // Each row's changes after the letter, in order: from how it read then to how it reads now.
        Map<String, List<Change>> byRow = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.at().isAfter(made)) {
                byRow.computeIfAbsent(change.row().table() + "#" + change.rowId(), k -> new ArrayList<>()).add(change);
            }
        }
        Set<RecordArea> areas = EnumSet.noneOf(RecordArea.class);
        LocalDateTime last = null;
        List<RowChanged> rows = new ArrayList<>();
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
            }
            rows.add(new RowChanged(first.row().table(), first.rowId(), first.row().before(), latest.row().after()));
        }
        return last == null ? Optional.empty() : Optional.of(new Later(last, areas, List.copyOf(rows)));
    }

    /**
     * The row named as the app names records elsewhere ({@link RecordNames}, as it reads now, or as it last read
     * if deleted) and what was done to it since the letter: "The call of Tue 3 Nov 2026, 10:15 (typed in on 3 Nov
     * 2026) was changed".
     */
    static String named(Connection c, RowChanged row) throws SQLException {
        String name = RecordNames.describe(c, row.table(), row.rowId(),
                typedIn(c, row, row.now() != null ? row.now() : row.then()));
        boolean binnedThen = row.then() != null && RecordNames.field(c, row.then(), "deleted_at") != null;
        boolean binnedNow = row.now() != null && RecordNames.field(c, row.now(), "deleted_at") != null;
        String done;
        if (row.now() == null) {
            done = row.then() == null ? "correspondence.changed.addedThenDeleted" : "correspondence.changed.deleted";
        } else if (row.then() == null) {
            done = binnedNow ? "correspondence.changed.addedThenBinned" : "correspondence.changed.added";
        } else if (binnedNow != binnedThen) {
            done = binnedNow ? "correspondence.changed.binned" : "correspondence.changed.putBack";
        } else {
            done = "correspondence.changed.corrected";
        }
        return Words.text(done, name);
    }

    // The rows were read less when they were saved: put back when the row was first saved, for "typed in on".
    private static final String FIRST_SAVED = "SELECT CASE WHEN json_valid(?1) THEN json_set(?1, '$.recorded_at', "
            + "(SELECT json_extract(content, '$.recorded_at') FROM journal WHERE table_name = ?2 AND row_id = ?3 "
            + "AND json_valid(content) ORDER BY id LIMIT 1)) END";

    private static String typedIn(Connection c, RowChanged row, String content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FIRST_SAVED)) {
            s.setString(1, content);
            s.setString(2, row.table());
            s.setLong(3, row.rowId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? r.getString(1) : content;
            }
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
