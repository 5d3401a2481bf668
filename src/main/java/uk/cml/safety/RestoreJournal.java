package uk.cml.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * Swapping restored records in as a journaled operation. Before the first file moves, an intent record
 * names the checked, flushed copy ({@code .restoring-...}) and the folder the current records go to
 * ({@code before-restore-...}). Every later step is a rename inside the data folder, and the same
 * roll-forward both does the swap and, at the next start, finishes a swap that was cut off: so the folder
 * always ends with the backup's records whole, the earlier ones kept aside whole. With no intent record
 * the current records were never touched.
 */
public final class RestoreJournal {

    public static final String INTENT = "restore-in-progress.txt";
    private static final Logger LOG = Logger.getLogger(RestoreJournal.class.getName());
    private static final String FIRST_LINE = "Child Maintenance Log restore in progress";
    static final String DOCUMENTS = "documents";
    /** Everything that makes up the records, in the order it is moved aside. */
    static final List<String> RECORD_FILES = List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal",
            Database.FILE_NAME + "-shm", Database.FILE_NAME + "-journal", RecordsAnchor.FILE_NAME, DOCUMENTS);
    /** What a checked backup brings, in the order it is put in place (the database first marks the start). */
    static final List<String> PLACED = List.of(Database.FILE_NAME, RecordsAnchor.FILE_NAME, DOCUMENTS);

    record Intent(String staging, String aside, String backupMadeAt) {
        String format() {
            return FIRST_LINE + "\nstaging: " + staging + "\naside: " + aside + "\nbackup-made-at: " + backupMadeAt
                    + "\n";
        }

        static Optional<Intent> parse(String text) {
            String[] lines = text.split("\n");
            if (lines.length < 4 || !lines[0].equals(FIRST_LINE)) {
                return Optional.empty();
            }
            String staging = value(lines[1], "staging: ");
            String aside = value(lines[2], "aside: ");
            // Only the app's own names, inside the data folder: the record cannot send a rename elsewhere.
            if (staging == null || aside == null || !staging.matches("\\.restoring-[0-9A-Za-z-]+")
                    || !aside.matches("before-restore-[0-9A-Za-z-]+")) {
                return Optional.empty();
            }
            return Optional.of(new Intent(staging, aside, String.valueOf(value(lines[3], "backup-made-at: "))));
        }

        private static String value(String line, String key) {
            return line.startsWith(key) ? line.substring(key.length()).strip() : null;
        }
    }

    private RestoreJournal() {
    }

    /** Writes the intent record, moves the records, removes the record. The staged copy must be flushed. */
    static void swap(Path dataFolder, Intent intent, RestoreSteps steps) throws IOException {
        Path record = dataFolder.resolve(INTENT);
        SafeFiles.writeAtomically(record, intent.format().getBytes(StandardCharsets.UTF_8));
        steps.after("intent written");
        try (FileChannel channel = FileChannel.open(record, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            rollForward(dataFolder, intent, steps);
        }
        finish(dataFolder, intent, steps);
    }

    /**
     * At every start, before anything opens the records: finishes a restore that was cut off. Returns what
     * to tell the parent, or empty when there was none. The caller holds the data folder's lock.
     */
    public static Optional<String> recover(Path dataFolder) {
        Path record = dataFolder.resolve(INTENT);
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            Optional<Intent> intent = Intent.parse(Files.readString(record, StandardCharsets.UTF_8));
            if (intent.isEmpty()) {
                throw new StoreException(Words.text("safety.restore.strangeIntent", INTENT, dataFolder));
            }
            try (FileChannel channel = FileChannel.open(record, StandardOpenOption.WRITE);
                 FileLock held = channel.tryLock()) {
                if (held == null) {
                    throw restoringElsewhere(dataFolder);
                }
                rollForward(dataFolder, intent.get(), RestoreSteps.NONE);
            } catch (OverlappingFileLockException sameProcess) {
                throw restoringElsewhere(dataFolder);
            }
            finish(dataFolder, intent.get(), RestoreSteps.NONE);
            Path aside = dataFolder.resolve(intent.get().aside());
            String madeAt = BackupRestore.describeMadeAt(intent.get().backupMadeAt());
            String message = Files.exists(aside) ? Words.text("safety.restore.finishedKeptAside", madeAt, aside)
                    : Words.text("safety.restore.finished", madeAt);
            LOG.warning(message);
            return Optional.of(message);
        } catch (IOException e) {
            throw new StoreException(Words.text("safety.restore.notFinished", dataFolder), e);
        }
    }

    /** Idempotent: each step is a rename, and which have been done is read from the folder itself. */
    private static void rollForward(Path dataFolder, Intent intent, RestoreSteps steps) throws IOException {
        Path staging = dataFolder.resolve(intent.staging());
        Path aside = dataFolder.resolve(intent.aside());
        if (Files.exists(staging.resolve(Database.FILE_NAME))) {
            for (String name : RECORD_FILES) {
                if (Files.exists(dataFolder.resolve(name))) {
                    Files.createDirectories(aside);
                    Files.move(dataFolder.resolve(name), free(aside, name));
                    SafeFiles.syncFolder(aside);
                    steps.after("moved aside " + name);
                }
            }
        }
        for (String name : PLACED) {
            if (Files.exists(staging.resolve(name))) {
                if (Files.exists(dataFolder.resolve(name))) {
                    Files.createDirectories(aside);
                    Files.move(dataFolder.resolve(name), free(aside, name));
                }
                Files.move(staging.resolve(name), dataFolder.resolve(name));
                SafeFiles.syncFolder(dataFolder);
                steps.after("put in place " + name);
            }
        }
    }

    private static void finish(Path dataFolder, Intent intent, RestoreSteps steps) throws IOException {
        SafeFiles.syncFolder(dataFolder);
        Files.deleteIfExists(dataFolder.resolve(INTENT));
        SafeFiles.syncFolder(dataFolder);
        steps.after("intent removed");
        Folders.deleteQuietly(dataFolder.resolve(intent.staging()));
    }

    /** A name not yet used in the aside folder (only ever needed if a file reappeared meanwhile). */
    private static Path free(Path aside, String name) {
        Path candidate = aside.resolve(name);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = aside.resolve(name + "." + n);
        }
        return candidate;
    }

    private static StoreException restoringElsewhere(Path dataFolder) {
        return new StoreException(Words.text("safety.restore.elsewhere", dataFolder));
    }
}
