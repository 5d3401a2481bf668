package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.cml.store.StoreException;

/** Where a backup is going: made ready, and when it fails, a message that names the true reason. */
final class BackupDestination {

    private BackupDestination() {
    }

    /** Makes the folder the backup goes in, or says plainly why it cannot be used. */
    static void prepare(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new StoreException("Choose a folder to save the backup in, not the top of a drive.");
        }
        for (Path up = folder; up != null; up = up.getParent()) {
            if (Files.exists(up) && !Files.isDirectory(up)) {
                throw new StoreException("The backup cannot be saved at " + target + " because " + up + " is a file, "
                        + "not a folder. Choose a folder to save it in.");
            }
            if (Files.isDirectory(up)) {
                break;
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("The folder " + folder + " could not be made for the backup. Check the USB stick "
                    + "or drive is there and can be written to, or choose another folder.", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("The folder " + folder + " cannot be written to, so the backup cannot be saved "
                    + "there. Choose another folder.");
        }
    }

    static StoreException failed(Path target, Path dataFolder, Exception e) {
        if (DiskSpace.isFull(e)) {
            String where = e.getMessage() != null && e.getMessage().contains("copy the database")
                    ? "the disk holding your records (" + dataFolder + ")" : "the disk at " + target.getParent();
            return new StoreException("The backup could not be saved because " + where + " is full. Nothing has "
                    + "been changed. Free some space there, or choose another place, and try again.", e);
        }
        return new StoreException("The backup could not be saved in " + target.getParent() + ". Check the folder "
                + "or USB stick is there, has space, and can be written to, then try again.", e);
    }
}
