package uk.cml.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The journal's length and newest hash, kept in a small file beside the records (and in every backup's
 * manifest). The database cannot vouch for itself: a journal cut short, or an older copy of the whole file
 * put back, still checks out on its own. Compared with this anchor it no longer does. The anchor only ever
 * moves forward along the same journal, so a file that went backwards stays named until a backup is restored.
 */
public record RecordsAnchor(long entries, String hash) {

    public static final String FILE_NAME = "records-anchor.txt";
    private static final Logger LOG = Logger.getLogger(RecordsAnchor.class.getName());
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String FIRST_LINE = "Child Maintenance Log record anchor";

    static RecordsAnchor of(Fingerprint fingerprint) {
        return new RecordsAnchor(fingerprint.entries(), fingerprint.hash());
    }

    /** The anchor beside the records, or empty if there is none (or it cannot be read: said in the log). */
    public static Optional<RecordsAnchor> read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warning("Could not read the record anchor: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<RecordsAnchor> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 3 || !lines[0].equals(FIRST_LINE) || !lines[1].startsWith("entries: ")
                || !lines[2].startsWith("hash: ")) {
            return Optional.empty();
        }
        try {
            String hash = lines[2].substring(6).strip();
            long entries = Long.parseLong(lines[1].substring(9).strip());
            return HASH.matcher(hash).matches() && entries >= 0 ? Optional.of(new RecordsAnchor(entries, hash))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String format() {
        return FIRST_LINE + "\nentries: " + entries + "\nhash: " + hash + "\n";
    }

    /** Writes the anchor whole or not at all: a new file, flushed, then renamed over the old one. */
    void write(Path dataFolder) throws IOException {
        SafeFiles.writeAtomically(dataFolder.resolve(FILE_NAME), format().getBytes(StandardCharsets.UTF_8));
    }

    /** True when the journal on {@code c} still holds this anchor's entry: it has only grown since. */
    boolean heldBy(Connection c) throws SQLException {
        if (entries == 0) {
            return true;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT hash FROM journal WHERE id = ?")) {
            s.setLong(1, entries);
            try (ResultSet row = s.executeQuery()) {
                return row.next() && hash.equals(row.getString(1));
            }
        }
    }

    /** What {@link #advance} found. */
    enum Kept {
        /** The anchor is at the journal's end (moved on, or made for records that never had one). */
        MOVED,
        /** The journal no longer holds the anchor: it went backwards or was replaced. Nothing written. */
        NOT_HELD,
        /** There is no anchor, though these records had one: nothing written, the app cannot vouch for them. */
        LOST,
        /**
         * The first anchor of these records was written and the journal now notes it (an entry the anchor is not at
         * yet): advance again once that is saved, never before, or an anchor could run ahead of the saved journal.
         */
        NOTED
    }

    /** The journal entry's word for the first anchor of these records. */
    static final String STARTED = "started";
    /** The journal entry's word for an anchor the parent started again, after it was lost or left behind. */
    static final String STARTED_AGAIN = "startedAgain";

    /**
     * Moves the anchor on to the journal's newest entry, if the journal still holds the old one. With no anchor
     * at all, one is made only for records that never had one (made before anchors existed, or just set up): the
     * first anchor is noted in the journal itself, so once these records have had one, a missing anchor file is
     * never silently replaced by an anchor of whatever records are there now (an older copy put back, say).
     */
    static Kept advance(Path dataFolder, Connection c) throws SQLException, IOException {
        Optional<RecordsAnchor> old = read(dataFolder);
        if (old.isPresent() && !old.get().heldBy(c)) {
            LOG.warning("The record journal no longer holds its anchor; the anchor is left as it was");
            return Kept.NOT_HELD;
        }
        if (old.isEmpty() && anchoredBefore(c)) {
            LOG.warning("The record anchor is missing, though these records had one; no new one is made");
            return Kept.LOST;
        }
        RecordsAnchor now = of(RecordsJournal.newest(c));
        if (old.isEmpty() || !old.get().equals(now)) {
            // Written before the journal notes it: cut off between the two, the next open finds an anchor held by
            // the journal and notes it then, never a note without its anchor.
            now.write(dataFolder);
        }
        if (now.entries() > 0 && !anchoredBefore(c)) {
            JournalTriggers.appendAnchorEntry(c, STARTED, now.entries());
            return Kept.NOTED;
        }
        return Kept.MOVED;
    }

    /** A journal entry's word about the anchor; null for any other entry (and never an error, whatever it holds). */
    private static final String ANCHOR_WORD = "(CASE WHEN json_valid(content) THEN (CASE WHEN json_type(content) = "
            + "'object' THEN json_extract(content, '$.anchor') END) END)";

    /** True when the journal notes that these records have had an anchor. */
    static boolean anchoredBefore(Connection c) throws SQLException {
        if (!SchemaCheck.hasTable(c, "journal")) {
            return false;
        }
        try (Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT 1 FROM journal WHERE table_name = '" + JournalTriggers.HISTORY
                     + "' AND row_id = 0 AND operation = 'watch' AND " + ANCHOR_WORD + " IS NOT NULL LIMIT 1")) {
            return row.next();
        }
    }

    /** A time the parent started the anchor again, and the journal's length then. */
    record StartedAgain(String at, long entries) {
    }

    /** Each time the parent started the anchor again from the records as they were, oldest first. */
    static java.util.List<StartedAgain> startedAgain(Connection c) throws SQLException {
        java.util.List<StartedAgain> found = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT at, json_extract(content, '$.entries') FROM journal "
                     + "WHERE table_name = '" + JournalTriggers.HISTORY + "' AND row_id = 0 AND operation = 'watch' "
                     + "AND " + ANCHOR_WORD + " = '" + STARTED_AGAIN + "' ORDER BY id")) {
            while (rows.next()) {
                found.add(new StartedAgain(rows.getString(1), rows.getLong(2)));
            }
        }
        return found;
    }

    /**
     * The anchor beside the records cannot vouch for them and only the parent can say to start again: it is
     * missing though these records had one, or the journal no longer holds it.
     */
    static boolean toStartAgain(Path dataFolder, Connection c) throws SQLException {
        Optional<RecordsAnchor> anchor = read(dataFolder);
        return anchor.isPresent() ? !anchor.get().heldBy(c) : anchoredBefore(c);
    }

    /**
     * The parent's word that these are their newest records: the journal notes it (so every later check says so),
     * then the anchor is made afresh at the journal's end. Cut off between the two, the anchor is still missing
     * and the parent is asked again; never an anchor without its note.
     */
    static boolean startAgain(Path dataFolder, Connection c) throws SQLException {
        if (!toStartAgain(dataFolder, c)) {
            return false;
        }
        JournalTriggers.appendAnchorEntry(c, STARTED_AGAIN, RecordsJournal.newest(c).entries());
        return true;
    }

    /** After {@link #startAgain}, once saved: the anchor made afresh at the journal's end, whatever was there. */
    static void writeAtEnd(Path dataFolder, Connection c) throws SQLException, IOException {
        of(RecordsJournal.newest(c)).write(dataFolder);
    }
}
