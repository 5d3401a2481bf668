package uk.cml.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * Checks an unpacked database before it may replace the parent's records, trusting nothing in it: opened
 * read-only with SQLite told not to run anything its schema defines, it must be sound, of a version this
 * app knows and the manifest states, with exactly the app's tables, indexes and triggers (no added trigger
 * or view), and a journal that checks out, matches every record and ends where the manifest says.
 */
final class StagedDatabase {

    private static final int PROBLEMS_SHOWN = 3;

    private StagedDatabase() {
    }

    static void check(Path file, BackupManifest manifest, Path backup) {
        List<String> problems = new ArrayList<>();
        try (Connection c = ReadOnlyRecords.open(file, Words.text("safety.staged.recordsInside",
                backup.getFileName()), false);
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) {
                    throw damaged(backup, null);
                }
            }
            int version;
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.next() ? r.getInt(1) : -1;
            }
            if (version != manifest.schemaVersion() || version > Database.latestSchemaVersion() || version < 1) {
                throw damaged(backup, null);
            }
            SchemaCheck.compare(c, version, problems);
            if (problems.isEmpty() && SchemaCheck.hasTable(c, "journal")) {
                JournalCheck.chain(c, problems);
                long records = 0;
                for (TableShape table : TableShape.userTables(c)) {
                    records += LiveRows.compare(c, table, problems);
                }
                JournalCheck.anchor(c, Optional.of(RecordsAnchor.of(manifest.fingerprint())), records, problems);
                if (!RecordsJournal.newest(c).equals(manifest.fingerprint())) {
                    problems.add(Words.text("safety.staged.journalEnd"));
                }
            }
        } catch (SQLException e) {
            throw damaged(backup, e);
        }
        if (!problems.isEmpty()) {
            String shown = String.join(" ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())));
            throw new StoreException(problems.size() > PROBLEMS_SHOWN
                    ? Words.text("safety.staged.notAsSavedAndMore", backup.getFileName(), shown,
                            problems.size() - PROBLEMS_SHOWN)
                    : Words.text("safety.staged.notAsSaved", backup.getFileName(), shown));
        }
    }

    private static StoreException damaged(Path backup, Throwable cause) {
        return new StoreException(Words.text("safety.staged.damaged", backup.getFileName()), cause);
    }
}
