package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the stored files the records point at, by column name: {@code sha256} or {@code ..._sha256} holds
 * the file's hash, and a name column in the same table (original_name, file_name...) gives the parent's name.
 */
final class DocumentReferences {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final List<String> NAME_COLUMNS = List.of("original_name", "file_name", "filename", "name", "title");

    private DocumentReferences() {
    }

    /** Hash to the parent's name for the file (the first name found), in table order. */
    static Map<String, String> find(Connection c) throws SQLException {
        Map<String, String> files = new LinkedHashMap<>();
        for (TableShape table : TableShape.userTables(c)) {
            String nameColumn = NAME_COLUMNS.stream().filter(table::hasColumn).findFirst().orElse(null);
            for (String column : table.columns()) {
                if (!column.equals("sha256") && !column.endsWith("_sha256")) {
                    continue;
                }
                String sql = "SELECT " + TableShape.quote(column) + ", "
                        + (nameColumn == null ? "NULL" : TableShape.quote(nameColumn)) + " FROM " + table.quotedName()
                        + " WHERE " + TableShape.quote(column) + " IS NOT NULL";
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                    while (rows.next()) {
                        String hash = rows.getString(1);
                        if (hash != null && HASH.matcher(hash).matches()) {
                            files.putIfAbsent(hash, nameColumn == null ? null : rows.getString(2));
                        }
                    }
                }
            }
        }
        return files;
    }
}
