package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.RecordNames;

/**
 * Compares a file's schema (tables, indexes, triggers, views) with exactly what this app's migrations and
 * journal make at that schema version, built fresh in memory. A trigger dropped (the journal's safeguards,
 * or one that writes the journal) or one added (say, one that quietly rewrites every payment saved) is named.
 */
final class SchemaCheck {

    private static final Map<Integer, Map<String, String>> REFERENCES = new ConcurrentHashMap<>();
    /** SQLite's kinds of object, the key of their words and their place in the list (tables first). */
    private static final Map<String, String> KINDS = Map.of("table", "safety.schema.table", "index",
            "safety.schema.index", "trigger", "safety.schema.trigger", "view", "safety.schema.view");
    private static final List<String> ORDER = List.of("table", "trigger", "view");

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
        List<Map.Entry<String, String>> found = new java.util.ArrayList<>();
        for (Map.Entry<String, String> object : expected.entrySet()) {
            String sql = live.get(object.getKey());
            if (sql == null) {
                Optional<String> safeguard = safeguard(object.getKey());
                found.add(Map.entry(object.getKey(), safeguard.isPresent()
                        ? Words.text("safety.schema.safeguardMissing", safeguard.get())
                        : Words.text("safety.schema.missing", describe(object.getKey()))));
            } else if (!sql.equals(object.getValue())) {
                Optional<String> safeguard = safeguard(object.getKey());
                found.add(Map.entry(object.getKey(), safeguard.isPresent()
                        ? Words.text("safety.schema.safeguardChanged", safeguard.get())
                        : Words.text("safety.schema.changed", describe(object.getKey()))));
            }
        }
        for (String key : live.keySet()) {
            if (!expected.containsKey(key)) {
                found.add(Map.entry(key, Words.text("safety.schema.added", describe(key))));
            }
        }
        // Tables first, then triggers, views and indexes: the first lines shown say the most.
        found.sort(java.util.Comparator.comparingInt(f -> rank(f.getKey())));
        found.forEach(f -> problems.add(f.getValue()));
    }

    private static int rank(String key) {
        int at = ORDER.indexOf(key.substring(0, key.indexOf(' ')));
        return at < 0 ? ORDER.size() : at;
    }

    /**
     * A trigger the app makes to protect the records, named by what it protects rather than by its SQL name
     * ("the app's protection of your payment records (the part that notes each change)").
     */
    private static Optional<String> safeguard(String key) {
        int space = key.indexOf(' ');
        String name = key.substring(space + 1);
        if (!key.substring(0, space).equals("trigger")) {
            return Optional.empty();
        }
        if (HISTORY_GUARDS.containsKey(name)) {
            return Optional.of(Words.text(HISTORY_GUARDS.get(name)));
        }
        int last = name.lastIndexOf('_');
        if (!name.startsWith(JournalTriggers.PREFIX) || last <= JournalTriggers.PREFIX.length()
                || !SAFEGUARDS.containsKey(name.substring(last + 1))) {
            return Optional.empty();
        }
        return Optional.of(Words.text(SAFEGUARDS.get(name.substring(last + 1)),
                RecordNames.kind(name.substring(JournalTriggers.PREFIX.length(), last))));
    }

    /** The journal's own triggers, which stop its entries being changed or deleted, and the key of their words. */
    private static final Map<String, String> HISTORY_GUARDS = Map.of(
            "journal_no_update", "safety.schema.historyGuard.update",
            "journal_no_delete", "safety.schema.historyGuard.delete");
    /** The operation a journal trigger watches, and the key of its words. */
    private static final Map<String, String> SAFEGUARDS = Map.of(
            "insert", "safety.schema.safeguard.insert",
            "update", "safety.schema.safeguard.update",
            "delete", "safety.schema.safeguard.delete");

    private static String describe(String key) {
        int space = key.indexOf(' ');
        String kind = key.substring(0, space);
        return Words.text("safety.schema.object", KINDS.containsKey(kind) ? Words.text(KINDS.get(kind)) : kind,
                key.substring(space + 1));
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
