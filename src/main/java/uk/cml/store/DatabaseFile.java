package uk.cml.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks a file is an SQLite database before SQLite is allowed to open it, so a wrong file is never touched. */
final class DatabaseFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /** True for an absent or empty file (a new database) or a file that starts with SQLite's header. */
    static boolean looksLikeSqlite(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        byte[] start = new byte[HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, start.length);
            return read == HEADER.length && Arrays.equals(start, HEADER);
        }
    }
}
