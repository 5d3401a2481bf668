package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/** Free space, named with real figures when short, and a full disk recognised as a full disk. */
public final class DiskSpace {

    private DiskSpace() {
    }

    /** Refuses, naming what is free on the disk holding {@code folder}, when {@code bytes} (plus room) will not fit. */
    static void require(Path folder, long bytes, String toDo) throws IOException {
        require(folder, bytes, toDo, Files.getFileStore(folder).getUsableSpace());
    }

    static void require(Path folder, long bytes, String toDo, long free) {
        long needed = bytes + bytes / 10 + 10_000_000;
        if (free < needed) {
            // Needed rounds up and free rounds down, so a shortfall never reads as "needs 120 MB, has 120 MB".
            throw new StoreException(Words.text("safety.space.notEnough", toDo, BackupRestore.megabytes(needed),
                    folder.getParent(), free / 1_000_000));
        }
    }

    /** True when the error (or one it was caused by) says the disk is full. */
    public static boolean isFull(Throwable error) {
        return Database.isDiskFull(error);
    }
}
