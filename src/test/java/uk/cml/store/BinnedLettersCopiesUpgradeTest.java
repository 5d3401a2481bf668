package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;

/**
 * V036: before 6 Dec 2026 a letter made again went to the Bin while its PDF stayed in Documents (and before that,
 * a letter moved to the Bin did too). A data folder at V035 with such letters, written as the old code wrote them
 * (the letter's row binned by its own UPDATE, its copy untouched), is tidied on upgrade, after the records are copied
 * aside: the copy of a letter in the Bin never posted goes to the Bin with the letter's own bin marker, so putting
 * the letter back brings it back. A file another record outside the Bin uses stays; so does the copy of a posted
 * letter, the record of what was sent; a document the parent binned on its own keeps its own marker. Real SQLite.
 */
class BinnedLettersCopiesUpgradeTest {

    @TempDir
    Path folder;
    @TempDir
    Path parentsFiles;

    private static final String MADE_AGAIN_AT = "2026-11-20T10:00";
    private static final String THROWN_AWAY_AT = "2026-11-21T09:30";
    private static final String ALONE_AT = "2026-11-19T08:00";

    private final Map<String, Long> ids = new HashMap<>();

    private static SentLetter letter(long caseId, long copy, boolean posted, ProofOfPostage proof) {
        LocalDate day = LocalDate.of(2026, 11, 18);
        return new SentLetter(0, caseId, day, posted ? Optional.of(day) : Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Arrears breakdown", LetterKind.ARREARS_REPORT, Optional.of(copy),
                posted ? Optional.of(PostingMethod.FIRST_CLASS) : Optional.empty(), proof, "", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Binned as the old code did: the letter's row alone (RecordTable.addInPlaceOf, or Move to bin before 6 Dec). */
    private static void binnedTheOldWay(Database db, String table, long id, String at) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, at);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static String marker(Database db, String table, long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT deleted_at FROM " + table + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    return r.getString(1);
                }
            }
        });
    }

    private void oldFolder() {
        OlderRecordsFile.makeWith(folder, 35, db -> {
            History history = new History(DatabaseTest.CLOCK);
            long caseId = new CaseStore(db, history, DatabaseTest.CLOCK).completeSetup(CaseStoreTest.me(),
                    CaseStoreTest.aCase());
            DocumentRecordStore documents = new DocumentRecordStore(db, history, DatabaseTest.CLOCK,
                    new DocumentStore(folder.resolve("documents")));
            SentLetterStore letters = new SentLetterStore(db, history, DatabaseTest.CLOCK);
            try {
                int shade = 10;
                for (String name : new String[] {"madeAgain", "new", "shared", "certificate", "posted", "alone"}) {
                    ids.put(name + "Pdf", documents.add(caseId, TestFiles.png(parentsFiles.resolve(name + ".png"),
                            shade++), "").document().id());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ids.put("caseId", caseId);
            // Made, then made again: the earlier one in the Bin, its PDF left in Documents; the new one to post.
            ids.put("madeAgain", letters.save(letter(caseId, ids.get("madeAgainPdf"), false, ProofOfPostage.NONE)));
            ids.put("new", letters.save(letter(caseId, ids.get("newPdf"), false, ProofOfPostage.NONE)));
            binnedTheOldWay(db, "letter_sent", ids.get("madeAgain"), MADE_AGAIN_AT);
            // A binned letter whose copy another letter, outside the Bin, also has as its copy.
            ids.put("sharedBinned", letters.save(letter(caseId, ids.get("sharedPdf"), false, ProofOfPostage.NONE)));
            ids.put("sharedKept", letters.save(letter(caseId, ids.get("sharedPdf"), false, ProofOfPostage.NONE)));
            binnedTheOldWay(db, "letter_sent", ids.get("sharedBinned"), THROWN_AWAY_AT);
            // A binned letter whose copy is the proof of postage of a posted letter outside the Bin.
            ids.put("certBinned", letters.save(letter(caseId, ids.get("certificatePdf"), false,
                    ProofOfPostage.NONE)));
            letters.save(letter(caseId, ids.get("newPdf"), true, new ProofOfPostage(Optional.empty(), "", "",
                    Optional.of(ids.get("certificatePdf")))));
            binnedTheOldWay(db, "letter_sent", ids.get("certBinned"), THROWN_AWAY_AT);
            // A posted letter in the Bin: its copy is the record of what was sent, left for the parent.
            ids.put("postedBinned", letters.save(letter(caseId, ids.get("postedPdf"), true, ProofOfPostage.NONE)));
            binnedTheOldWay(db, "letter_sent", ids.get("postedBinned"), THROWN_AWAY_AT);
            // A copy the parent moved to the Bin on its own, before its letter went there.
            ids.put("aloneLetter", letters.save(letter(caseId, ids.get("alonePdf"), false, ProofOfPostage.NONE)));
            binnedTheOldWay(db, "document", ids.get("alonePdf"), ALONE_AT);
            binnedTheOldWay(db, "letter_sent", ids.get("aloneLetter"), THROWN_AWAY_AT);
        });
    }

    @Test
    void aV035FolderHasItsBinnedLettersCopiesMovedToTheBinWithThemAfterABackup() throws Exception {
        oldFolder();
        try (Database db = OlderRecordsFile.openUpgraded(folder, 35)) {
            assertEquals(MADE_AGAIN_AT, marker(db, "document", ids.get("madeAgainPdf")),
                    "the made-again letter's PDF is in the Bin with the letter's own marker");
            assertNull(marker(db, "document", ids.get("newPdf")), "the new letter's PDF stays");
            assertNull(marker(db, "document", ids.get("sharedPdf")), "another letter outside the Bin uses it");
            assertNull(marker(db, "document", ids.get("certificatePdf")), "a posted letter's proof of postage");
            assertNull(marker(db, "document", ids.get("postedPdf")), "a posted letter's copy is left as it was");
            assertEquals(ALONE_AT, marker(db, "document", ids.get("alonePdf")), "binned on its own: its own marker");

            // Nothing deleted: the file is in the store, and putting the letter back brings its PDF back.
            History history = new History(DatabaseTest.CLOCK);
            DocumentRecordStore documents = new DocumentRecordStore(db, history, DatabaseTest.CLOCK,
                    new DocumentStore(folder.resolve("documents")));
            long caseId = ids.get("caseId");
            var binned = documents.binned(caseId).stream().filter(d -> d.id() == ids.get("madeAgainPdf")).findFirst();
            assertTrue(binned.isPresent(), "listed in the Bin");
            assertTrue(Files.exists(documents.fileOf(binned.get())), "its file kept");
            new SentLetterStore(db, history, DatabaseTest.CLOCK).restore(ids.get("madeAgain"));
            assertTrue(documents.documents(caseId).stream().anyMatch(d -> d.id() == ids.get("madeAgainPdf")),
                    "put back with its letter");
            new SentLetterStore(db, history, DatabaseTest.CLOCK).restore(ids.get("aloneLetter"));
            assertFalse(documents.documents(caseId).stream().anyMatch(d -> d.id() == ids.get("alonePdf")),
                    "the parent's own move to the Bin stands");
        }
    }
}
