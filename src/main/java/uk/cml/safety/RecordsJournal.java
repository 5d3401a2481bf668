package uk.cml.safety;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import uk.cml.store.ChainHash;
import uk.cml.store.Database;

/** The journal's current state: its fingerprint, and whether a fingerprint printed earlier is in it. */
public final class RecordsJournal {

    private final Database database;

    public RecordsJournal(Database database) {
        this.database = database;
    }

    /** The fingerprint now. Cheap (one indexed read): call it for every letter. */
    public Fingerprint current() {
        return database.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet row = s.executeQuery("SELECT hash, id FROM journal ORDER BY id DESC LIMIT 1")) {
                return row.next() ? new Fingerprint(row.getString(1), row.getLong(2))
                        : new Fingerprint(ChainHash.START, 0);
            }
        });
    }

    /**
     * True when a fingerprint printed earlier (at least 16 hex digits, spaces allowed) is an entry of the
     * journal. If the records before that day had been rewritten, it would no longer be found.
     */
    public boolean contains(String printedFingerprint) {
        String digits = Fingerprint.normalise(printedFingerprint);
        if (!digits.matches("[0-9a-f]{16,64}")) {
            return false;
        }
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM journal WHERE substr(hash, 1, ?) = ? LIMIT 1")) {
                s.setInt(1, digits.length());
                s.setString(2, digits);
                try (ResultSet row = s.executeQuery()) {
                    return row.next();
                }
            }
        });
    }
}
