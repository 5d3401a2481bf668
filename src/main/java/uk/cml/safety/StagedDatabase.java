package uk.cml.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/** Checks an unpacked database before it may replace the parent's records: it opens, is sound, and is not newer. */
final class StagedDatabase {

    private StagedDatabase() {
    }

    static void check(Path file, int manifestVersion, Path backup) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) {
                    throw damaged(backup, null);
                }
            }
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                int version = r.next() ? r.getInt(1) : -1;
                if (version != manifestVersion || version > Database.latestSchemaVersion() || version < 1) {
                    throw damaged(backup, null);
                }
            }
        } catch (SQLException e) {
            throw damaged(backup, e);
        }
    }

    private static StoreException damaged(Path backup, Throwable cause) {
        return new StoreException("The records inside " + backup.getFileName() + " are damaged, so it cannot be "
                + "restored. Nothing has been changed. Try another backup.", cause);
    }
}
