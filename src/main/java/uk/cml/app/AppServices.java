package uk.cml.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Progress;
import uk.cml.safety.RecordsSafety;
import uk.cml.documents.DocumentPreview;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.store.AddressBookStore;
import uk.cml.store.AddressPrivacyStore;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.Database;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.History;
import uk.cml.store.NoteStore;
import uk.cml.store.PaymentStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;
import uk.cml.store.SettingsStore;
import uk.cml.store.StoreException;

/**
 * Everything that touches the parent's records, built once at start-up and handed to the screens
 * through their constructors. This is the only place these objects are created.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    public final Path dataFolder;
    public final Clock clock;
    public final Database database;
    public final SettingsStore settings;
    public final CaseStore cases;
    public final AddressBookStore addressBook;
    public final CallStore calls;
    public final NoteStore notes;
    public final DocumentRecordStore documents;
    public final DocumentPreview documentPreview = new DocumentPreview();
    public final SentLetterStore sentLetters;
    public final ReceivedLetterStore receivedLetters;
    /** The one calendar every date in the app and its letters is worked out with. */
    public final UkCalendar calendar = UkCalendar.englandAndWales();
    public final PaymentStore payments;
    public final AddressPrivacyStore addressPrivacy;
    public final RecordsSafety safety;
    private final SingleInstanceLock lock;
    private boolean closed;

    private AppServices(Path dataFolder, Clock clock, SingleInstanceLock lock, Database database) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.lock = lock;
        this.database = database;
        History history = new History(clock);
        this.settings = new SettingsStore(database);
        this.cases = new CaseStore(database, history, clock);
        this.addressBook = new AddressBookStore(database, history, clock);
        this.safety = new RecordsSafety(database, settings, dataFolder, clock, Version.current());
        this.calls = new CallStore(database, history, clock);
        this.notes = new NoteStore(database, history, clock);
        DocumentStore files = new DocumentStore(dataFolder.resolve("documents"));
        removeUnfinishedCopies(files);
        this.documents = new DocumentRecordStore(database, history, clock, files);
        this.sentLetters = new SentLetterStore(database, history, clock);
        this.receivedLetters = new ReceivedLetterStore(database, history, clock);
        this.payments = new PaymentStore(database, history, clock);
        this.addressPrivacy = new AddressPrivacyStore(database, history, clock);
    }

    /** Half-copied files from an add that was cut off (power loss, say) are removed before any new add. */
    private static void removeUnfinishedCopies(DocumentStore files) {
        try {
            int removed = files.removeUnfinishedCopies();
            if (removed > 0) {
                LOG.info("Removed " + removed + " unfinished document copies");
            }
        } catch (IOException e) {
            LOG.warning("Could not tidy unfinished document copies: " + e.getMessage());
        }
    }

    /** Opens the data folder for this copy of the app alone. Throws with a message for the parent if it cannot. */
    public static AppServices open(Path dataFolder, Clock clock) {
        try {
            DataFolder.create(dataFolder);
        } catch (IOException e) {
            throw new StoreException("The app could not create its folder at " + dataFolder
                    + ". Check you can save files there, or start the app with --data-dir and another folder.", e);
        }
        Optional<SingleInstanceLock> lock;
        try {
            lock = SingleInstanceLock.tryAcquire(dataFolder);
        } catch (IOException e) {
            throw new StoreException("The app could not open its folder at " + dataFolder + ". Check you can save "
                    + "files there.", e);
        }
        if (lock.isEmpty()) {
            throw new StoreException(SingleInstanceLock.alreadyOpenMessage(dataFolder));
        }
        try {
            return new AppServices(dataFolder, clock, lock.get(), Database.open(dataFolder, clock,
                    JournalTriggers::install));
        } catch (RuntimeException e) {
            release(lock.get());
            throw e;
        }
    }

    /**
     * Replaces the records with a backup's: closes the database (keeping this folder locked, so nothing else
     * opens it meanwhile), restores, then releases everything. These services cannot be used afterwards;
     * the app must be opened again. A backup that fails its checks is refused with the records still open.
     */
    public synchronized BackupRestore.Restored replaceWithBackup(Path backup, Progress progress) {
        if (closed) {
            throw new StoreException("Your records are closed. Open the app again and then restore.");
        }
        try (BackupRestore.Prepared prepared = BackupRestore.prepare(backup, dataFolder, clock, progress)) {
            closed = true;
            database.close();
            try {
                return prepared.putInPlace();
            } finally {
                release(lock);
            }
        }
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close();
        release(lock);
    }

    private static void release(SingleInstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warning("Could not release the data folder lock: " + e.getMessage());
        }
    }
}
