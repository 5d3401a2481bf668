package uk.cml.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import uk.cml.domain.Words;
import uk.cml.store.RecordNames;

/** Compares each live row of a table with its newest journal entry, naming rows changed behind the app's back. */
final class LiveRows {

    /** Each field's line sits under its record's sentence, set in a little. */
    private static final String FIELD_BREAK = "\n" + " ".repeat(4);

    private LiveRows() {
    }

    /** Adds a sentence per row that differs. Returns how many live rows were compared. */
    static long compare(Connection c, TableShape table, List<String> problems) throws SQLException {
        String live = table.contentSql("x");
        String latest = "SELECT row_id, content, operation FROM journal WHERE id IN (SELECT max(id) FROM journal "
                + "WHERE table_name = ?1 AND row_id <> 0 GROUP BY row_id)";
        // Only the columns the entry holds are compared: a column added by a later version of the app is
        // covered from the row's next change, rather than every old row being reported as changed.
        String sql = "WITH latest AS (" + latest + ") "
                + "SELECT l.row_id, l.content, 'changed', " + live + " FROM latest l "
                + "JOIN " + table.quotedName() + " x ON x.rowid = l.row_id WHERE l.operation <> 'delete' "
                + "AND l.content IS NOT " + live + " AND EXISTS (SELECT 1 FROM json_each(l.content) f "
                + "WHERE f.value IS NOT json_extract(" + live + ", '$.\"' || f.key || '\"')) "
                + "UNION ALL SELECT l.row_id, l.content, 'removed', NULL FROM latest l "
                + "WHERE l.operation <> 'delete' AND NOT EXISTS (SELECT 1 FROM " + table.quotedName()
                + " x WHERE x.rowid = l.row_id) "
                + "UNION ALL SELECT x.rowid, " + live + ", 'added', NULL FROM " + table.quotedName() + " x LEFT JOIN latest l ON l.row_id = x.rowid "
                + "WHERE l.row_id IS NULL OR l.operation = 'delete' ORDER BY 1";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table.name());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    // Named by what the app saved (what the parent typed in), or for a row added, by what it says.
                    String what = RecordNames.describe(c, table.name(), rows.getLong(1), rows.getString(2));
                    problems.add(switch (rows.getString(3)) {
                        case "changed" -> changed(c, table, what, rows.getString(2), rows.getString(4));
                        case "removed" -> Words.text("safety.rows.deleted", what);
                        default -> Words.text("safety.rows.added", what);
                    });
                }
            }
        }
        return count(c, table);
    }

    /**
     * The record, then each field that differs, as the history says it was and as it reads now, one to a line
     * under the sentence (the list of findings keeps one finding per record).
     */
    private static String changed(Connection c, TableShape table, String what, String was, String now)
            throws SQLException {
        List<String> fields = FieldChanges.between(c, table.name(), was, now);
        if (fields.isEmpty()) {
            return Words.text("safety.rows.changed", what);
        }
        return Words.text("safety.rows.changedFields", what) + FIELD_BREAK + String.join(FIELD_BREAK, fields);
    }

    private static long count(Connection c, TableShape table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table.quotedName());
             ResultSet row = s.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
