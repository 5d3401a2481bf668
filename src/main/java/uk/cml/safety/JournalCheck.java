package uk.cml.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.store.ChainHash;
import uk.cml.store.RecordNames;

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
                            : Words.text("safety.journal.historyOf", RecordsCheck.lowerFirst(RecordNames.describe(c, table,
                            e.getLong(3), e.getString(6))));
                    problems.add(Words.text("safety.journal.changed", what, id));
                }
                expectedPrev = hash;
            }
        }
        return count;
    }

    /**
     * Each time the app found a table's safeguards missing or changed when it opened (and made them again): kept in the
     * journal, so said at every check, whatever was done since. Records changed before then may have been changed
     * outside the app, and a change made then corrected in the app no longer shows as a difference.
     */
    static void safeguardsFoundMissing(Connection c, List<String> problems) throws SQLException {
        for (JournalTriggers.MissingSafeguard found : JournalTriggers.findings(c)) {
            problems.add(sentence(found));
        }
    }

    /** The plain sentence for a finding, also shown when the app opens. */
    static String sentence(JournalTriggers.MissingSafeguard found) {
        String when = when(found.at());
        if (found.table().equals(JournalTriggers.HISTORY)) {
            // The journal's own safeguards: what they protect is the history itself, not records compared with it.
            return Words.text(found.missing() && found.changed() ? "safety.journal.historyGuardMissingAndChanged"
                    : found.changed() ? "safety.journal.historyGuardChanged" : "safety.journal.historyGuardMissing", when);
        }
        String kind = RecordNames.kind(found.table());
        long differing = found.recordsDiffering();
        String key;
        if (found.missing() && found.changed()) {
            key = differing == 0 ? "safety.journal.safeguardMissingAndChangedNone" : differing == 1
                    ? "safety.journal.safeguardMissingAndChangedOne" : "safety.journal.safeguardMissingAndChangedMany";
        } else if (found.changed()) {
            key = differing == 0 ? "safety.journal.safeguardChangedNone"
                    : differing == 1 ? "safety.journal.safeguardChangedOne" : "safety.journal.safeguardChangedMany";
        } else {
            key = differing == 0 ? "safety.journal.safeguardMissingNone"
                    : differing == 1 ? "safety.journal.safeguardMissingOne" : "safety.journal.safeguardMissingMany";
        }
        return Words.text(key, kind, when, differing);
    }

    /**
     * Each time the parent started the anchor again from the records as they were: said at every check, since
     * whether entries were cut off before then can never be told. Not a mismatch: the parent chose it, and nothing
     * found differs; so it is told apart, never as "changed outside the app".
     */
    static List<AnchorRestart> anchorRestarts(Connection c) throws SQLException {
        List<AnchorRestart> restarts = new java.util.ArrayList<>();
        for (RecordsAnchor.StartedAgain again : RecordsAnchor.startedAgain(c)) {
            restarts.add(new AnchorRestart(when(again.at()), again.entries()));
        }
        return restarts;
    }

    /** "4 Dec 2026 at 14:05" for a journal entry's time, or the time as stored if it cannot be read. */
    private static String when(String at) {
        try {
            java.time.LocalDateTime time = java.time.LocalDateTime.parse(at);
            return Words.text("safety.journal.dayAndTime", uk.cml.domain.UkFormats.shortDate(time.toLocalDate()),
                    uk.cml.domain.UkFormats.TIME.format(time));
        } catch (RuntimeException notATime) {
            return at;
        }
    }

    /** Compares the journal's end with the anchor kept beside the records (or in the backup's manifest). */
    static void anchor(Connection c, Optional<RecordsAnchor> anchor, long records, List<String> problems)
            throws SQLException {
        anchor(c, anchor, records, problems, false);
    }

    /**
     * As {@link #anchor(Connection, Optional, long, List)}; for the records in the data folder ({@code ownRecords}),
     * a journal that no longer holds its anchor is also told what to do: restore, or start again from these records.
     * The missing anchor's sentence says so itself.
     */
    static void anchor(Connection c, Optional<RecordsAnchor> anchor, long records, List<String> problems,
                       boolean ownRecords) throws SQLException {
        String whatToDo = ownRecords ? " " + Words.text("safety.anchor.whatToDo") : "";
        Fingerprint newest = RecordsJournal.newest(c);
        if (anchor.isEmpty()) {
            if (RecordsAnchor.anchoredBefore(c)) {
                // Not "open it once": opening would not make an anchor for records it cannot vouch for.
                problems.add(Words.text("safety.journal.anchorLost", RecordsAnchor.FILE_NAME));
            } else if (newest.entries() > 0) {
                problems.add(Words.text("safety.journal.anchorMissing", RecordsAnchor.FILE_NAME));
            }
        } else if (newest.entries() < anchor.get().entries()) {
            problems.add(Words.text("safety.journal.shorter", newest.entries(), anchor.get().entries()) + whatToDo);
        } else if (!anchor.get().heldBy(c)) {
            problems.add(Words.text("safety.journal.replaced", anchor.get().entries()) + whatToDo);
        }
        if (newest.entries() == 0 && records > 0) {
            problems.add(Words.text("safety.journal.emptied", records));
        }
    }
}
