package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import uk.cml.store.ChainHash;

/** The journal on its own (each entry sealed to the one before) and against its anchor outside the file. */
final class JournalCheck {

    private JournalCheck() {
    }

    /** Each entry must point at the one before and hash to what it says. Returns how many were read. */
    static long chain(Connection c, List<String> problems) throws SQLException {
        String expectedPrev = ChainHash.START;
        long count = 0;
        try (Statement s = c.createStatement();
             ResultSet e = s.executeQuery("SELECT id, table_name, row_id, operation, at, content, prev_hash, hash, "
                     + "json_extract(content, '$.recorded_at') FROM journal ORDER BY id")) {
            while (e.next()) {
                count++;
                long id = e.getLong(1);
                String table = e.getString(2);
                String prev = e.getString(7);
                String hash = e.getString(8);
                if (!expectedPrev.equals(prev) || id != count) {
                    problems.add("The record journal has an entry missing or added outside the app just before "
                            + "entry " + id + ".");
                }
                String worked = ChainHash.of(prev, table, e.getString(3), e.getString(4), e.getString(5),
                        e.getString(6));
                if (!worked.equals(hash)) {
                    String what = e.getLong(3) == 0 ? "The list of columns kept for " + RecordNames.noun(table)
                            + " records" : "The history of " + RecordsCheck.lowerFirst(RecordNames.describe(table,
                            e.getLong(3), e.getString(9)));
                    problems.add(what + " was changed outside the app (journal entry " + id + ").");
                }
                expectedPrev = hash;
            }
        }
        return count;
    }

    /** Compares the journal's end with the anchor kept beside the records (or in the backup's manifest). */
    static void anchor(Connection c, Optional<RecordsAnchor> anchor, long records, List<String> problems)
            throws SQLException {
        Fingerprint newest = RecordsJournal.newest(c);
        if (anchor.isEmpty()) {
            if (newest.entries() > 0) {
                problems.add("The record anchor file (" + RecordsAnchor.FILE_NAME + ") beside your records is "
                        + "missing, so the check cannot tell whether the journal's newest entries were cut off. If you "
                        + "have just updated the app, open it once, close it, and check again.");
            }
        } else if (newest.entries() < anchor.get().entries()) {
            problems.add("The record journal is shorter than it was: it ends at entry " + newest.entries()
                    + ", but it had " + anchor.get().entries() + " entries when the app last saved. Its newest "
                    + "entries were cut off, or an older copy of the records file was put back.");
        } else if (!anchor.get().heldBy(c)) {
            problems.add("The record journal no longer holds entry " + anchor.get().entries() + " as the app last "
                    + "saw it. The records file was replaced by a different or older copy, or the journal rewritten.");
        }
        if (newest.entries() == 0 && records > 0) {
            problems.add("The record journal is empty, but there are " + records + " records: the journal was "
                    + "emptied outside the app.");
        }
    }
}
