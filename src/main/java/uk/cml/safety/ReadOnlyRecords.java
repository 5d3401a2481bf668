package uk.cml.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import uk.cml.domain.Words;
import uk.cml.store.ChainHash;
import uk.cml.store.StoreException;

/**
 * A look at a records file that can change nothing and create nothing: opened read-only, with SQLite told
 * not to trust anything in the file's schema (trusted_schema=OFF). With no write-ahead log beside it (the
 * app is closed), the file is opened as immutable, so not even SQLite's shared-memory file is made.
 */
final class ReadOnlyRecords {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ReadOnlyRecords() {
    }

    /**
     * Opens {@code file}, or says plainly why there is nothing there to check. {@code what} names the file.
     * {@code openElsewhere} is true when this process has the file open for writing: then it is never opened
     * as immutable (SQLite would close it without regard to the app's own locks on it).
     */
    static Connection open(Path file, String what, boolean openElsewhere) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Words.text("safety.records.missing", file.getParent(), file.getFileName()));
        }
        try {
            if (Files.size(file) == 0) {
                throw new StoreException(Words.text("safety.records.empty", what));
            }
            // Read by Java only when nobody here has it open: closing any handle on a file drops this
            // process's locks on it, SQLite's among them.
            if (!openElsewhere && !startsWithHeader(file)) {
                throw new StoreException(Words.text("safety.records.notADatabase", what));
            }
        } catch (IOException e) {
            throw new StoreException(Words.text("safety.records.unreadable", what), e);
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        boolean immutable = !openElsewhere && !Files.exists(wal);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        String url = "jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath() + (immutable ? "?immutable=1" : "");
        try {
            Connection c = DriverManager.getConnection(url, config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
                s.execute("PRAGMA query_only = ON");
                // Only for the check's own queries: triggers never fire on a connection that cannot write.
                ChainHash.register(c, Clock.systemUTC());
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException(Words.text("safety.records.notOpened", what), e);
        }
    }

    private static boolean startsWithHeader(Path file) throws IOException {
        byte[] start = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == HEADER.length && Arrays.equals(start, HEADER);
        }
    }
}
