package uk.cml.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes every table of records write to the journal. Run at each open, after the schema upgrade, so a
 * table added by a later version is watched from its first start. Triggers are only rewritten when
 * their text would change, so an ordinary start writes nothing.
 */
public final class JournalTriggers {

    private static final Logger LOG = Logger.getLogger(JournalTriggers.class.getName());
    static final String PREFIX = "cml_journal_";
    private static final String[] OPERATIONS = {"insert", "update", "delete"};

    private JournalTriggers() {
    }

    /** For {@code Database.open(folder, clock, JournalTriggers::install)}: inside the open's transaction. */
    public static Void install(Connection connection) throws SQLException {
        install(connection, Optional.empty());
        return null;
    }

    /**
     * A table whose safeguards (its journal triggers) the app had made but found missing, or changed so they were
     * no longer the app's, when it opened: records of it changed before then may have been changed outside the app.
     *
     * @param table            the table's name ({@code journal}: the journal's own safeguards, which stop its
     *                         entries being changed or deleted)
     * @param at               when it was found (the journal entry's time)
     * @param recordsDiffering how many of its records then differed from their journal entries (changed, deleted
     *                         or added while it was unwatched)
     * @param missing          some of its safeguards were gone
     * @param changed          some of its safeguards were there but not as the app made them (say, made again
     *                         to note nothing)
     */
    public record MissingSafeguard(String table, String at, long recordsDiffering, boolean missing, boolean changed) {

        /** In plain words, as Check records says it, for the notice when the app opens. */
        public String sentence() {
            return JournalCheck.sentence(this);
        }
    }

    /**
     * As {@link #install(Connection)}, given the anchor kept beside the records. Rows already in a table not
     * yet watched get a first entry only while the journal still holds its anchor: a journal emptied or cut
     * short outside the app is never re-seeded from rows that may have been edited meanwhile.
     */
    public static List<MissingSafeguard> install(Connection connection, Optional<RecordsAnchor> anchor)
            throws SQLException {
        boolean mayRecordExisting = anchor.isEmpty() || anchor.get().heldBy(connection);
        if (!mayRecordExisting) {
            LOG.warning("The record journal does not hold its anchor: rows not in it are left for Check records");
        }
        Map<String, String> existing = existingTriggers(connection);
        List<MissingSafeguard> found = new ArrayList<>();
        historyGuards(connection).ifPresent(found::add);
        for (TableShape table : TableShape.userTables(connection)) {
            boolean watchedBefore = isWatched(connection, table.name());
            boolean changed = false;
            List<String> missing = new ArrayList<>();
            List<String> altered = new ArrayList<>();
            List<String> watchedColumns = watchedBefore ? watchedColumns(connection, table.name()) : List.of();
            for (String operation : OPERATIONS) {
                String name = PREFIX + table.name() + "_" + operation;
                String sql = triggerSql(table, name, operation);
                String there = existing.get(name);
                if (watchedBefore && there == null) {
                    // The app never drops a trigger it made without making it again in the same transaction.
                    missing.add(operation);
                } else if (watchedBefore && !sql.equals(there)
                        && !madeByTheApp(there, watchedColumns.isEmpty() ? table
                        : new TableShape(table.name(), watchedColumns), name, operation)) {
                    // There, but not as the app made it: it may note nothing, or not all of the row.
                    altered.add(operation);
                }
                if (!sql.equals(there)) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("DROP TRIGGER IF EXISTS " + TableShape.quote(name));
                        s.execute(sql);
                    }
                    changed = true;
                }
            }
            if (!missing.isEmpty() || !altered.isEmpty()) {
                // Kept in the journal itself, so Check records goes on saying it (and when) for as long as the
                // history is kept: the triggers made again must not hide that they had gone or been changed.
                // Rows are compared with the journal only in this rare case, never on an ordinary start.
                List<String> differ = new ArrayList<>();
                LiveRows.compare(connection, table, differ);
                long differing = differ.size();
                found.add(new MissingSafeguard(table.name(), appendFinding(connection, table, missing, altered,
                        differing), differing, !missing.isEmpty(), !altered.isEmpty()));
                LOG.warning("The record journal's safeguards on " + table.name() + " were missing " + missing
                        + " or changed " + altered + "; made again");
            }
            if (changed || !watchedBefore) {
                appendWatch(connection, table);
            }
            if (!watchedBefore && mayRecordExisting) {
                // Rows already there (from a migration, or from before the journal existed) get a first entry.
                // Only for a table never watched: in a watched table a row without an entry was added behind
                // the app's back, and the check must still be able to say so.
                int added = recordExisting(connection, table);
                // The check's in-memory reference schema is watched afresh at every run: only a real file's is news.
                LOG.log(connection.getMetaData().getURL().endsWith(":memory:") ? Level.FINE : Level.INFO,
                        "The record journal now watches " + table.name() + " (" + added + " rows already there)");
            }
        }
        return List.copyOf(found);
    }

    /**
     * The journal's own safeguards, exactly as the app makes them (V006__journal.sql), by the operation each stops:
     * SQLite then refuses to change or delete an entry. A test holds them to what the migration makes.
     */
    static final Map<String, String> HISTORY_GUARDS = Map.of(
            "update", "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, "
                    + "'The record journal cannot be changed'); END",
            "delete", "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, "
                    + "'The record journal cannot be changed'); END");
    /** The table name the journal's findings about its own safeguards are kept under. */
    static final String HISTORY = "journal";

    /**
     * Puts back the journal's own safeguards where one is missing or is not as the app makes it (say, made again to
     * do nothing), and notes that in the journal, as for a table's safeguards: Check records then goes on saying
     * it, though the schema is the app's again. Compared as Check records compares the schema, runs of spaces as one.
     */
    private static Optional<MissingSafeguard> historyGuards(Connection connection) throws SQLException {
        if (!SchemaCheck.hasTable(connection, HISTORY)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        for (String operation : List.of("update", "delete")) {
            String name = "journal_no_" + operation;
            String made = HISTORY_GUARDS.get(operation);
            Optional<String> there = triggerSql(connection, name);
            if (there.isPresent() && oneSpaced(there.get()).equals(oneSpaced(made))) {
                continue;
            }
            (there.isEmpty() ? missing : altered).add(operation);
            try (Statement s = connection.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS " + TableShape.quote(name));
                s.execute(made);
            }
        }
        if (missing.isEmpty() && altered.isEmpty()) {
            return Optional.empty();
        }
        String content = "json_object(" + (missing.isEmpty() ? "" : "'missing', " + operationsJson(missing))
                + (missing.isEmpty() || altered.isEmpty() ? "" : ", ")
                + (altered.isEmpty() ? "" : "'changed', " + operationsJson(altered)) + ")";
        String at;
        try (Statement s = connection.createStatement()) {
            s.execute(appendSql(TableShape.literal(HISTORY), "0", "'watch'", content, ""));
            try (ResultSet row = s.executeQuery("SELECT at FROM journal ORDER BY id DESC LIMIT 1")) {
                at = row.next() ? row.getString(1) : "";
            }
        }
        LOG.warning("The record journal's own safeguards were missing " + missing + " or changed " + altered
                + "; made again");
        return Optional.of(new MissingSafeguard(HISTORY, at, 0, !missing.isEmpty(), !altered.isEmpty()));
    }

    private static Optional<String> triggerSql(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            s.setString(1, name);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static String oneSpaced(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    /** The journal entries that say a table's safeguards were found missing, oldest first. */
    static List<MissingSafeguard> findings(Connection connection) throws SQLException {
        List<MissingSafeguard> findings = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT table_name, at, json_extract(content, '$.differing'), "
                     + "json_extract(content, '$.missing') IS NOT NULL, json_extract(content, '$.changed') IS NOT NULL "
                     + "FROM journal WHERE row_id = 0 AND operation = 'watch' AND json_type(content) = 'object' "
                     + "AND (json_extract(content, '$.missing') IS NOT NULL "
                     + "OR json_extract(content, '$.changed') IS NOT NULL) ORDER BY id")) {
            while (rows.next()) {
                findings.add(new MissingSafeguard(rows.getString(1), rows.getString(2), rows.getLong(3),
                        rows.getBoolean(4), rows.getBoolean(5)));
            }
        }
        return findings;
    }


    /** True when the journal notes safeguards found missing or changed after entry {@code entries}. */
    static boolean foundMissingAfter(Connection connection, long entries) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM journal WHERE id > ? AND row_id = 0 "
                + "AND operation = 'watch' AND (CASE WHEN json_valid(content) THEN (CASE WHEN json_type(content) = 'object' "
                + "THEN json_extract(content, '$.missing') IS NOT NULL OR json_extract(content, '$.changed') IS NOT NULL "
                + "END) END) LIMIT 1")) {
            s.setLong(1, entries);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Map<String, String> existingTriggers(Connection connection) throws SQLException {
        Map<String, String> triggers = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?")) {
            s.setString(1, PREFIX + "%");
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    triggers.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return triggers;
    }

    private static boolean isWatched(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT 1 FROM journal WHERE table_name = ? AND row_id = 0 AND operation = 'watch' LIMIT 1")) {
            s.setString(1, table);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    static String triggerSql(TableShape table, String name, String operation) {
        String row = operation.equals("delete") ? "OLD" : "NEW";
        return "CREATE TRIGGER " + TableShape.quote(name) + " AFTER " + operation.toUpperCase(java.util.Locale.ROOT)
                + " ON " + table.quotedName() + " BEGIN " + appendSql(TableShape.literal(table.name()), row + ".rowid",
                TableShape.literal(operation), table.contentSql(row), "") + "; END";
    }

    /**
     * One journal entry; its hash covers the hash before it, the place of the row, the time and the content.
     * Both LIMITs stop SQLite flattening the inner query into the outer one, which would work out the time
     * (and the content) twice: the hash would then cover a different moment from the one stored.
     */
    private static String appendSql(String table, String rowId, String operation, String content, String from) {
        return "INSERT INTO journal (table_name, row_id, operation, content, at, prev_hash, hash) "
                + "SELECT " + table + ", e.row_id, " + operation + ", e.content, e.at, e.prev, "
                + "cml_sha256(e.prev, " + table + ", e.row_id, " + operation + ", e.at, e.content) FROM ("
                + "SELECT " + rowId + " AS row_id, " + content + " AS content, cml_now() AS at, "
                + "coalesce((SELECT hash FROM journal ORDER BY id DESC LIMIT 1), '" + uk.cml.store.ChainHash.START
                + "') AS prev" + from + " LIMIT 1) e LIMIT 1";
    }

    /**
     * A watch entry whose content says which safeguards were missing: the journal only takes the operations its
     * schema allows, and a watch entry is what remaking the triggers writes anyway.
     */
    private static String appendFinding(Connection connection, TableShape table, List<String> missing,
                                        List<String> altered, long differing) throws SQLException {
        // Each list only when it has operations: an older version reads "missing" alone, and must not be told a
        // changed safeguard was missing.
        String content = "json_object(" + (missing.isEmpty() ? "" : "'missing', " + operationsJson(missing) + ", ")
                + (altered.isEmpty() ? "" : "'changed', " + operationsJson(altered) + ", ")
                + "'differing', " + differing + ", 'columns', " + columnsJson(table) + ")";
        try (Statement s = connection.createStatement()) {
            s.execute(appendSql(TableShape.literal(table.name()), "0", "'watch'", content, ""));
            try (ResultSet row = s.executeQuery("SELECT at FROM journal ORDER BY id DESC LIMIT 1")) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    /**
     * A note in the journal about the anchor kept beside the records (see {@link RecordsAnchor}): a watch entry of
     * the journal itself, row 0, as the journal's own findings are, so it is sealed into the chain like any entry.
     *
     * @param kind    {@link RecordsAnchor#STARTED} or {@link RecordsAnchor#STARTED_AGAIN}
     * @param entries the journal's length before this entry
     */
    static void appendAnchorEntry(Connection connection, String kind, long entries) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(appendSql(TableShape.literal(HISTORY), "0", "'watch'", "json_object('anchor', "
                    + TableShape.literal(kind) + ", 'entries', " + entries + ")", ""));
        }
    }

    private static String operationsJson(List<String> operations) {
        return "json_array(" + String.join(", ", operations.stream().map(TableShape::literal).toList()) + ")";
    }

    /**
     * True when a trigger's text is one the app made for the table as it was last watched: this version's text,
     * or the text versions before 22 Nov 2026 made (without the two LIMITs). A column added since by an upgrade
     * changes the app's text without anyone touching the trigger, so the columns are those the journal noted when
     * the triggers were last made.
     */
    static boolean madeByTheApp(String sql, TableShape watched, String name, String operation) {
        String made = triggerSql(watched, name, operation);
        return sql.equals(made) || sql.equals(made.replace(" LIMIT 1) e LIMIT 1", ") e"));
    }

    /** The columns the journal noted when the table's triggers were last made (a watch entry's content). */
    private static List<String> watchedColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT c.value FROM json_each((SELECT CASE "
                + "json_type(content) WHEN 'array' THEN content WHEN 'object' THEN json_extract(content, '$.columns') "
                + "END FROM journal WHERE table_name = ? AND row_id = 0 AND operation = 'watch' "
                + "AND json_valid(content) ORDER BY id DESC LIMIT 1)) c ORDER BY c.id")) {
            s.setString(1, table);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static String columnsJson(TableShape table) {
        return "json_array(" + String.join(", ", table.columns().stream().map(TableShape::literal).toList()) + ")";
    }

    private static void appendWatch(Connection connection, TableShape table) throws SQLException {
        String columns = columnsJson(table);
        try (Statement s = connection.createStatement()) {
            s.execute(appendSql(TableShape.literal(table.name()), "0", "'watch'", columns, ""));
        }
    }

    private static int recordExisting(Connection connection, TableShape table) throws SQLException {
        List<Long> rowIds = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT rowid FROM " + table.quotedName() + " ORDER BY rowid")) {
            while (rows.next()) {
                rowIds.add(rows.getLong(1));
            }
        }
        // One statement per row: each entry must see the hash of the one just written before it.
        try (PreparedStatement insert = connection.prepareStatement(appendSql(TableShape.literal(table.name()),
                "t.rowid", "'existing'", table.contentSql("t"), " FROM " + table.quotedName() + " t WHERE t.rowid = ?"))) {
            for (long rowId : rowIds) {
                insert.setLong(1, rowId);
                insert.executeUpdate();
            }
        }
        return rowIds.size();
    }
}
