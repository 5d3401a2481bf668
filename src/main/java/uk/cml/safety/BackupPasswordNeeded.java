package uk.cml.safety;

import java.nio.file.Path;
import uk.cml.domain.Words;
import uk.cml.store.StoreException;

/** The backup is protected with a password and none was given: ask for it, then try again. */
public final class BackupPasswordNeeded extends StoreException {

    public BackupPasswordNeeded(Path backup) {
        super(Words.text("safety.restore.passwordNeeded", backup.getFileName()));
    }
}
