package uk.cml.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Half-written backups left by a backup that was cut off. A backup being written holds a lock on its
 * {@code .partial} file, so one that can be locked is abandoned and is removed.
 */
final class StalePartials {

    static final String SUFFIX = ".partial";
    private static final Logger LOG = Logger.getLogger(StalePartials.class.getName());

    private StalePartials() {
    }

    /** Removes abandoned "....zip.partial" files in {@code folder}. Returns the bytes freed. */
    static long remove(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        long freed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(BackupNames.EXTENSION + SUFFIX))
                    .toList()) {
                freed += removeIfAbandoned(file);
            }
        } catch (IOException e) {
            LOG.warning("Could not look for unfinished backups in " + folder + ": " + e.getMessage());
        }
        return freed;
    }

    private static long removeIfAbandoned(Path file) {
        try {
            long size = Files.size(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return 0;
                }
            }
            Files.deleteIfExists(file);
            LOG.info("Removed an unfinished backup " + file + " (" + size + " bytes)");
            return size;
        } catch (OverlappingFileLockException beingWritten) {
            return 0;
        } catch (IOException e) {
            LOG.warning("Could not remove the unfinished backup " + file + ": " + e.getMessage());
            return 0;
        }
    }
}
