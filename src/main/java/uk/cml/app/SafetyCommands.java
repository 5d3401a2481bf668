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
import uk.cml.safety.RecordsSafety;
import uk.cml.store.Database;
import uk.cml.safety.CsvExport;
import uk.cml.store.StoreException;

/**
 * The commands for scheduled backups and scripted checks: backup, restore, verify, export-csv. Each one
 * takes the data folder's lock, so none runs while the app has the same records open.
 */
final class SafetyCommands {

    /** Exit code when verify finds something that does not match. */
    static final int CHANGES_FOUND = 3;

    private final Path folder;
    private final Clock clock;
    private final PrintStream out;

    SafetyCommands(Path folder, Clock clock, PrintStream out) {
        this.folder = folder;
        this.clock = clock;
        this.out = out;
    }

    int backup(String to) {
        try (AppServices services = openExisting()) {
            RecordsSafety.BackupResult result = services.safety.backUpTo(Path.of(to).toAbsolutePath(),
                    (done, total, step) -> { });
            out.println("Backed up your records and " + result.manifest().documentCount() + " stored files to "
                    + result.file());
            out.println("Record fingerprint " + result.manifest().fingerprint().shortForm());
        }
        return 0;
    }

    int restore(String from) {
        Path backup = Path.of(from).toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no file at " + backup + ". Check the name and try again.");
        }
        try {
            DataFolder.create(folder);
        } catch (IOException e) {
            throw new StoreException("The app could not create the folder " + folder + ".", e);
        }
        SingleInstanceLock lock = acquire();
        try {
            BackupRestore.Restored restored = BackupRestore.restore(backup, folder, clock, (d, t, s) -> { });
            out.println("Restored the backup made on " + restored.manifest().madeAt().toLocalDate() + " into " + folder);
            restored.keptAside().ifPresent(aside -> out.println("The records that were there before are kept in "
                    + aside));
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                // The operating system releases it when this process ends.
            }
        }
        return 0;
    }

    int verify() {
        try (AppServices services = openExisting()) {
            CheckReport report = services.safety.check((d, t, s) -> { });
            out.println(report.summary());
            report.problems().forEach(problem -> out.println("- " + problem));
            return report.allMatch() ? 0 : CHANGES_FOUND;
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
        if (!Files.exists(folder.resolve(Database.FILE_NAME))) {
            throw new StoreException("There are no records in " + folder + ". Check the folder given with --data-dir.");
        }
        try {
            return AppServices.open(folder, clock);
        } catch (StoreException e) {
            if (e.getMessage().equals(SingleInstanceLock.alreadyOpenMessage(folder))) {
                throw appOpen();
            }
            throw e;
        }
    }

    private SingleInstanceLock acquire() {
        try {
            Optional<SingleInstanceLock> lock = SingleInstanceLock.tryAcquire(folder);
            return lock.orElseThrow(this::appOpen);
        } catch (IOException e) {
            throw new StoreException("The app could not open its folder at " + folder + ".", e);
        }
    }

    private StoreException appOpen() {
        return new StoreException("Child Maintenance Log is open on the records in " + folder + ". Close the app, "
                + "then run the command again. Nothing has been changed.");
    }

}
