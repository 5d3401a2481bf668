package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.safety.JournalTriggers;

/**
 * Records saved before two fixes of 5 Dec 2026 keep the app's false words until the parent saves them again: a
 * payment corrected to all of its due still says "Part paid (due 15 Nov 2026)", and a certificate of posting's photo
 * reads "Not given" for its date though the letter gives it. The upgrade to V033 makes those words true, once, as
 * amendments with history; the parent's own words and dates are theirs. A real records file in a temp folder, built
 * at V032 as the old code saved it, then opened as the app opens it now.
 */
class OldRecordsRepairTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);
    static final LocalDate NEXT = LocalDate.of(2026, 11, 22);
    static final LocalDate POSTED = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;
    @TempDir
    Path parentsFiles;

    private static Database openNow(Path data) {
        return Database.open(data, OldShapeRecords.CLOCK, JournalTriggers::install);
    }

    private static Payment payment(Database database, long id) {
        return new PaymentStore(database, new History(OldShapeRecords.CLOCK), OldShapeRecords.CLOCK)
                .payments(1).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private static List<History.EarlierVersion> versions(Database database, String table, long id) {
        return database.read(c -> History.versionsOf(c, table, id));
    }

    private static Optional<LocalDate> datedOn(Path data, Database database, long document) {
        return new DocumentRecordStore(database, new History(OldShapeRecords.CLOCK), OldShapeRecords.CLOCK,
                new DocumentStore(data.resolve("documents"))).find(document).orElseThrow().datedOn();
    }

    @Test
    void quickEntryWordsOfPaymentsCorrectedBeforeTheFixAreMadeTrueAndTheOldVersionIsKept() throws Exception {
        Path data = folder.resolve("data");
        long full;
        long own;
        long stillPart;
        long untouched;
        long moved;
        long journalled;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.DIRECT_PAY)) {
            full = old.quickEntryPart(DUE, 40_00, "");
            old.correctAsBefore(full, 51_87, Optional.of(DUE));
            own = old.quickEntryPart(NEXT, 30_00, ". The rest came by cash on Friday");
            old.correctAsBefore(own, 51_87, Optional.of(NEXT));
            stillPart = old.quickEntryPart(LocalDate.of(2026, 11, 8), 20_00, "");
            old.correctAsBefore(stillPart, 25_00, Optional.of(LocalDate.of(2026, 11, 8)));
            untouched = old.quickEntryPart(LocalDate.of(2026, 11, 1), 10_00, "");
            // Corrected from part of 1 Nov's due to all of 8 Nov's: the words name 1 Nov, the payment 8 Nov.
            moved = old.quickEntryPart(LocalDate.of(2026, 11, 1), 5_00, "");
            old.correctAsBefore(moved, 5_00, Optional.of(LocalDate.of(2026, 11, 8)));
            assertEquals("Part paid (due 15 Nov 2026)", payment(old.database, full).note(), "the old shape");
            journalled = countJournal(old.database, "payment", "update");
        }

        try (Database now = openNow(data)) {
            assertEquals("", payment(now, full).note(), "all of the due: quick entry would say nothing of it");
            assertEquals("The rest came by cash on Friday", payment(now, own).note(), "the parent's words are theirs");
            assertEquals("Part paid (due 8 Nov 2026)", payment(now, stillPart).note(), "still part: still true");
            assertEquals("Part paid (due 1 Nov 2026)", payment(now, untouched).note(), "never corrected: as entered");
            assertEquals("Part paid (due 8 Nov 2026)", payment(now, moved).note(),
                    "the words now name the due the payment is for, and it is part of it");

            List<History.EarlierVersion> kept = versions(now, "payment", full);
            assertEquals(2, kept.size(), "the first entry, the correction as it was saved");
            assertEquals("Part paid (due 15 Nov 2026)", kept.get(1).columns().get("note"));
            assertEquals("5187", kept.get(1).columns().get("amount_pence"));
            assertEquals(2, versions(now, "payment", own).size());
            assertEquals(1, versions(now, "payment", stillPart).size(), "nothing to change: nothing kept");
            assertEquals(0, versions(now, "payment", untouched).size());
            assertEquals(journalled + 3, countJournal(now, "payment", "update"), "the journal notes the three repairs");
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().startsWith("before-upgrade-v32-to-v" + Migrations.latestVersion())),
                    "copied aside before the upgrade");
        }
    }

    private static long countJournal(Database database, String table, String operation) {
        return database.read(c -> {
            try (var s = c.prepareStatement("SELECT count(*) FROM journal WHERE table_name = ? AND operation = ?")) {
                s.setString(1, table);
                s.setString(2, operation);
                try (var r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    @Test
    void arrivedLateCorrectedToAPartSaysPartPaid() {
        Path data = folder.resolve("data");
        long late;
        long stillLate;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.DIRECT_PAY)) {
            late = old.quickEntryLate(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5), 51_87);
            old.correctAsBefore(late, 30_00, Optional.of(LocalDate.of(2026, 11, 1)));
            stillLate = old.quickEntryLate(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 12), 51_87);
            old.correctAsBefore(stillLate, 51_87, Optional.of(LocalDate.of(2026, 11, 8)));
            assertEquals("Arrived late (due 1 Nov 2026)", payment(old.database, late).note(), "the old shape");
        }
        try (Database now = openNow(data)) {
            assertEquals("Part paid (due 1 Nov 2026)", payment(now, late).note(), "£30.00 of £51.87: a part");
            assertEquals("Arrived late (due 8 Nov 2026)", payment(now, stillLate).note(), "still all of it, late");
        }
    }

    @Test
    void aCertificatesPhotoSavedBeforeTheFixTakesTheDateOnItOnlyWhereThatIsClear() throws Exception {
        Path data = folder.resolve("data");
        long plain;
        long parentsDate;
        long parentTookItAway;
        long twoDates;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.DIRECT_PAY)) {
            plain = old.photo(parentsFiles.resolve("a.png"), 10);
            old.letterAsBefore("Complaint to CMS", POSTED, plain);
            parentsDate = old.photo(parentsFiles.resolve("b.png"), 20);
            old.documents.amend(parentsDate, "Certificate of posting", Optional.of(LocalDate.of(2026, 11, 19)));
            old.letterAsBefore("Request to CMS", POSTED, parentsDate);
            parentTookItAway = old.photo(parentsFiles.resolve("c.png"), 30);
            old.documents.amend(parentTookItAway, "Certificate of posting", Optional.of(POSTED));
            old.documents.amend(parentTookItAway, "Certificate of posting", Optional.empty());
            old.letterAsBefore("Second complaint", POSTED, parentTookItAway);
            twoDates = old.photo(parentsFiles.resolve("d.png"), 40);
            old.letterAsBefore("First letter", POSTED, twoDates);
            old.letterAsBefore("Second letter", POSTED.plusDays(1), twoDates);
            assertEquals(Optional.empty(), datedOn(data, old.database, plain), "the old shape: Not given");
        }

        try (Database now = openNow(data)) {
            assertEquals(Optional.of(POSTED), datedOn(data, now, plain), "the date printed on the certificate");
            List<History.EarlierVersion> kept = versions(now, "document", plain);
            assertEquals(1, kept.size(), "the undated version is kept");
            assertTrue(!kept.get(0).columns().containsKey("dated_on"));
            assertEquals(Optional.of(LocalDate.of(2026, 11, 19)), datedOn(data, now, parentsDate), "the parent's");
            assertEquals(Optional.empty(), datedOn(data, now, parentTookItAway), "the parent took it away");
            assertEquals(Optional.empty(), datedOn(data, now, twoDates), "two letters, two dates: not clear");
        }
    }

    @Test
    void runningTheRepairAgainChangesNothing() throws Exception {
        Path data = folder.resolve("data");
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            long p = old.quickEntryPart(DUE, 40_00, ". Late again");
            old.correctAsBefore(p, 49_80, Optional.of(DUE));
            old.letterAsBefore("Complaint to CMS", POSTED, old.photo(parentsFiles.resolve("a.png"), 10));
        }
        try (Database now = openNow(data)) {
            String once = OldShapeRecords.dump(now);
            assertTrue(once.contains("note=Late again "), once);
            OldRecordsRepair.Repaired again = now.inTransaction(c -> OldRecordsRepair.run(c, OldShapeRecords.CLOCK));
            assertEquals(new OldRecordsRepair.Repaired(0, 0), again);
            assertEquals(once, OldShapeRecords.dump(now), "nothing written the second time");
        }
        String before;
        try (Database now = openNow(data)) {
            before = OldShapeRecords.dump(now);
        }
        try (Database now = openNow(data)) {
            assertEquals(before, OldShapeRecords.dump(now), "an ordinary start writes nothing");
        }
    }

    @Test
    void recordsWithNothingToRepairAreUnchanged() throws Exception {
        Path data = folder.resolve("data");
        String before;
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.DIRECT_PAY)) {
            long p = old.quickEntryPart(DUE, 40_00, "");
            old.correctAsBefore(p, 45_00, Optional.of(DUE));
            old.addAsBefore(new Payment(0, NEXT, OldShapeRecords.WEEKLY,
                    uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", "Part paid, I think", Optional.of(NEXT)));
            long dated = old.photo(parentsFiles.resolve("a.png"), 10);
            old.documents.amend(dated, "Certificate", Optional.of(POSTED));
            old.letterAsBefore("Complaint to CMS", POSTED, dated);
            before = OldShapeRecords.dump(old.database);
        }
        try (Database now = openNow(data)) {
            assertEquals(Migrations.latestVersion(), now.schemaVersion());
            // V035 adds the facts table's deemed-delivery rows, V037 the days the CMS may take to pass on a Collect and
            // Pay payment (and their journal lines): the migrations', not a repair.
            String after = OldShapeRecords.dump(now).lines()
                    .filter(line -> !line.matches(".*(post\\.(first_class|second_class|signed_for|special_delivery)"
                            + "|collect_and_pay\\.pass_on)\\.working_days.*"))
                    .collect(java.util.stream.Collectors.joining("\n", "", before.endsWith("\n") ? "\n" : ""));
            assertEquals(before, after, "every row, the history and the journal as they were");
        }
    }
}
