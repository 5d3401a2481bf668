package uk.cml.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import net.lingala.zip4j.model.FileHeader;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * Puts a backup back, trusting nothing in it. Everything is unpacked beside the data with a size ceiling
 * per file, flushed to disk and checked (every hash; the database opens read-only with its schema
 * untrusted, has exactly the app's schema, and its journal checks out and matches the manifest) before
 * anything is replaced. Then {@link RestoreJournal} swaps it in as a journaled operation, the current
 * records moved into {@code before-restore-<time>}, never deleted.
 * The caller must have closed the database and hold the data folder's lock.
 */
public final class BackupRestore {

    private static final Logger LOG = Logger.getLogger(BackupRestore.class.getName());
    /** Far above any real case (years of records are a few megabytes) and below what would fill a disk. */
    static final long DATABASE_LIMIT = 2L * 1024 * 1024 * 1024;
    static final long TOTAL_LIMIT = 64L * 1024 * 1024 * 1024;

    /** What was restored, and where the records that were there before now are (empty if there were none). */
    public record Restored(BackupManifest manifest, Optional<Path> keptAside) {
    }

    private BackupRestore() {
    }

    /** True when the backup is protected with a password (asked for before restoring). */
    public static boolean needsPassword(Path backup) {
        try (BackupReader reader = new BackupReader(backup, Optional.empty())) {
            return reader.encrypted();
        }
    }

    /** Reads the backup's list of contents without checking every file; for "Restore the backup made on...?". */
    public static BackupManifest readManifest(Path backup) {
        return readManifest(backup, Optional.empty());
    }

    public static BackupManifest readManifest(Path backup, Optional<char[]> password) {
        try (BackupReader reader = new BackupReader(backup, password)) {
            requirePassword(reader, backup, password);
            return notNewer(reader.manifest());
        }
    }

    /** Checks the backup completely, then replaces the records. The database must be closed. */
    public static Restored restore(Path backup, Path dataFolder, Clock clock, Progress progress) {
        return restore(backup, Optional.empty(), dataFolder, clock, progress, RestoreSteps.NONE);
    }

    public static Restored restore(Path backup, Optional<char[]> password, Path dataFolder, Clock clock,
                                   Progress progress, RestoreSteps steps) {
        try (Prepared prepared = prepare(backup, password, dataFolder, clock, progress)) {
            return prepared.putInPlace(steps);
        }
    }

    public static Prepared prepare(Path backup, Path dataFolder, Clock clock, Progress progress) {
        return prepare(backup, Optional.empty(), dataFolder, clock, progress);
    }

    /**
     * Unpacks the backup beside the data and checks all of it. The records are not touched and may stay
     * open meanwhile; close the database only once this has succeeded, then call {@link Prepared#putInPlace}.
     */
    public static Prepared prepare(Path backup, Optional<char[]> password, Path dataFolder, Clock clock,
                                   Progress progress) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(LocalDateTime.now(clock));
        Path staging = dataFolder.resolve(".restoring-" + stamp);
        try (BackupReader reader = new BackupReader(backup, password)) {
            requirePassword(reader, backup, password);
            BackupManifest manifest = notNewer(reader.manifest());
            Files.createDirectories(staging);
            unpack(reader, manifest, backup, staging, progress);
            RecordsAnchor.of(manifest.fingerprint()).write(staging);
            SafeFiles.syncTree(staging);
            StagedDatabase.check(staging.resolve(BackupManifest.DATABASE_ENTRY), manifest, backup);
            return new Prepared(manifest, staging, dataFolder, "before-restore-" + stamp);
        } catch (IOException e) {
            Folders.deleteQuietly(staging);
            throw unreadable(backup, e);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(staging);
            throw e;
        }
    }

    /** A backup unpacked and checked, ready to replace the records. Closing it removes what is not used. */
    public static final class Prepared implements AutoCloseable {
        private final BackupManifest manifest;
        private final Path staging;
        private final Path dataFolder;
        private final String aside;

        private Prepared(BackupManifest manifest, Path staging, Path dataFolder, String aside) {
            this.manifest = manifest;
            this.staging = staging;
            this.dataFolder = dataFolder;
            this.aside = aside;
        }

        public BackupManifest manifest() {
            return manifest;
        }

        public Restored putInPlace() {
            return putInPlace(RestoreSteps.NONE);
        }

        /** Moves the current records aside and the backup's into place. The database must be closed. */
        public Restored putInPlace(RestoreSteps steps) {
            steps.after("unpacked and checked");
            try {
                RestoreJournal.swap(dataFolder, new RestoreJournal.Intent(staging.getFileName().toString(), aside,
                        manifest.madeAt().toString()), steps);
            } catch (IOException e) {
                // The intent record stays if the swap began: the next start finishes it.
                throw new StoreException(Words.text("safety.restore.notPutInPlace", dataFolder), e);
            }
            Path keptAside = dataFolder.resolve(aside);
            LOG.info("Restored a backup made " + manifest.madeAt() + "; earlier records kept aside: "
                    + Files.exists(keptAside));
            return new Restored(manifest, Files.exists(keptAside) ? Optional.of(keptAside) : Optional.empty());
        }

        @Override
        public void close() {
            if (!Files.exists(dataFolder.resolve(RestoreJournal.INTENT))) {
                Folders.deleteQuietly(staging);
            }
        }
    }

    private static void unpack(BackupReader reader, BackupManifest manifest, Path backup, Path staging,
                               Progress progress) throws IOException {
        Set<String> listed = new HashSet<>();
        manifest.files().forEach(f -> listed.add(f.name()));
        for (String name : reader.entries().keySet()) {
            if (!name.equals(BackupManifest.ENTRY_NAME) && !listed.contains(name)) {
                throw refused(backup, Words.text("safety.refused.unlistedFile", name));
            }
        }
        if (listed.size() != manifest.files().size() || !listed.contains(BackupManifest.DATABASE_ENTRY)) {
            throw refused(backup, Words.text("safety.refused.listIncomplete"));
        }
        for (BackupManifest.Entry file : manifest.files()) {
            long limit = file.name().equals(BackupManifest.DATABASE_ENTRY) ? DATABASE_LIMIT : DocumentStore.MAX_BYTES;
            if (file.size() < 0 || file.size() > limit) {
                throw refused(backup, Words.text("safety.refused.impossibleSize", file.name()));
            }
        }
        long total = manifest.totalBytes();
        if (total > TOTAL_LIMIT) {
            throw refused(backup, Words.text("safety.refused.tooBig", megabytes(total)));
        }
        DiskSpace.require(staging, total, Words.text("safety.space.toRestore"));
        long done = 0;
        for (BackupManifest.Entry file : manifest.files()) {
            FileHeader entry = reader.entries().get(file.name());
            if (entry == null) {
                throw refused(backup, Words.text("safety.refused.fileMissing", file.name()));
            }
            Path target = staging.resolve(file.name());
            Files.createDirectories(target.getParent());
            FileHashes.Summary copied;
            try (OutputStream out = Files.newOutputStream(target)) {
                copied = reader.copy(entry, out, file.size(), Words.text("safety.refused.fileTooLarge", file.name()));
            }
            if (copied.size() != file.size() || !copied.sha256().equals(file.sha256())) {
                throw refused(backup, Words.text("safety.refused.fileChanged", file.name()));
            }
            done += copied.size();
            progress.update(done, total, Words.text("safety.progress.checkingBackup"));
        }
    }

    private static void requirePassword(BackupReader reader, Path backup, Optional<char[]> password) {
        if (reader.encrypted() && password.isEmpty()) {
            throw new BackupPasswordNeeded(backup);
        }
    }

    private static BackupManifest notNewer(BackupManifest manifest) {
        if (manifest.schemaVersion() > Database.latestSchemaVersion()) {
            throw new StoreException(Words.text("safety.restore.newerVersion"));
        }
        return manifest;
    }

    /** "22 Nov 2026, 10:15" from the intent record's date and time, or the text as it is. */
    static String describeMadeAt(String madeAt) {
        try {
            return UkFormats.DATE_TIME.format(LocalDateTime.parse(madeAt));
        } catch (RuntimeException e) {
            return madeAt;
        }
    }

    static long megabytes(long bytes) {
        return (bytes + 999_999) / 1_000_000;
    }

    static StoreException refused(Path backup, String reason) {
        return new StoreException(Words.text("safety.restore.refused", backup.getFileName(), reason));
    }

    static StoreException unreadable(Path backup, IOException e) {
        if (DiskSpace.isFull(e)) {
            return new StoreException(Words.text("safety.restore.diskFull"), e);
        }
        return new StoreException(Words.text("safety.restore.unreadable", backup.getFileName()), e);
    }
}
