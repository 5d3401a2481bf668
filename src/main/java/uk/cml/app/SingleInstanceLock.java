package uk.cml.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.store.Database;

/**
 * Makes sure only one copy of the app (window or command) uses a data folder at a time. Two locks, both
 * released by the operating system if the app crashes, so a stale lock never keeps a parent out:
 * <ul>
 *   <li>{@code app.lock} in the folder, taken first, before anything else is read or written;</li>
 *   <li>a byte range far past the end of the records file itself, held while the records are open. Deleting
 *   {@code app.lock} does not release it, and the records file cannot be deleted without losing the records
 *   anyway. SQLite never locks that far out, so the two never meet.</li>
 * </ul>
 * On Linux and macOS such locks belong to the process and any handle on the file closing drops them, so the
 * records file lock is taken after SQLite has opened the file for good (its open connection keeps SQLite
 * from closing handles on it) and nothing else in the app opens the file directly while it is held.
 */
public final class SingleInstanceLock implements AutoCloseable {

    private static final String LOCK_FILE = "app.lock";
    /** A byte SQLite never locks (it uses bytes from 1 GiB to 1 GiB + 512), within every file system's range. */
    private static final long RECORDS_LOCK_AT = 0x7fff_ffff_0000L;

    private final Path dataFolder;
    private final FileChannel channel;
    private final FileLock lock;
    private FileChannel recordsChannel;
    private FileLock recordsLock;

    private SingleInstanceLock(Path dataFolder, FileChannel channel, FileLock lock) {
        this.dataFolder = dataFolder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another copy of the app already has this data folder open. */
    public static Optional<SingleInstanceLock> tryAcquire(Path dataFolder) throws IOException {
        FileChannel channel = FileChannel.open(dataFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            SingleInstanceLock held = new SingleInstanceLock(dataFolder, channel, lock);
            if (recordsFileInUse(dataFolder.resolve(Database.FILE_NAME))) {
                held.close();
                return Optional.empty();
            }
            // Whoever held the records before is gone: its note of an open window, if a crash left one, is not ours.
            Files.deleteIfExists(dataFolder.resolve(BringForward.WINDOW));
            return Optional.of(held);
        } catch (OverlappingFileLockException sameProcess) {
            channel.close();
            return Optional.empty();
        }
    }

    /** True when another copy holds the records file's lock (with {@code app.lock} deleted from under it). */
    private static boolean recordsFileInUse(Path records) throws IOException {
        if (!Files.isRegularFile(records)) {
            return false;
        }
        try (FileChannel probe = FileChannel.open(records, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock test = probe.tryLock(RECORDS_LOCK_AT, 1, false);
            if (test == null) {
                return true;
            }
            test.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        }
    }

    /**
     * Takes the lock on the records file, once the database is open. False if another copy took it in the
     * moment since {@link #tryAcquire}; the caller must then close the records again.
     */
    public synchronized boolean holdRecordsFile() throws IOException {
        releaseRecordsFile();
        recordsChannel = FileChannel.open(dataFolder.resolve(Database.FILE_NAME), StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            recordsLock = recordsChannel.tryLock(RECORDS_LOCK_AT, 1, false);
        } catch (OverlappingFileLockException sameProcess) {
            recordsLock = null;
        }
        return recordsLock != null;
    }

    /** Gives up the records file's lock; call after the database is closed (a restore is about to move it). */
    public synchronized void releaseRecordsFile() {
        try {
            if (recordsLock != null && recordsLock.isValid()) {
                recordsLock.release();
            }
            if (recordsChannel != null) {
                recordsChannel.close();
            }
        } catch (IOException e) {
            // The handle is going anyway; the operating system frees what it held.
        }
        recordsLock = null;
        recordsChannel = null;
    }

    public static String alreadyOpenMessage(Path dataFolder) {
        return Words.text("app.lock.alreadyOpen", dataFolder);
    }

    @Override
    public void close() throws IOException {
        releaseRecordsFile();
        lock.release();
        channel.close();
    }
}
