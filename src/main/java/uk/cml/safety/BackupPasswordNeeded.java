package uk.cml.safety;

import java.nio.file.Path;
import uk.cml.store.StoreException;

/** The backup is protected with a password and none was given: ask for it, then try again. */
public final class BackupPasswordNeeded extends StoreException {

    public BackupPasswordNeeded(Path backup) {
        super("The backup " + backup.getFileName() + " is protected with a password. Give the password to restore "
                + "it. Nothing has been changed.");
    }
}
