package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
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
                    problems.add(Words.text("safety.journal.entryMissing", id));
                }
                String worked = ChainHash.of(prev, table, e.getString(3), e.getString(4), e.getString(5),
                        e.getString(6));
                if (!worked.equals(hash)) {
                    String what = e.getLong(3) == 0 ? Words.text("safety.journal.columnsOf", RecordNames.noun(table))
                            : Words.text("safety.journal.historyOf", RecordsCheck.lowerFirst(RecordNames.describe(table,
                            e.getLong(3), e.getString(9))));
                    problems.add(Words.text("safety.journal.changed", what, id));
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
                problems.add(Words.text("safety.journal.anchorMissing", RecordsAnchor.FILE_NAME));
            }
        } else if (newest.entries() < anchor.get().entries()) {
            problems.add(Words.text("safety.journal.shorter", newest.entries(), anchor.get().entries()));
        } else if (!anchor.get().heldBy(c)) {
            problems.add(Words.text("safety.journal.replaced", anchor.get().entries()));
        }
        if (newest.entries() == 0 && records > 0) {
            problems.add(Words.text("safety.journal.emptied", records));
        }
    }
}
