package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A table of the parent's records and its columns, read from SQLite itself so that tables added by other
 * parts of the app (payments, calls, letters...) are covered without this package knowing them.
 */
record TableShape(String name, List<String> columns) {

    private static final Logger LOG = Logger.getLogger(TableShape.class.getName());

    /** App bookkeeping, not records: preferences change all the time, the journal cannot watch itself, and the schema history belongs to upgrades. */
    private static final Set<String> INTERNAL = Set.of("setting", "journal", "schema_history");

    /** json_object takes at most 127 arguments, so wide rows are built from pieces and joined. */
    private static final int COLUMNS_PER_PIECE = 50;

    static boolean isInternal(String table) {
        return INTERNAL.contains(table) || table.startsWith("sqlite_") || table.endsWith("_cache");
    }

    /** Every table of records, in name order. Tables without a rowid cannot be watched and are logged. */
    static List<TableShape> userTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String sql = String.valueOf(rows.getString(2)).toUpperCase(java.util.Locale.ROOT);
                if (isInternal(name)) {
                    continue;
                }
                if (sql.replaceAll("\\s+", " ").contains("WITHOUT ROWID")) {
                    LOG.warning("Table " + name + " has no rowid, so the record journal cannot watch it");
                    continue;
                }
                names.add(name);
            }
        }
        List<TableShape> shapes = new ArrayList<>();
        for (String name : names) {
            shapes.add(new TableShape(name, columnsOf(connection, name)));
        }
        return shapes;
    }

    static List<String> columnsOf(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /**
     * SQL for the row's content as JSON text, the row being {@code alias} (NEW, OLD or a table alias).
     * Blobs are recorded by their hash: JSON cannot hold bytes, and a hash proves them just as well.
     */
    String contentSql(String alias) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < columns.size(); start += COLUMNS_PER_PIECE) {
            List<String> part = columns.subList(start, Math.min(columns.size(), start + COLUMNS_PER_PIECE));
            List<String> pairs = new ArrayList<>();
            for (String column : part) {
                String value = alias + "." + quote(column);
                pairs.add(literal(column) + ", CASE WHEN typeof(" + value + ") = 'blob' THEN 'sha256:' || cml_sha256("
                        + value + ") ELSE " + value + " END");
            }
            pieces.add("json_object(" + String.join(", ", pairs) + ")");
        }
        String json = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            json = "json_patch(" + json + ", " + pieces.get(i) + ")";
        }
        return json;
    }

    String quotedName() {
        return quote(name);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
