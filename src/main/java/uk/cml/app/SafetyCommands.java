package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
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
            out.println(Words.text("cli.backedUp", result.manifest().documentCount(), result.file(),
                    password.isPresent() ? Words.text("cli.backedUpProtected") : ""));
            out.println(Words.text("cli.fingerprint", result.manifest().fingerprint().shortForm()));
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
            throw new StoreException(Words.text("cli.noFile", backup));
        }
        Optional<char[]> password = BackupRestore.needsPassword(backup)
                ? Optional.of(passwords.forBackup(backup)) : Optional.empty();
        try (SingleInstanceLock lock = lockFolder(true)) {
            BackupRestore.Restored restored = BackupRestore.restore(backup, password, folder, clock, (d, t, s) -> { },
                    steps);
            out.println(Words.text("cli.restored", restored.manifest().madeAt().toLocalDate(), folder));
            restored.keptAside().ifPresent(aside -> out.println(Words.text("cli.keptAside", aside)));
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
            throw new IllegalArgumentException(Words.text("cli.fingerprintForm"));
        }
        try (SingleInstanceLock lock = lockFolder(false)) {
            RecordsCheck.Result result = new RecordsCheck(folder, false).run((d, t, s) -> { }, fingerprint);
            CheckReport report = result.report();
            out.println(report.summary());
            // A blank line between findings: a record changed outside the app is named with its fields on the
            // lines under it, and findings printed one after another would run together.
            List<String> findings = report.findings();
            for (int i = 0; i < findings.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.println("- " + findings.get(i));
            }
            if (!report.detailsToCorrect().isEmpty()) {
                // Advice, not damage: listed apart, and the exit code still says whether the records are sound.
                if (!report.allMatch()) {
                    out.println();
                }
                out.println(Words.text("safety.details.heading"));
                report.detailsToCorrect().forEach(detail -> out.println("- " + detail));
            }
            if (!report.plansToCheck().isEmpty()) {
                if (!report.allMatch() || !report.detailsToCorrect().isEmpty()) {
                    out.println();
                }
                out.println(Words.text("safety.plans.heading"));
                report.plansToCheck().forEach(plan -> out.println("- " + plan));
            }
            boolean found = true;
            if (fingerprint.isPresent()) {
                found = result.fingerprint().isPresent();
                if (report.anythingListed()) {
                    out.println(); // apart from the last finding listed
                }
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
                throw new StoreException(Words.text("cli.noCasesToExport", folder));
            }
            for (CsvExport.CaseExport written : services.safety.csvExport().exportAllCases(target, LocalDate.now(clock))) {
                out.println(Words.text("cli.csvWritten", written.files(), written.folder()));
            }
        } catch (IOException e) {
            throw new StoreException(Words.text("cli.csvNotWritten", target), e);
        }
        return 0;
    }

    private AppServices openExisting() {
        if (!Files.exists(folder.resolve(Database.FILE_NAME))
                && !Files.exists(folder.resolve(uk.cml.safety.RestoreJournal.INTENT))) {
            throw new StoreException(Words.text("cli.noRecords", folder));
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
                throw new StoreException(Words.text("cli.folderNotCreated", folder), e);
            }
        } else if (!Files.isDirectory(folder)) {
            throw new StoreException(Words.text("cli.noRecords", folder));
        }
        SingleInstanceLock lock;
        try {
            lock = SingleInstanceLock.tryAcquire(folder).orElseThrow(this::appOpen);
        } catch (IOException e) {
            throw new StoreException(Words.text("cli.folderNotOpened", folder), e);
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
        return new StoreException(Words.text("cli.appIsOpen", folder));
    }
}
