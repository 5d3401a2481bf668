package uk.cml.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Moves the anchor on to the journal's newest entry, if the journal still holds the old anchor (or there
     * was none). Returns false, writing nothing, when the journal went backwards or was replaced.
     */
    static boolean advance(Path dataFolder, Connection c) throws SQLException, IOException {
        Optional<RecordsAnchor> old = read(dataFolder);
        if (old.isPresent() && !old.get().heldBy(c)) {
            LOG.warning("The record journal no longer holds its anchor; the anchor is left as it was");
            return false;
        }
        RecordsAnchor now = of(RecordsJournal.newest(c));
        if (old.isEmpty() || !old.get().equals(now)) {
            now.write(dataFolder);
        }
        return true;
    }
}
