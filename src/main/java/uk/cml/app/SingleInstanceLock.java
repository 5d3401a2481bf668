package uk.cml.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes sure only one copy of the app writes to a data folder at a time. The operating system
 * releases the lock if the app crashes, so a stale lock never keeps a parent out.
 */
public final class SingleInstanceLock implements AutoCloseable {

    private static final String LOCK_FILE = "app.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private SingleInstanceLock(FileChannel channel, FileLock lock) {
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
            return Optional.of(new SingleInstanceLock(channel, lock));
        } catch (OverlappingFileLockException sameProcess) {
            channel.close();
            return Optional.empty();
        }
    }

    public static String alreadyOpenMessage(Path dataFolder) {
        return "Child Maintenance Log is already open on this computer, using the records in " + dataFolder
                + ". Switch to that window. Only one copy can be open at a time, so that nothing is saved twice.";
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
