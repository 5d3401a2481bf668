package uk.cml.safety;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cml.documents.DocumentStore;
import uk.cml.documents.VerifyResult;
import uk.cml.store.ChainHash;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * "Check records": works every journal hash out again, compares each live record with its newest journal
 * entry, and hashes every stored file again. Names whatever differs, in plain English.
 */
public final class RecordsCheck {

    private final Database database;
    private final DocumentStore documents;

    public RecordsCheck(Database database, DocumentStore documents) {
        this.database = database;
        this.documents = documents;
    }

    public CheckReport run(Progress progress) {
        List<String> problems = new ArrayList<>();
        progress.update(0, -1, "Checking the record journal");
        long[] counts = database.read(c -> {
            long entries = checkChain(c, problems);
            long records = 0;
            for (TableShape table : TableShape.userTables(c)) {
                records += LiveRows.compare(c, table, problems);
            }
            return new long[] {entries, records};
        });
        Map<String, String> referenced = database.read(DocumentReferences::find);
        long files = checkDocuments(referenced, problems, progress);
        Fingerprint fingerprint = new RecordsJournal(database).current();
        return new CheckReport(problems, counts[0], counts[1], files, fingerprint);
    }

    /** Each entry must point at the one before and hash to what it says. Returns how many were read. */
    private static long checkChain(Connection c, List<String> problems) throws SQLException {
        String expectedPrev = ChainHash.START;
        long count = 0;
        try (Statement s = c.createStatement();
             ResultSet e = s.executeQuery("SELECT id, table_name, row_id, operation, at, content, prev_hash, hash, "
                     + "json_extract(content, '$.recorded_at') FROM journal ORDER BY id")) {
            while (e.next()) {
                count++;
                long id = e.getLong(1);
                String table = e.getString(2);
                String prev = e.getString(7);
                String hash = e.getString(8);
                if (!expectedPrev.equals(prev)) {
                    problems.add("The record journal has an entry missing or added outside the app just before "
                            + "entry " + id + ".");
                }
                String worked = ChainHash.of(prev, table, e.getString(3), e.getString(4), e.getString(5),
                        e.getString(6));
                if (!worked.equals(hash)) {
                    String what = e.getLong(3) == 0 ? "The list of columns kept for " + RecordNames.noun(table)
                            + " records" : "The history of " + lowerFirst(RecordNames.describe(table, e.getLong(3),
                            e.getString(9)));
                    problems.add(what + " was changed outside the app (journal entry " + id + ").");
                }
                expectedPrev = hash;
            }
        }
        return count;
    }

    private long checkDocuments(Map<String, String> referenced, List<String> problems, Progress progress) {
        Map<String, String> toCheck = new LinkedHashMap<>(referenced);
        try {
            for (String hash : documents.listAll()) {
                toCheck.putIfAbsent(hash, null);
            }
        } catch (IOException e) {
            throw new StoreException("The app could not read the documents folder " + documents.root()
                    + ". Check it is there and try again.", e);
        }
        long done = 0;
        for (Map.Entry<String, String> file : toCheck.entrySet()) {
            progress.update(done++, toCheck.size(), "Checking your stored files");
            VerifyResult result = documents.verify(file.getKey());
            if (result != VerifyResult.OK) {
                problems.add(fileProblem(file.getKey(), file.getValue(), result));
            }
        }
        progress.update(done, toCheck.size(), "Done");
        return toCheck.size();
    }

    private static String fileProblem(String hash, String name, VerifyResult result) {
        String file = name == null ? "The stored file " + hash.substring(0, 12) : "The file " + name;
        return switch (result) {
            case MISSING -> file + " is missing from the documents folder.";
            case CHANGED -> file + " has been changed since it was stored.";
            default -> file + " could not be read. Check the documents folder can be opened.";
        };
    }

    static String lowerFirst(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
