package uk.cml.safety;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.SettingsStore;
import uk.cml.store.StoreException;

/**
 * Keeping the parent's records safe: the journal's fingerprint, "Check records", backups and the CSV
 * export, for one open data folder. Every method does file or database work: call it off the FX thread.
 */
public final class RecordsSafety {

    private static final Logger LOG = Logger.getLogger(RecordsSafety.class.getName());
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 10;

    private final Database database;
    private final SettingsStore settings;
    private final DocumentStore documents;
    private final Clock clock;
    private final BackupWriter writer;
    private final AutomaticBackups automatic;
    private final RecordsJournal journal;
    private final Path dataFolder;
    private final CaseSchedules schedules;

    /**
     * With the schedule worked out on the calendar of England and Wales as shipped, without the days the parent
     * added: for tests and tools. The app hands in its own ({@link #RecordsSafety(Database, SettingsStore, Path,
     * Clock, String, CaseSchedules)}).
     */
    public RecordsSafety(Database database, SettingsStore settings, Path dataFolder, Clock clock, String appVersion) {
        this(database, settings, dataFolder, clock, appVersion, (caseId, today) -> database.read(
                c -> uk.cml.store.PaymentStore.readRecords(c, caseId, new uk.cml.domain.arrears.ArrearsCalculator()))
                .schedule(today, today));
    }

    /** @param schedules each case's arrears schedule as the app works it out, for the spreadsheet export */
    public RecordsSafety(Database database, SettingsStore settings, Path dataFolder, Clock clock, String appVersion,
            CaseSchedules schedules) {
        this.schedules = schedules;
        this.database = database;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.documents = new DocumentStore(dataFolder.resolve("documents"));
        this.clock = clock;
        this.writer = new BackupWriter(database.file(), documents, appVersion, clock);
        this.automatic = new AutomaticBackups(dataFolder);
        this.journal = new RecordsJournal(database);
    }

    /** The fingerprint to print at the foot of letters and on the pack's last page. */
    public Fingerprint fingerprint() {
        return journal.current();
    }

    /** The folder the records are kept in (a restore puts the records from before it in a folder inside). */
    public Path dataFolder() {
        return dataFolder;
    }

    public RecordsJournal journal() {
        return journal;
    }

    public CheckReport check(Progress progress) {
        return new RecordsCheck(dataFolder, true).run(progress);
    }

    /**
     * What every check repeats that a start told the parent when it was found: each time the app found a table's
     * safeguards missing or changed as it opened. In Check records' words.
     */
    public List<String> toldWhenFound() {
        return database.read(c -> JournalTriggers.findings(c).stream().map(JournalCheck::sentence).toList());
    }

    /** Check records, and where a fingerprint printed on a letter is in the journal (empty: not there). */
    public RecordsCheck.Result checkFingerprint(String printed, Progress progress) {
        return new RecordsCheck(dataFolder, true).run(progress, Optional.of(printed));
    }

    /**
     * Moves the anchor beside the records on to the journal's end, if the journal still holds the old one.
     * Called when the records open and close and after each backup. Returns false when the anchor cannot vouch for
     * the records (missing though they had one, or no longer held by their journal): nothing was written, and
     * Check records names why; also false when it could not be written (said in the log).
     */
    public boolean keepAnchor() {
        try {
            RecordsAnchor.Kept kept = RecordsAnchor.Kept.NOTED;
            for (int pass = 0; pass < 2 && kept == RecordsAnchor.Kept.NOTED; pass++) {
                kept = database.inTransaction(c -> {
                    try {
                        return RecordsAnchor.advance(dataFolder, c);
                    } catch (IOException e) {
                        throw new StoreException(Words.text("safety.anchor.notWritten"), e);
                    }
                });
            }
            if (kept == RecordsAnchor.Kept.NOT_HELD || kept == RecordsAnchor.Kept.LOST) {
                LOG.warning("The record anchor was not moved on: Check records names why");
                return false;
            }
            return true;
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Could not keep the record anchor", e);
            return false;
        }
    }

    /**
     * When the records open: what to tell the parent at once about the anchor, if it cannot vouch for the records
     * (one sentence, as Check records says it), or empty. Only cheap questions of the journal, no full check.
     */
    public Optional<String> anchorNote() {
        try {
            return database.read(c -> {
                Optional<RecordsAnchor> anchor = RecordsAnchor.read(dataFolder);
                java.util.List<String> said = new ArrayList<>();
                if (anchor.isEmpty() ? RecordsAnchor.anchoredBefore(c) : !anchor.get().heldBy(c)) {
                    JournalCheck.anchor(c, anchor, 0, said, true);
                }
                return said.stream().findFirst();
            });
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Could not look at the record anchor", e);
            return Optional.empty();
        }
    }

    /** True when the anchor cannot vouch for the records and only the parent can say to start it again. */
    public boolean anchorToStartAgain() {
        return database.read(c -> RecordsAnchor.toStartAgain(dataFolder, c));
    }

    /**
     * The parent's word that these are their newest records: the anchor starts again from them. The journal notes
     * it first, so every later Check records says it was started again, and when, and from which entry.
     */
    public void startAnchorAgain() {
        if (!database.inTransaction(c -> RecordsAnchor.startAgain(dataFolder, c))) {
            return;
        }
        LOG.warning("The record anchor was started again from the records as they are, at the parent's word");
        database.read(c -> {
            try {
                RecordsAnchor.writeAtEnd(dataFolder, c);
                return null;
            } catch (IOException e) {
                throw new StoreException(Words.text("safety.anchor.notWritten"), e);
            }
        });
    }

    /** The name "Back up now" suggests for today. */
    public String suggestedName() {
        return BackupNames.forDay(LocalDate.now(clock));
    }

    /**
     * Backs up to {@code destination}: a folder (today's name is used, with " (2)" if taken) or a file
     * name, which must not exist yet. Returns the file written.
     */
    public BackupResult backUpTo(Path destination, Progress progress) {
        return backUpTo(destination, Optional.empty(), progress);
    }

    /** As {@link #backUpTo(Path, Progress)}, protected with a password when one is given (never stored). */
    public BackupResult backUpTo(Path destination, Optional<char[]> password, Progress progress) {
        Path target = Files.isDirectory(destination)
                ? BackupNames.unused(destination, suggestedName()) : destination;
        if (Files.exists(target)) {
            throw new StoreException(Words.text("safety.backup.alreadyThere", target.getFileName()));
        }
        BackupDestination.prepare(target);
        try {
            BackupResult result = new BackupResult(target, writer.write(target, password, progress));
            keepAnchor();
            return result;
        } catch (FileAlreadyExistsException e) {
            throw new StoreException(Words.text("safety.backup.alreadyThere", target.getFileName()), e);
        } catch (IOException | StoreException e) {
            LOG.log(Level.WARNING, "Backup failed", e);
            throw BackupDestination.failed(target, dataFolder, e);
        }
    }

    /**
     * The backup when the app closes: today's, or today's made again when the records changed since it, so each
     * day's automatic backup holds the records as that day left them.
     */
    public Optional<BackupResult> backUpIfDue() {
        return backUpDay(LocalDate.now(clock));
    }

    /**
     * At start: the records changed after the newest automatic backup was made, so the app stopped before its
     * backup at close (a log-off, a shutdown, a kill, a power cut). Backs them up now, as they were left, under the
     * day of their last change: that day gets its backup, and today's close makes today's.
     */
    public Optional<BackupResult> backUpIfMissed() {
        Fingerprint now = journal.current();
        if (now.entries() == 0) {
            return Optional.empty();
        }
        try {
            List<Path> made = automatic.list();
            if (!made.isEmpty() && holds(made.get(made.size() - 1), now)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the automatic backups", e);
        }
        return backUpDay(journal.lastChangeDay().orElse(LocalDate.now(clock)));
    }

    /**
     * The day's backup, made again when the records only grew since it. Never over a backup of records the journal
     * no longer holds (an older copy put back, or its history rewritten), nor over one from before the app found its
     * safeguards missing, nor over one made before the records were upgraded that day: such a backup may be the last
     * good copy, so the new one goes beside it ("... (2).zip").
     */
    private Optional<BackupResult> backUpDay(LocalDate day) {
        Path target = automatic.forDay(day);
        BackupResult result;
        List<Path> ofDay;
        try {
            ofDay = automatic.ofDay(day);
        } catch (IOException e) {
            throw BackupDestination.failed(target, dataFolder, e);
        }
        if (ofDay.isEmpty()) {
            result = backUpTo(target, Progress.NONE);
        } else {
            Path latest = ofDay.get(ofDay.size() - 1);
            Optional<Fingerprint> there = fingerprintIn(latest);
            if (there.isPresent() && there.get().equals(journal.current())) {
                return Optional.empty();
            } else if (there.isPresent() && onlyGrewSince(there.get()) && madeByThisSchema(latest)) {
                result = replace(latest);
            } else {
                LOG.warning("The day's automatic backup holds records the journal no longer holds, was made before "
                        + "the records were upgraded, or cannot be read; the new one is made beside it");
                result = backUpTo(BackupNames.unused(automatic.folder(), target.getFileName().toString()),
                        Progress.NONE);
            }
        }
        noteNewest();
        try {
            automatic.prune(keepAutomatic(), newestOfAnotherHistory().map(java.util.Set::of).orElse(java.util.Set.of()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove old automatic backups", e);
        }
        return Optional.of(result);
    }

    /**
     * True when {@code backup} was made from records with the schema they have now. One made before an upgrade the
     * same day is the only copy of the records as the earlier version kept them that the parent can put back from
     * the list of backups: it is never made again over (the upgrade's own copy aside is not in that list). Read only
     * when the day's backup is about to be made again, so a start that finds nothing changed opens no zip.
     */
    private boolean madeByThisSchema(Path backup) {
        try (BackupReader reader = new BackupReader(backup, Optional.empty())) {
            return reader.manifest().schemaVersion() == database.schemaVersion();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * The fingerprint in a backup's manifest, or empty when it cannot be read. The newest automatic backup's comes
     * from its note when the bytes the note vouches for are unchanged (no zip opened: issue 17); any other backup, or
     * one whose note is missing or no longer matches, is opened and read, and the newest automatic one then noted, so
     * the next start need not open it.
     */
    private Optional<Fingerprint> fingerprintIn(Path backup) {
        Optional<Fingerprint> noted = BackupNote.read(dataFolder).flatMap(note -> note.fingerprintOf(backup));
        if (noted.isPresent()) {
            return noted;
        }
        Optional<Fingerprint> read = readBack(backup);
        if (read.isPresent() && isNewestAutomatic(backup)) {
            noteNewest();
        }
        return read;
    }

    /** The fingerprint read from the backup itself: its manifest, through the zip. Empty when it cannot be read. */
    private static Optional<Fingerprint> readBack(Path backup) {
        try (BackupReader reader = new BackupReader(backup, Optional.empty())) {
            return Optional.of(reader.manifest().fingerprint());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private boolean isNewestAutomatic(Path backup) {
        try {
            List<Path> made = automatic.list();
            return !made.isEmpty() && made.get(made.size() - 1).equals(backup);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads the newest automatic backup back, as a start once did (the zip's list of entries and its manifest), and
     * notes what it holds beside the records, so a start can tell from the note alone. Called when a backup has been
     * made, before the app closes: a backup that cannot be read back gets no note, so the next start opens it, finds
     * it unreadable and makes one beside it, as before notes. Never throws: without a note a start reads the zip.
     */
    private void noteNewest() {
        try {
            List<Path> made = automatic.list();
            if (made.isEmpty()) {
                BackupNote.forget(dataFolder);
                return;
            }
            Path newest = made.get(made.size() - 1);
            Optional<BackupNote> note;
            try (BackupReader reader = new BackupReader(newest, Optional.empty())) {
                Fingerprint held = reader.manifest().fingerprint();
                long manifestAt = reader.entries().get(BackupManifest.ENTRY_NAME).getOffsetLocalHeader();
                note = Optional.of(BackupNote.of(newest, manifestAt, held));
            } catch (RuntimeException unreadable) {
                LOG.log(Level.WARNING, "The newest automatic backup could not be read back; no note of it is kept",
                        unreadable);
                note = Optional.empty();
            }
            if (note.isPresent()) {
                note.get().write(dataFolder);
            } else {
                BackupNote.forget(dataFolder);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not keep the note of the newest automatic backup", e);
        }
    }

    /**
     * True when the journal still holds {@code backedUp} and the app found no safeguards missing since: the records
     * only grew from those, as far as can be told without a full check.
     */
    private boolean onlyGrewSince(Fingerprint backedUp) {
        return database.read(c -> RecordsAnchor.of(backedUp).heldBy(c)
                && !JournalTriggers.foundMissingAfter(c, backedUp.entries()));
    }

    /**
     * The newest automatic backup of records the journal no longer holds (or made before the app found safeguards
     * missing): kept whatever the number to keep, as the last copy from before that. Manifests are read only when
     * something is to be removed.
     */
    private Optional<Path> newestOfAnotherHistory() throws IOException {
        List<Path> made = automatic.list();
        if (made.size() <= keepAutomatic()) {
            return Optional.empty();
        }
        for (int i = made.size() - 1; i >= 0; i--) {
            Optional<Fingerprint> there = fingerprintIn(made.get(i));
            if (there.isPresent() && !onlyGrewSince(there.get())) {
                return Optional.of(made.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when the backup holds the records as they stand ({@code now}); false when it cannot be read. */
    private boolean holds(Path backup, Fingerprint now) {
        return fingerprintIn(backup).map(now::equals).orElse(false);
    }

    /** The day's backup written afresh beside the old one, then moved over it: never a moment without one. */
    private BackupResult replace(Path target) {
        Path fresh = target.resolveSibling(AutomaticBackups.REPLACING + target.getFileName());
        try {
            Files.deleteIfExists(fresh);
            BackupResult made = backUpTo(fresh, Progress.NONE);
            try {
                Files.move(fresh, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(fresh, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            SafeFiles.syncFolder(target.getParent());
            return new BackupResult(target, made.manifest());
        } catch (IOException e) {
            throw BackupDestination.failed(target, dataFolder, e);
        }
    }

    /** Automatic backups in the data folder, newest first. */
    public List<Path> automaticBackups() {
        try {
            List<Path> newestFirst = new ArrayList<>(automatic.list());
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        } catch (IOException e) {
            return List.of();
        }
    }

    public int keepAutomatic() {
        return settings.get(KEEP_SETTING).map(RecordsSafety::keepValue).orElse(DEFAULT_KEEP);
    }

    public void setKeepAutomatic(int keep) {
        settings.put(KEEP_SETTING, String.valueOf(Math.max(1, Math.min(100, keep))));
    }

    private static int keepValue(String saved) {
        try {
            return Math.max(1, Integer.parseInt(saved.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public CsvExport csvExport() {
        return new CsvExport(database, schedules, clock);
    }

    /** Every case's logs as CSV files in a new dated folder under {@code parent}. */
    public List<CsvExport.CaseExport> exportCsv(Path parent) throws IOException {
        return csvExport().exportAllCases(parent, LocalDate.now(clock));
    }

    /** A backup made: where, and what it holds. */
    public record BackupResult(Path file, BackupManifest manifest) {
    }
}
