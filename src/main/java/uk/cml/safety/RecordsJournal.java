package uk.cml.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import uk.cml.store.ChainHash;
import uk.cml.store.Database;
import uk.cml.store.RecordNames;

/** The journal's current state: its fingerprint, and whether a fingerprint printed earlier is in it. */
public final class RecordsJournal {

    /**
     * Leaves out a record saved again with nothing changed but when (the Case page saves every part of a case, and
     * a date typed wrong then put right is no change): a restore takes nothing of it away.
     */
    private static final String CHANGED_SOMETHING = " AND NOT (operation = 'update' AND json_remove(content, "
            + "'$.recorded_at') IS (SELECT json_remove(p.content, '$.recorded_at') FROM journal p "
            + "WHERE p.table_name = journal.table_name AND p.row_id = journal.row_id AND p.id < journal.id "
            + "ORDER BY p.id DESC LIMIT 1))";

    private final Database database;

    public RecordsJournal(Database database) {
        this.database = database;
    }

    /** Where a printed fingerprint was found: the entry, when it was written, and how long the journal is now. */
    public record Found(long entry, String at, long entries) {
    }

    /** The fingerprint now. Cheap (one indexed read): call it for every letter. */
    public Fingerprint current() {
        return database.read(RecordsJournal::newest);
    }

    static Fingerprint newest(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT hash, id FROM journal ORDER BY id DESC LIMIT 1")) {
            return row.next() ? new Fingerprint(row.getString(1), row.getLong(2))
                    : new Fingerprint(ChainHash.START, 0);
        }
    }

    /** The day the records last changed (the newest journal entry's), or empty while nothing is recorded. */
    public Optional<java.time.LocalDate> lastChangeDay() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT at FROM journal ORDER BY id DESC LIMIT 1")) {
                if (!row.next() || row.getString(1) == null || row.getString(1).length() < 10) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(java.time.LocalDate.parse(row.getString(1).substring(0, 10)));
                } catch (java.time.format.DateTimeParseException unreadable) {
                    return Optional.empty();
                }
            }
        });
    }

    /**
     * True when a fingerprint printed earlier (at least 16 hex digits, spaces allowed) is an entry of the
     * journal. If the records before that day had been rewritten, it would no longer be found.
     */
    public boolean contains(String printedFingerprint) {
        return database.read(c -> find(c, printedFingerprint)).isPresent();
    }

    /**
     * How many changes (records added, corrected or deleted; a correction's copy of the record as it was is part of
     * the correction) were saved after the journal stood at {@code then},
     * such as a backup's fingerprint; empty when these records' history does not pass through it (a backup of
     * other records, or of records rewritten since), so no count can honestly be given.
     */
    public java.util.OptionalLong changesSince(Fingerprint then) {
        return database.read(c -> {
            if (then.entries() > 0) {
                try (PreparedStatement s = c.prepareStatement("SELECT hash FROM journal WHERE id = ?")) {
                    s.setLong(1, then.entries());
                    try (ResultSet row = s.executeQuery()) {
                        if (!row.next() || !then.hash().equals(row.getString(1))) {
                            return java.util.OptionalLong.empty();
                        }
                    }
                }
            }
            // A correction keeps the record as it was in the amendment table: one change, not two.
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM journal WHERE id > ? "
                    + "AND operation IN ('insert', 'update', 'delete') AND table_name <> 'amendment'"
                    + CHANGED_SOMETHING)) {
                s.setLong(1, then.entries());
                try (ResultSet row = s.executeQuery()) {
                    return java.util.OptionalLong.of(row.next() ? row.getLong(1) : 0);
                }
            }
        });
    }

    /**
     * The records changed after the journal stood at {@code then}, a line each in the order first changed ("The
     * payment of £50.00 received on Tue 1 Dec 2026: added"), at most {@code most}; empty when there were none. Ask
     * {@link #changesSince} first: only where it gives a count does this list mean anything.
     */
    public java.util.List<String> recordsChangedSince(Fingerprint then, int most) {
        return database.read(c -> {
            java.util.Map<String, String[]> byRecord = new java.util.LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT table_name, row_id, operation, content FROM journal "
                    + "WHERE id > ? AND operation IN ('insert', 'update', 'delete') AND table_name <> 'amendment'"
                    + CHANGED_SOMETHING + " ORDER BY id")) {
                s.setLong(1, then.entries());
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        String key = row.getString(1) + "#" + row.getLong(2);
                        String[] seen = byRecord.get(key);
                        // What was done first says it (added, then corrected: "added"); the newest content names it.
                        byRecord.put(key, new String[] {row.getString(1), Long.toString(row.getLong(2)),
                                seen == null ? row.getString(3) : seen[2], row.getString(4)});
                    }
                }
            }
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (String[] record : byRecord.values()) {
                if (lines.size() == most) {
                    break;
                }
                String name = RecordNames.describe(c, record[0], Long.parseLong(record[1]), record[3]);
                lines.add(uk.cml.domain.Words.text(switch (record[2]) {
                    case "insert" -> "safety.since.insert";
                    case "delete" -> "safety.since.delete";
                    default -> "safety.since.update";
                }, name));
            }
            return java.util.List.copyOf(lines);
        });
    }

    /** True when the text can be a printed fingerprint: 16 to 64 hex digits, spaces and dashes allowed. */
    public static boolean looksLikeFingerprint(String printed) {
        return Fingerprint.normalise(printed).matches("[0-9a-f]{16,64}");
    }

    /** A fingerprint in the history close to one typed: as printed, where it is, and how many characters differ. */
    public record Near(String printed, Found found, int differences) {
    }

    /** How many characters may differ for a fingerprint in the history to be offered as the one meant. */
    static final int NEAR = 2;

    /**
     * The fingerprints in the history (each entry's, as printed: its first 16 digits) that {@code typed} is at most
     * two characters away from (a character changed, left out or added), closest and then oldest first, at most
     * three: a fingerprint typed with a slip is then told apart from one not in the history at all.
     */
    public java.util.List<Near> near(String typed) {
        String digits = Fingerprint.normalise(typed);
        if (digits.isEmpty() || digits.length() > 16 + NEAR) {
            return java.util.List.of();
        }
        return database.read(c -> {
            long entries = newest(c).entries();
            java.util.List<Near> near = new java.util.ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT id, at, hash FROM journal ORDER BY id")) {
                while (row.next()) {
                    String hash = row.getString(3);
                    int apart = apart(digits, hash.substring(0, Math.min(16, hash.length())));
                    if (apart <= NEAR) {
                        near.add(new Near(new Fingerprint(hash, row.getLong(1)).shortForm(),
                                new Found(row.getLong(1), row.getString(2), entries), apart));
                    }
                }
            }
            near.sort(java.util.Comparator.comparingInt(Near::differences));
            return java.util.List.copyOf(near.subList(0, Math.min(3, near.size())));
        });
    }

    /** How many characters changed, left out or added turn {@code a} into {@code b}; more than {@link #NEAR}: NEAR + 1. */
    static int apart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > NEAR) {
            return NEAR + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] now = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            before[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            now[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = before[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                now[j] = Math.min(change, Math.min(before[j], now[j - 1]) + 1);
            }
            int[] swap = before;
            before = now;
            now = swap;
        }
        return Math.min(before[b.length()], NEAR + 1);
    }

    static Optional<Found> find(Connection c, String printedFingerprint) throws SQLException {
        String digits = Fingerprint.normalise(printedFingerprint);
        if (!digits.matches("[0-9a-f]{16,64}")) {
            return Optional.empty();
        }
        long entries = newest(c).entries();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, at FROM journal WHERE substr(hash, 1, ?) = ? ORDER BY id LIMIT 1")) {
            s.setInt(1, digits.length());
            s.setString(2, digits);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new Found(row.getLong(1), row.getString(2), entries)) : Optional.empty();
            }
        }
    }
}
