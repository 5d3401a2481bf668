package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.cml.domain.Words;
import uk.cml.store.StoreException;

/** Where a backup is going: made ready, and when it fails, a message that names the true reason. */
final class BackupDestination {

    private BackupDestination() {
    }

    /** Makes the folder the backup goes in, or says plainly why it cannot be used. */
    static void prepare(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new StoreException(Words.text("safety.destination.topOfDrive"));
        }
        for (Path up = folder; up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new StoreException(Words.text("safety.destination.isAFile", target, up));
            }
            if (Files.isDirectory(up)) {
                break;
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(Words.text("safety.destination.notMade", folder), e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException(Words.text("safety.destination.notWritable", folder));
        }
    }

    static StoreException failed(Path target, Path dataFolder, Exception e) {
        if (DiskSpace.isFull(e)) {
            String where = e.getMessage() != null && e.getMessage().contains("copy the database")
                    ? Words.text("safety.destination.recordsDisk", dataFolder)
                    : Words.text("safety.destination.diskAt", target.getParent());
            return new StoreException(Words.text("safety.destination.full", where), e);
        }
        return new StoreException(Words.text("safety.destination.notSaved", target.getParent()), e);
    }
}
