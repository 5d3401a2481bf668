package uk.cml.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * Puts a backup back. Everything is unpacked into a folder beside the data and checked (every hash, the
 * database opens and is sound, its schema is one this app knows) before anything is replaced; then the
 * current records are moved aside into {@code before-restore-<time>}, never deleted.
 * The caller must have closed the database and hold the data folder's lock.
 */
public final class BackupRestore {

    private static final Logger LOG = Logger.getLogger(BackupRestore.class.getName());
    private static final List<String> DATABASE_FILES = List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal",
            Database.FILE_NAME + "-shm", Database.FILE_NAME + "-journal");
    private static final String DOCUMENTS = "documents";

    /** What was restored, and where the records that were there before now are (empty if there were none). */
    public record Restored(BackupManifest manifest, Optional<Path> keptAside) {
    }

    private BackupRestore() {
    }

    /** Reads the backup's list of contents without checking every file; for "Restore the backup made on...?". */
    public static BackupManifest readManifest(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return manifestOf(zip, backup);
        } catch (IOException e) {
            throw notABackup(backup, e);
        }
    }

    /** Checks the backup completely, then replaces the records. The database must be closed. */
    public static Restored restore(Path backup, Path dataFolder, Clock clock, Progress progress) {
        try (Prepared prepared = prepare(backup, dataFolder, clock, progress)) {
            return prepared.putInPlace();
        }
    }

    /**
     * Unpacks the backup beside the data and checks all of it. The records are not touched and may stay
     * open meanwhile; close the database only once this has succeeded, then call {@link Prepared#putInPlace()}.
     */
    public static Prepared prepare(Path backup, Path dataFolder, Clock clock, Progress progress) {
        String stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(LocalDateTime.now(clock));
        Path staging = dataFolder.resolve(".restoring-" + stamp);
        try {
            Files.createDirectories(staging);
            BackupManifest manifest = unpackAndCheck(backup, staging, progress);
            StagedDatabase.check(staging.resolve(BackupManifest.DATABASE_ENTRY), manifest.schemaVersion(), backup);
            return new Prepared(manifest, staging, dataFolder, dataFolder.resolve("before-restore-" + stamp));
        } catch (IOException e) {
            Folders.deleteQuietly(staging);
            throw notABackup(backup, e);
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
        private final Path aside;

        private Prepared(BackupManifest manifest, Path staging, Path dataFolder, Path aside) {
            this.manifest = manifest;
            this.staging = staging;
            this.dataFolder = dataFolder;
            this.aside = aside;
        }

        public BackupManifest manifest() {
            return manifest;
        }

        /** Moves the current records aside and the backup's into place. The database must be closed. */
        public Restored putInPlace() {
            try {
                Optional<Path> kept = moveCurrentAside(dataFolder, aside);
                try {
                    Files.move(staging.resolve(BackupManifest.DATABASE_ENTRY), dataFolder.resolve(Database.FILE_NAME));
                    if (Files.isDirectory(staging.resolve(DOCUMENTS))) {
                        Files.move(staging.resolve(DOCUMENTS), dataFolder.resolve(DOCUMENTS));
                    }
                } catch (IOException e) {
                    putBack(dataFolder, aside);
                    throw e;
                }
                LOG.info("Restored a backup made " + manifest.madeAt() + "; earlier records kept aside: "
                        + kept.isPresent());
                return new Restored(manifest, kept);
            } catch (IOException e) {
                throw new StoreException("The backup was checked and is sound, but the app could not put it in "
                        + "place in " + dataFolder + ". Your records are as they were. Close anything that might be "
                        + "using the folder and try again.", e);
            }
        }

        @Override
        public void close() {
            Folders.deleteQuietly(staging);
        }
    }

    private static BackupManifest unpackAndCheck(Path backup, Path staging, Progress progress) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            BackupManifest manifest = manifestOf(zip, backup);
            Set<String> listed = new HashSet<>();
            manifest.files().forEach(f -> listed.add(f.name()));
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (!name.equals(BackupManifest.ENTRY_NAME) && !listed.contains(name)) {
                    throw refused(backup, "it holds a file its list does not mention (" + name + ")");
                }
            }
            if (listed.size() != manifest.files().size() || !listed.contains(BackupManifest.DATABASE_ENTRY)) {
                throw refused(backup, "its list of contents is not complete");
            }
            long free = Files.getFileStore(staging).getUsableSpace();
            if (free < manifest.totalBytes() * 2) {
                throw new StoreException("There is not enough free space on this computer to restore this backup. "
                        + "It needs about " + (manifest.totalBytes() * 2 / 1_000_000 + 1) + " MB. Free some space "
                        + "and try again. Nothing has been changed.");
            }
            long done = 0;
            for (BackupManifest.Entry file : manifest.files()) {
                ZipEntry entry = zip.getEntry(file.name());
                if (entry == null) {
                    throw refused(backup, "the file " + file.name() + " is missing from it");
                }
                Path target = staging.resolve(file.name());
                Files.createDirectories(target.getParent());
                MessageDigest digest = FileHashes.sha256();
                long size;
                try (InputStream in = zip.getInputStream(entry);
                     OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                    size = in.transferTo(out);
                }
                if (size != file.size() || !HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
                    throw refused(backup, "the file " + file.name() + " in it has been changed or damaged");
                }
                done += size;
                progress.update(done, manifest.totalBytes(), "Checking the backup");
            }
            return manifest;
        }
    }

    private static BackupManifest manifestOf(ZipFile zip, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY_NAME);
        if (entry == null || entry.getSize() > 50_000_000) {
            throw refused(backup, "it has no list of contents");
        }
        String text;
        try (InputStream in = zip.getInputStream(entry)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        BackupManifest manifest = BackupManifest.parse(text)
                .orElseThrow(() -> refused(backup, "its list of contents cannot be read"));
        if (manifest.schemaVersion() > Database.latestSchemaVersion()) {
            throw new StoreException("That backup was made by a newer version of Child Maintenance Log. Install the "
                    + "newest version, then restore it. Nothing has been changed.");
        }
        return manifest;
    }

    private static Optional<Path> moveCurrentAside(Path dataFolder, Path aside) throws IOException {
        boolean any = false;
        for (String name : DATABASE_FILES) {
            any |= moveIfThere(dataFolder.resolve(name), aside.resolve(name));
        }
        any |= moveIfThere(dataFolder.resolve(DOCUMENTS), aside.resolve(DOCUMENTS));
        return any ? Optional.of(aside) : Optional.empty();
    }

    private static boolean moveIfThere(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return false;
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to);
        return true;
    }

    /** A half-done swap is undone, so the parent is never left with neither their records nor the backup's. */
    private static void putBack(Path dataFolder, Path aside) {
        try {
            Files.deleteIfExists(dataFolder.resolve(Database.FILE_NAME));
            for (String name : DATABASE_FILES) {
                moveIfThere(aside.resolve(name), dataFolder.resolve(name));
            }
            if (Files.exists(dataFolder.resolve(DOCUMENTS)) && Files.exists(aside.resolve(DOCUMENTS))) {
                Folders.deleteQuietly(dataFolder.resolve(DOCUMENTS));
            }
            moveIfThere(aside.resolve(DOCUMENTS), dataFolder.resolve(DOCUMENTS));
        } catch (IOException e) {
            LOG.severe("Could not put the records back from " + aside + ": " + e.getMessage());
        }
    }

    private static StoreException refused(Path backup, String reason) {
        return new StoreException("The file " + backup.getFileName() + " cannot be restored because " + reason
                + ". Nothing has been changed. Try another backup.");
    }

    private static StoreException notABackup(Path backup, IOException e) {
        if (e instanceof ZipException || e instanceof java.io.EOFException) {
            return new StoreException("The file " + backup.getFileName() + " is not a complete Child Maintenance Log "
                    + "backup: it may have been cut short or damaged. Nothing has been changed. Try another backup.", e);
        }
        return new StoreException("The app could not read the backup " + backup.getFileName() + ". Check the file "
                + "or USB stick is there and try again. Nothing has been changed.", e);
    }
}
