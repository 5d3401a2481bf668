package uk.cml.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import uk.cml.domain.Words;
import uk.cml.domain.correspondence.DrawnFrom;
import uk.cml.domain.evidence.CallLetterCalls;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.JournalTriggers;
import uk.cml.safety.Leftovers;
import uk.cml.safety.RecordsAnchor;
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
import uk.cml.store.SetupStore;
import uk.cml.store.StandingStore;
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
    /** The set-up answers (details, case, payment plan) saved in one go. */
    public final SetupStore setup;
    public final AddressBookStore addressBook;
    public final CallStore calls;
    public final NoteStore notes;
    public final DocumentRecordStore documents;
    public final SentLetterStore sentLetters;
    public final ReceivedLetterStore receivedLetters;
    /** The bank holidays the parent added, announced after this copy of the app was made (Settings). */
    public final uk.cml.store.BankHolidayStore bankHolidays;
    /**
     * The one calendar every date in the app and its letters is worked out with: the rules, the table of one-off
     * changes shipped with the app, and the days the parent added ({@link #bankHolidays}).
     */
    public final UkCalendar calendar;
    public final PaymentStore payments;
    public final StandingStore standing;
    /** A CMS calculation's new amount, asked for until the plan has it (or the parent says it did not change). */
    public final uk.cml.store.DecisionAmounts decisionAmounts;
    public final AddressPrivacyStore addressPrivacy;
    public final RecordsSafety safety;
    /** What the parent typed and has not saved, kept beside the records as they type (see TypingDrafts). */
    public final uk.cml.safety.TypingDrafts drafts;
    private final SingleInstanceLock lock;
    private final List<String> startNotes = new java.util.ArrayList<>();
    private boolean startToldOfChanges;
    /** The records file was there before this start: the app (or one of its commands) ran on this folder before. */
    private boolean recordsWereThere;
    private boolean closed;

    private AppServices(Path dataFolder, Clock clock, SingleInstanceLock lock, Database database) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.lock = lock;
        this.database = database;
        History history = new History(clock);
        this.settings = new SettingsStore(database);
        this.addressBook = new AddressBookStore(database, history, clock);
        this.drafts = new uk.cml.safety.TypingDrafts(dataFolder, clock);
        this.calls = new CallStore(database, history, clock);
        this.notes = new NoteStore(database, history, clock);
        // The calendar counts the days the parent added, and each change to them re-says quick entry's words with the
        // payments' store, whose calculator is on that calendar: made after it, so reached through a method.
        this.bankHolidays = new uk.cml.store.BankHolidayStore(database, history, clock,
                this::keepQuickEntryWordsTrueInEveryCase);
        // ... and the working days after posting on which a letter counts as delivered, from the facts table.
        this.calendar = new UkCalendar(uk.cml.domain.calendar.BankHolidays.englandAndWales(bankHolidays::added),
                StandingStore.deliveryDays(database));
        this.payments = new PaymentStore(database, history, clock,
                new uk.cml.domain.arrears.ArrearsCalculator(calendar));
        // A change to the fee or the arrangement, or a CMS figure from a letter, re-says quick entry's words on the
        // app's one calendar, with any day the parent added.
        this.cases = new CaseStore(database, history, clock, payments);
        DocumentStore files = new DocumentStore(dataFolder.resolve("documents"));
        removeUnfinishedCopies(files);
        this.documents = new DocumentRecordStore(database, history, clock, files);
        this.receivedLetters = new ReceivedLetterStore(database, history, clock, payments);
        this.sentLetters = new SentLetterStore(database, history, clock, calendar, receivedLetters,
                letter -> uk.cml.letters.templates.LetterTemplates.madeAs(letter.subject()).isPresent(),
                (letter, made) -> withTimeLimits(letter, withCalendarDays(letter, uk.cml.letters.templates
                        .LetterTemplates.madeAs(letter.subject())
                        .map(t -> t == uk.cml.letters.templates.LetterTemplates.CONFIRM_CALL ? callLetter(letter, made)
                                : DrawnFrom.areas(uk.cml.letters.templates.LetterTemplates.drawsOn(t))
                                        .quoting(quotedBesides(letter)))
                        .orElse(DrawnFrom.areas(java.util.EnumSet.allOf(
                                uk.cml.domain.correspondence.RecordArea.class))))),
                uk.cml.letters.templates.ReplyRules::watchedFromPosting);
        // The export's arrears schedule is the Payments page's, worked out by the same store on the same calendar.
        this.safety = new RecordsSafety(database, settings, dataFolder, clock, Version.current(), payments::schedule);
        this.setup = new SetupStore(database, cases, payments);
        this.standing = new StandingStore(database, clock, calendar, sentLetters, receivedLetters, calls,
                (letter, called, by) -> uk.cml.letters.templates.CmsReports.Promise.printedIn(
                        uk.cml.letters.KeptLetterWords.printedLines(letter.madeWords()), called, by),
                payments::plans);
        this.decisionAmounts = new uk.cml.store.DecisionAmounts(database, history, clock, standing, payments);
        this.addressPrivacy = new AddressPrivacyStore(database, history, clock);
    }

    /** For the bank holidays' store, inside the transaction of a change to the days ({@link #bankHolidays}). */
    private Void keepQuickEntryWordsTrueInEveryCase(java.sql.Connection c) throws java.sql.SQLException {
        payments.keepQuickEntryWordsTrueInEveryCase(c);
        return null;
    }

    /**
     * What a letter confirming a call draws on: the calls it may be about ({@link CallLetterCalls}: the one it names,
     * or, naming none, any logged before it was made), and the CMS's letters only while one of those holds a promise
     * not kept (the letter then chases it, with the complaint step they give).
     */
    private DrawnFrom callLetter(uk.cml.domain.correspondence.SentLetter letter, java.time.LocalDateTime made) {
        CallLetterCalls about = CallLetterCalls.of(letter.confirmsCall(), made, calls.calls(letter.caseId()),
                calls.recorded(letter.caseId()));
        return new DrawnFrom(uk.cml.letters.templates.LetterTemplates.drawsOn(
                uk.cml.letters.templates.LetterTemplates.CONFIRM_CALL, about.mayChaseAPromise()), about::mayBeAbout);
    }

    /**
     * The parent's own letters a letter about the arrears may quote, by id, besides itself: those posted that told the
     * CMS of the arrears (a report, which also names the dues it listed, or a request to collect) or made a complaint
     * (LetterWiring.reports, lastReportNamingDues). A letter only made, not posted, tells the CMS nothing, so making
     * another letter leaves this one as it was; logging or posting such a letter does not (reviewer rv5: a report of 24
     * Sep logged after a letter was made was missing from "What changed since", though made again it says "The
     * payments due from 11 Sep 2026 to 18 Sep 2026 were due before I wrote to you on 24 Sep 2026").
     */
    private java.util.function.LongPredicate quotedBesides(uk.cml.domain.correspondence.SentLetter letter) {
        java.util.Set<Long> quoted = new java.util.HashSet<>();
        // With those in the Bin: one posted and moved to the Bin after the letter was made is quoted in it, and made
        // again the letter would not quote it (put back, it is as it was).
        List<uk.cml.domain.correspondence.SentLetter> letters = new java.util.ArrayList<>(
                sentLetters.letters(letter.caseId()));
        letters.addAll(sentLetters.lettersInBin(letter.caseId()));
        for (uk.cml.domain.correspondence.SentLetter other : letters) {
            if (other.id() != letter.id() && other.isPosted() && (other.kind()
                    == uk.cml.domain.correspondence.LetterKind.COMPLAINT || other.kind().tellsTheCmsOfArrears()
                    && other.to().isTheCms())) {
                quoted.add(other.id());
            }
        }
        return quoted::contains;
    }

    /** How long after its date a letter whose last printed date the log does not know may count on the calendar. */
    private static final java.time.Period CALENDAR_AFTER_WRITTEN = java.time.Period.ofMonths(3);

    /**
     * The days a letter counted with the calendar, so that a bank holiday added, corrected or taken back on another
     * day leaves it as made: up to the reply-by date it printed (or the one logged; without either, three months after
     * its date, past any the app prints); from its own date, or, for a letter quoting the arrears, any day before,
     * as a bank holiday moves a due day and so which payments were late.
     */
    private static DrawnFrom withCalendarDays(uk.cml.domain.correspondence.SentLetter letter, DrawnFrom drawn) {
        java.time.LocalDate to = letter.printedReplyBy().or(letter::replyBy)
                .orElse(letter.written().plus(CALENDAR_AFTER_WRITTEN));
        java.time.LocalDate from = drawn.areas().contains(uk.cml.domain.correspondence.RecordArea.PAYMENTS)
                ? java.time.LocalDate.MIN : letter.written();
        return drawn.countingDays(new DrawnFrom.Days(from, to.isBefore(letter.written()) ? letter.written() : to));
    }

    /**
     * The CMS time limits a letter the app made counted its printed dates with (its template's, and the delivery days
     * of how the parent said it would be posted, kept with its words; 1st class where the letter did not ask), so
     * that a limit corrected in Settings that it did not count with leaves it as made. None for a letter typed in: the
     * app did not count its dates, so a corrected limit changes none of them.
     */
    private static DrawnFrom withTimeLimits(uk.cml.domain.correspondence.SentLetter letter, DrawnFrom drawn) {
        return uk.cml.letters.templates.LetterTemplates.madeAs(letter.subject()).map(template -> {
            java.util.Set<String> keys = new java.util.HashSet<>();
            uk.cml.letters.templates.LetterTemplates.countsWith(template, uk.cml.letters.KeptLetterWords
                    .read(letter.madeWords()).flatMap(uk.cml.letters.KeptLetterWords::postedBy)
                    .orElse(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS))
                    .forEach(limit -> keys.add(limit.key()));
            return drawn.countingWith(keys::contains);
        }).orElse(drawn.countingWith(key -> false));
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
    /**
     * At start, the automatic backup missed when the app last stopped without closing (see
     * {@link RecordsSafety#backUpIfMissed}); nothing on records made by this start: a brand-new data folder was
     * "backed up as missed when the app last stopped" though the app had never run on it.
     */
    public Optional<RecordsSafety.BackupResult> backUpMissedAtLastStop() {
        return recordsWereThere ? safety.backUpIfMissed() : Optional.empty();
    }

    public static AppServices open(Path dataFolder, Clock clock) {
        try {
            DataFolder.create(dataFolder);
        } catch (IOException e) {
            throw new StoreException(Words.text("app.folder.notCreated", dataFolder), e);
        }
        Optional<SingleInstanceLock> lock;
        try {
            lock = SingleInstanceLock.tryAcquire(dataFolder);
        } catch (IOException e) {
            throw new StoreException(Words.text("app.folder.notOpened", dataFolder), e);
        }
        if (lock.isEmpty()) {
            throw new AlreadyOpen(dataFolder);
        }
        try {
            // Before anything opens the records: finish a restore that was cut off, remove what a cut-off
            // backup or restore left behind.
            List<String> notes = Leftovers.tidy(dataFolder);
            Optional<RecordsAnchor> anchor = RecordsAnchor.read(dataFolder);
            List<JournalTriggers.MissingSafeguard> missing = new java.util.ArrayList<>();
            boolean recordsWereThere = java.nio.file.Files.exists(dataFolder.resolve(Database.FILE_NAME));
            Database database = Database.open(dataFolder, clock, c -> missing.addAll(JournalTriggers.install(c, anchor)));
            if (!holdRecordsFile(lock.get())) {
                database.close();
                throw new AlreadyOpen(dataFolder);
            }
            AppServices services = new AppServices(dataFolder, clock, lock.get(), database);
            services.recordsWereThere = recordsWereThere;
            services.startNotes.addAll(notes);
            // Told at once, not only when the parent next checks: the figures shown may not be what was saved.
            missing.forEach(m -> services.startNotes.add(m.sentence() + " " + Words.text("app.startup.checkRecordsToSee")));
            services.startToldOfChanges = !missing.isEmpty();
            if (!services.safety.keepAnchor()) {
                // Told at once too: the app cannot vouch for these records (the anchor is missing though they had
                // one, or their history no longer holds it), and says so until the parent restores or starts again.
                Optional<String> anchorNote = services.safety.anchorNote();
                anchorNote.ifPresent(services.startNotes::add);
                services.startToldOfChanges |= anchorNote.isPresent();
            }
            return services;
        } catch (RuntimeException e) {
            release(lock.get());
            throw e;
        }
    }

    private static boolean holdRecordsFile(SingleInstanceLock lock) {
        try {
            return lock.holdRecordsFile();
        } catch (IOException e) {
            LOG.warning("Could not lock the records file: " + e.getMessage());
            return true;
        }
    }

    /** What this start found and dealt with before opening the records (a restore finished, say). */
    public List<String> startNotes() {
        return List.copyOf(startNotes);
    }

    /**
     * True when this start told the parent something about their records themselves (safeguards found missing, the
     * anchor lost or left behind), which sends them to Check records: the check made after opening does not say it
     * again.
     */
    public boolean startToldOfChanges() {
        return startToldOfChanges;
    }

    /** Another copy of the app has these records open. */
    public static final class AlreadyOpen extends StoreException {
        AlreadyOpen(Path dataFolder) {
            super(SingleInstanceLock.alreadyOpenMessage(dataFolder));
        }
    }

    /**
     * Replaces the records with a backup's: closes the database (keeping this folder locked, so nothing else
     * opens it meanwhile), restores, then releases everything. These services cannot be used afterwards;
     * the app must be opened again. A backup that fails its checks is refused with the records still open.
     */
    public BackupRestore.Restored replaceWithBackup(Path backup, Progress progress) {
        return replaceWithBackup(backup, Optional.empty(), progress);
    }

    /** As {@link #replaceWithBackup(Path, Progress)}, for a backup protected with a password. */
    public synchronized BackupRestore.Restored replaceWithBackup(Path backup, Optional<char[]> password,
                                                                 Progress progress) {
        if (closed) {
            throw new StoreException(Words.text("app.records.closed"));
        }
        try (BackupRestore.Prepared prepared = BackupRestore.prepare(backup, password, dataFolder, clock, progress)) {
            closed = true;
            safety.keepAnchor();
            database.close();
            lock.releaseRecordsFile();
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
        safety.keepAnchor();
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

    /**
     * Every area whose entries tell the case's story: the Timeline page and the evidence pack's chronology read this
     * one list, so neither leaves out what the other shows (the pack's had no CMS decisions or enforcement steps).
     */
    public java.util.List<uk.cml.domain.timeline.TimelineSource> timelineSources() {
        return java.util.List.of(payments, calls, sentLetters, receivedLetters, documents, notes, standing);
    }

    private DocumentPreview documentPreview;

    /**
     * Made on the Documents page's first visit, not with the services: its class brings Java's image classes (AWT)
     * and PDFBox's types with it, which the first frame does not need (issue 17).
     */
    public synchronized DocumentPreview documentPreview() {
        if (documentPreview == null) {
            documentPreview = new DocumentPreview();
        }
        return documentPreview;
    }
}
