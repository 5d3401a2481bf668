package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uk.cml.store.Database;

/**
 * Compares a file's schema (tables, indexes, triggers, views) with exactly what this app's migrations and
 * journal make at that schema version, built fresh in memory. A trigger dropped (the journal's safeguards,
 * or one that writes the journal) or one added (say, one that quietly rewrites every payment saved) is named.
 */
final class SchemaCheck {

    private static final Map<Integer, Map<String, String>> REFERENCES = new ConcurrentHashMap<>();
    private static final Map<String, String> KINDS = Map.of("table", "table", "index", "index",
            "trigger", "database trigger", "view", "view");

    private SchemaCheck() {
    }

    /** The names of the tables the app makes at that version: only these hold records. */
    static Set<String> appTables(int version) {
        Set<String> tables = new java.util.TreeSet<>();
        reference(version).keySet().stream().filter(k -> k.startsWith("table ")).forEach(k -> tables.add(k.substring(6)));
        return tables;
    }

    /** Adds a sentence for each object missing, added or changed. */
    static void compare(Connection c, int version, List<String> problems) throws SQLException {
        Map<String, String> expected = reference(version);
        Map<String, String> live = objects(c);
        int before = problems.size();
        for (Map.Entry<String, String> object : expected.entrySet()) {
            String sql = live.get(object.getKey());
            if (sql == null) {
                problems.add(describe(object.getKey()) + " that the app makes is missing: it was removed outside the app.");
            } else if (!sql.equals(object.getValue())) {
                problems.add(describe(object.getKey()) + " was changed outside the app.");
            }
        }
        for (String key : live.keySet()) {
            if (!expected.containsKey(key)) {
                problems.add(describe(key) + " was added outside the app. The app never makes it.");
            }
        }
        // Tables first, then triggers, views and indexes: the first lines shown say the most.
        List<String> found = new java.util.ArrayList<>(problems.subList(before, problems.size()));
        found.sort(java.util.Comparator.comparingInt(SchemaCheck::rank));
        problems.subList(before, problems.size()).clear();
        problems.addAll(found);
    }

    private static int rank(String problem) {
        return problem.startsWith("The table") ? 0 : problem.startsWith("The database trigger") ? 1
                : problem.startsWith("The view") ? 2 : 3;
    }

    private static String describe(String key) {
        int space = key.indexOf(' ');
        return "The " + KINDS.getOrDefault(key.substring(0, space), key.substring(0, space)) + " "
                + key.substring(space + 1);
    }

    private static Map<String, String> reference(int version) {
        return REFERENCES.computeIfAbsent(version, v -> {
            try (Database reference = Database.reference(v, Clock.systemUTC(), c -> {
                if (hasTable(c, "journal")) {
                    JournalTriggers.install(c);
                }
                return null;
            })) {
                return reference.read(SchemaCheck::objects);
            }
        });
    }

    static boolean hasTable(Connection c, String name) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, name);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        }
    }

    /** "type name" to its SQL with runs of spaces made one, leaving out what SQLite makes for itself. */
    private static Map<String, String> objects(Connection c) throws SQLException {
        Map<String, String> objects = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT type, name, sql FROM sqlite_master")) {
            while (rows.next()) {
                String name = rows.getString(2);
                if (name.startsWith("sqlite_")) {
                    continue;
                }
                objects.put(rows.getString(1) + " " + name, String.valueOf(rows.getString(3)).replaceAll("\\s+", " "));
            }
        }
        return objects;
    }
}
