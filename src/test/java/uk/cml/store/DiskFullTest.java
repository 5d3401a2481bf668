package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskFullTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("a save that fills the disk says the disk is full (SQLite's SQLITE_FULL, forced with max_page_count)")
    void diskFull() {
        try (Database database = Database.open(folder, Clock.systemUTC())) {
            StoreException full = assertThrows(StoreException.class, () -> database.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    long pages;
                    try (ResultSet r = s.executeQuery("PRAGMA page_count")) {
                        pages = r.getLong(1);
                    }
                    s.execute("PRAGMA max_page_count = " + pages);
                    s.execute("CREATE TABLE filler (x BLOB)");
                    return s.executeUpdate("INSERT INTO filler VALUES (zeroblob(1000000))");
                }
            }));
            assertTrue(full.getMessage().contains("is full, so that change was not saved"), full.getMessage());
        }
    }
}
