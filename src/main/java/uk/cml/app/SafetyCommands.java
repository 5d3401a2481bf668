package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.safety.BackupRestore;
import uk.cml.safety.CheckReport;
import uk.cml.safety.CsvExport;
import uk.cml.safety.Leftovers;
import uk.cml.safety.Fingerprints;
import uk.cml.safety.RecordsCheck;
import uk.cml.safety.RecordsJournal;
import uk.cml.safety.RecordsSafety;
import uk.cml.safety.RestoreSteps;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * The commands for scheduled backups and scripted checks: backup, restore, verify, export-csv. Each one
 * takes the data folder's lock, so none runs while the app has the same records open, and each first
 * finishes a restore that was cut off (saying so).
 */
final class SafetyCommands {

    /** Exit code when verify finds something that does not match. */
    static final int CHANGES_FOUND = 3;

    private final Path folder;
    private final Clock clock;
    private final PrintStream out;
    private final Passwords passwords;

    SafetyCommands(Path folder, Clock clock, PrintStream out, Passwords passwords) {
        this.folder = folder;
        this.clock = clock;
        this.out = out;
        this.passwords = passwords;
    }

    int backup(String to, boolean protect) {
        Optional<char[]> password = protect ? Optional.of(passwords.forNewBackup()) : Optional.empty();
        try (AppServices services = openExisting()) {
            RecordsSafety.BackupResult result = services.safety.backUpTo(Path.of(to).toAbsolutePath(), password,
                    (done, total, step) -> { });
            out.println("Backed up your records and " + result.manifest().documentCount() + " stored files to "
                    + result.file() + (password.isPresent() ? ", protected with your password." : ""));
            out.println("Record fingerprint " + result.manifest().fingerprint().shortForm());
        } finally {
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
        return 0;
    }

    int restore(String from) {
        return restore(from, RestoreSteps.NONE);
    }

    /** {@code steps} lets the crash tests stop the process part-way. */
    int restore(String from, RestoreSteps steps) {
        Path backup = Path.of(from).toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no file at " + backup + ". Check the name and try again.");
        }
        Optional<char[]> password = BackupRestore.needsPassword(backup)
                ? Optional.of(passwords.forBackup(backup)) : Optional.empty();
        try (SingleInstanceLock lock = lockFolder(true)) {
            BackupRestore.Restored restored = BackupRestore.restore(backup, password, folder, clock, (d, t, s) -> { },
                    steps);
            out.println("Restored the backup made on " + restored.manifest().madeAt().toLocalDate() + " into " + folder);
            restored.keptAside().ifPresent(aside -> out.println("The records that were there before are kept in "
                    + aside));
        } catch (IOException e) {
            // Only closing the lock: the operating system releases it when this process ends.
        } finally {
            password.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        }
        return 0;
    }

    /** Check records, read-only; with a fingerprint, also where that fingerprint is in the journal. */
    int verify(Optional<String> fingerprint) {
        if (fingerprint.isPresent() && !RecordsJournal.looksLikeFingerprint(fingerprint.get())) {
            throw new IllegalArgumentException("--fingerprint takes the 16 letters and numbers printed after "
                    + "\"Record fingerprint\", such as 3F2A 91C0 7D4E 88B1.");
        }
        try (SingleInstanceLock lock = lockFolder(false)) {
            RecordsCheck.Result result = new RecordsCheck(folder, false).run((d, t, s) -> { }, fingerprint);
            CheckReport report = result.report();
            out.println(report.summary());
            report.problems().forEach(problem -> out.println("- " + problem));
            boolean found = true;
            if (fingerprint.isPresent()) {
                found = result.fingerprint().isPresent();
                out.println(Fingerprints.describe(fingerprint.get(), result.fingerprint(), report.allMatch()));
            }
            return report.allMatch() && found ? 0 : CHANGES_FOUND;
        } catch (IOException e) {
            return 0;
        }
    }

    int exportCsv(String to) {
        Path target = Path.of(to).toAbsolutePath();
        try (AppServices services = openExisting()) {
            List<CaseFile> cases = services.cases.cases();
            if (cases.isEmpty()) {
                throw new StoreException("There are no cases in " + folder + " yet, so there is nothing to export.");
            }
            for (CsvExport.CaseExport written : services.safety.csvExport().exportAllCases(target, LocalDate.now(clock))) {
                out.println("Wrote " + written.files() + " CSV files to " + written.folder());
            }
        } catch (IOException e) {
            throw new StoreException("The CSV files could not be written to " + target + ". Check the folder can be "
                    + "written to and has space.", e);
        }
        return 0;
    }

    private AppServices openExisting() {
        if (!Files.exists(folder.resolve(Database.FILE_NAME))
                && !Files.exists(folder.resolve(uk.cml.safety.RestoreJournal.INTENT))) {
            throw new StoreException("There are no records in " + folder + ". Check the folder given with --data-dir.");
        }
        try {
            AppServices services = AppServices.open(folder, clock);
            services.startNotes().forEach(out::println);
            return services;
        } catch (AppServices.AlreadyOpen e) {
            throw appOpen();
        }
    }

    /** Takes the folder's lock and tidies what a cut-off backup or restore left, before the records are read. */
    private SingleInstanceLock lockFolder(boolean createFolder) {
        if (createFolder) {
            try {
                DataFolder.create(folder);
            } catch (IOException e) {
                throw new StoreException("The app could not create the folder " + folder + ".", e);
            }
        } else if (!Files.isDirectory(folder)) {
            throw new StoreException("There are no records in " + folder + ". Check the folder given with --data-dir.");
        }
        SingleInstanceLock lock;
        try {
            lock = SingleInstanceLock.tryAcquire(folder).orElseThrow(this::appOpen);
        } catch (IOException e) {
            throw new StoreException("The app could not open its folder at " + folder + ".", e);
        }
        try {
            Leftovers.tidy(folder).forEach(out::println);
            return lock;
        } catch (RuntimeException e) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // Released when this process ends.
            }
            throw e;
        }
    }

    private StoreException appOpen() {
        return new StoreException("Child Maintenance Log is open on the records in " + folder + ". Close the app, "
                + "then run the command again. Nothing has been changed.");
    }
}
