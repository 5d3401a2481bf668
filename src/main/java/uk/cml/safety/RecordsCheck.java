package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.cml.documents.DocumentStore;
import uk.cml.documents.VerifyResult;
import uk.cml.domain.Words;
import uk.cml.store.Database;
import uk.cml.store.SqlWork;
import uk.cml.store.StoreException;

/**
 * "Check records", on a read-only look at the records file that never creates or changes anything: the
 * schema against the app's own, every journal hash worked out again, the journal's end against the anchor
 * kept beside the file, each live record against its newest journal entry, every stored file hashed again.
 * Names whatever differs, in plain English; apart from that, the case details the Case page would now refuse and
 * the payment plans first due off the payment day of the plan before them.
 */
public final class RecordsCheck {

    private static final Logger LOG = Logger.getLogger(RecordsCheck.class.getName());

    private final Path dataFolder;
    private final DocumentStore documents;
    private final boolean openInThisProcess;

    /**
     * @param openInThisProcess true when this process has the records open (the window): see
     *                          {@link ReadOnlyRecords#open}
     */
    public RecordsCheck(Path dataFolder, boolean openInThisProcess) {
        this.dataFolder = dataFolder;
        this.documents = new DocumentStore(dataFolder.resolve(RestoreJournal.DOCUMENTS));
        this.openInThisProcess = openInThisProcess;
    }

    /** What was found, and where a fingerprint asked about is (empty if not asked, or not found). */
    public record Result(CheckReport report, Optional<RecordsJournal.Found> fingerprint) {
    }

    public CheckReport run(Progress progress) {
        return run(progress, Optional.empty()).report();
    }

    public Result run(Progress progress, Optional<String> fingerprintAsked) {
        List<String> problems = new ArrayList<>();
        List<String> details;
        List<String> plans;
        progress.update(0, -1, Words.text("safety.progress.checkingJournal"));
        Path file = dataFolder.resolve(Database.FILE_NAME);
        long entries;
        long records = 0;
        Map<String, String> referenced;
        Fingerprint fingerprint;
        boolean startAgain = false;
        List<AnchorRestart> restarts = List.of();
        Optional<RecordsJournal.Found> found = Optional.empty();
        try (Connection c = ReadOnlyRecords.open(file, Words.text("safety.records.fileIn", dataFolder),
                openInThisProcess)) {
            c.setAutoCommit(false); // one snapshot for the whole check
            int version = schemaVersion(c, file);
            SchemaCheck.compare(c, version, problems);
            details = advice(c, version, DetailsToCorrect::list, DetailsToCorrect.class);
            plans = advice(c, version, PlansToCheck::list, PlansToCheck.class);
            boolean journal = SchemaCheck.hasTable(c, "journal");
            if (journal) {
                JournalCheck.safeguardsFoundMissing(c, problems);
            }
            entries = journal ? JournalCheck.chain(c, problems) : 0;
            if (journal) {
                for (TableShape table : TableShape.userTables(c)) {
                    if (SchemaCheck.appTables(version).contains(table.name())) {
                        records += LiveRows.compare(c, table, problems);
                    }
                }
                JournalCheck.anchor(c, RecordsAnchor.read(dataFolder), records, problems, true);
                restarts = JournalCheck.anchorRestarts(c);
                startAgain = RecordsAnchor.toStartAgain(dataFolder, c);
                fingerprint = RecordsJournal.newest(c);
                if (fingerprintAsked.isPresent()) {
                    found = RecordsJournal.find(c, fingerprintAsked.get());
                }
            } else {
                fingerprint = new Fingerprint(uk.cml.store.ChainHash.START, 0);
            }
            referenced = DocumentReferences.find(c);
            c.rollback();
        } catch (SQLException e) {
            throw new StoreException(Words.text("safety.check.notReadToTheEnd", dataFolder), e);
        }
        long files = checkDocuments(referenced, problems, progress);
        return new Result(new CheckReport(problems, details, plans, entries, records, files, fingerprint,
                startAgain, restarts), found);
    }

    /**
     * Advice (details to correct, plans to check), read as this version reads the records, so only from records at this version's schema: older records
     * are upgraded when the app opens them, and the next check lists it.
     */
    private static List<String> advice(Connection c, int version, SqlWork<List<String>> advice, Class<?> what) {
        if (version != Database.latestSchemaVersion()) {
            return List.of();
        }
        try {
            return advice.run(c);
        } catch (SQLException | RuntimeException e) {
            // A table changed outside the app is named by the schema check; the rest of the check still runs.
            LOG.log(Level.WARNING, what.getSimpleName() + " could not be read for Check records", e);
            return List.of();
        }
    }

    private static int schemaVersion(Connection c, Path file) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version == 0) {
            throw new StoreException(Words.text("safety.check.neverSetUp", file.getParent()));
        }
        if (version > Database.latestSchemaVersion()) {
            throw new StoreException(Words.text("safety.check.newerVersion"));
        }
        return version;
    }

    private long checkDocuments(Map<String, String> referenced, List<String> problems, Progress progress) {
        Map<String, String> toCheck = new LinkedHashMap<>(referenced);
        try {
            for (String hash : documents.listAll()) {
                toCheck.putIfAbsent(hash, null);
            }
        } catch (IOException e) {
            throw new StoreException(Words.text("safety.check.documentsUnreadable", documents.root()), e);
        }
        long done = 0;
        for (Map.Entry<String, String> file : toCheck.entrySet()) {
            progress.update(done++, toCheck.size(), Words.text("safety.progress.checkingFiles"));
            VerifyResult result = documents.verify(file.getKey());
            if (result != VerifyResult.OK) {
                problems.add(fileProblem(file.getKey(), file.getValue(), result));
            }
        }
        progress.update(done, toCheck.size(), Words.text("safety.progress.done"));
        return toCheck.size();
    }

    private static String fileProblem(String hash, String name, VerifyResult result) {
        String file = name == null ? Words.text("safety.file.stored", hash.substring(0, 12))
                : Words.text("safety.file.named", name);
        return switch (result) {
            case MISSING -> Words.text("safety.file.missing", file);
            case CHANGED -> Words.text("safety.file.changed", file);
            default -> Words.text("safety.file.unreadable", file);
        };
    }

    static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
