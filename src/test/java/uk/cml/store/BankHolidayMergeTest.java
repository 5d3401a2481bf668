package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.safety.JournalTriggers;

/**
 * Before the fix of 5 Dec 2026, putting back from the Bin a bank holiday removed and then added again stored the one
 * day as two listed rows: Settings' Remove moved one to the Bin and the day stayed, counted from the other. The
 * upgrade to V034 makes each day one row, keeping every word the parent gave it, with history and journal entries as
 * for any correction; records with no day stored twice are left exactly as they were. A real records file in a temp
 * folder, built at V033 by the stores of today and, for the second row, by the old code's put-back, then opened as
 * the app opens it now.
 */
class BankHolidayMergeTest {

    /** Wednesdays no rule makes bank holidays: as if proclaimed. */
    static final LocalDate EXTRA = LocalDate.of(2027, 6, 9);
    static final LocalDate OTHER = LocalDate.of(2027, 7, 14);
    static final LocalDate SINGLE = LocalDate.of(2027, 9, 15);

    @TempDir
    Path folder;

    /** A records file at V033, as the app before V034 opened it, with a case to add days under. */
    private static final class AtV033 implements AutoCloseable {
        final Database database;
        final BankHolidayStore store;
        final long caseId;

        AtV033(Path data) throws java.io.IOException {
            Files.createDirectories(data);
            database = Database.open(data, DatabaseTest.CLOCK, JournalTriggers::install,
                    Migrations.all().stream().filter(m -> m.version() <= 33).toList());
            History history = new History(DatabaseTest.CLOCK);
            caseId = new CaseStore(database, history, DatabaseTest.CLOCK).completeSetup(CaseStoreTest.me(),
                    CaseStoreTest.aCase());
            store = new BankHolidayStore(database, history, DatabaseTest.CLOCK);
        }

        long add(LocalDate day, String name) {
            return store.add(new AddedBankHoliday(0, caseId, day, name));
        }

        /** Removed, added again, then the first put back as the code before 5 Dec 2026 did: one day, two rows. */
        long[] twice(LocalDate day, String first, String again) {
            long one = add(day, first);
            store.moveToBin(one);
            long two = add(day, again);
            RowColumns.setDeleted(database, BankHolidayStore.TABLE, one, null);
            return new long[] {one, two};
        }

        @Override
        public void close() {
            database.close();
        }
    }

    /** Opened by the scripts up to V034, the upgrade this test is about (later scripts add rows of their own). */
    private static Database openNow(Path data) {
        return Database.open(data, DatabaseTest.CLOCK, JournalTriggers::install,
                Migrations.all().stream().filter(m -> m.version() <= 34).toList());
    }

    private static long count(Database database, String sql) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    private static String deletedAt(Database database, long id) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT deleted_at FROM bank_holiday_added WHERE id = " + id)) {
                return r.next() ? r.getString(1) : "no row";
            }
        });
    }

    /** The schema itself (tables, indexes, triggers), to show nothing of its shape changed. */
    private static String schema(Database database) {
        return database.read(c -> {
            StringBuilder out = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (r.next()) {
                    out.append(r.getString(1)).append(' ').append(r.getString(2)).append(' ')
                            .append(r.getString(3)).append('\n');
                }
            }
            return out.toString();
        });
    }

    @Test
    void aDayStoredTwiceIsOneRowKeepingBothNamesAndTheCopyGoesToTheBin() throws Exception {
        Path data = folder.resolve("data");
        long[] extra;
        long[] same;
        long updates;
        try (AtV033 old = new AtV033(data)) {
            extra = old.twice(EXTRA, "Bank holiday for the coronation", "King's coronation");
            same = old.twice(OTHER, "State funeral", "  state   FUNERAL ");
            old.add(SINGLE, "Jubilee");
            assertEquals(5, old.store.holidays().size(), "the old shape: two days listed twice");
            updates = count(old.database, "SELECT count(*) FROM journal WHERE table_name = 'bank_holiday_added' "
                    + "AND operation = 'update'");
        }

        try (Database now = openNow(data)) {
            History history = new History(DatabaseTest.CLOCK);
            BankHolidayStore store = new BankHolidayStore(now, history, DatabaseTest.CLOCK);
            List<AddedBankHoliday> listed = store.holidays();
            assertEquals(List.of(EXTRA, OTHER, SINGLE), listed.stream().map(AddedBankHoliday::date).toList());
            assertEquals(extra[0], listed.get(0).id(), "the first row, the one Settings' Remove named, stays");
            assertEquals("Bank holiday for the coronation; King's coronation", listed.get(0).name(),
                    "every word the parent gave the day");
            assertEquals(same[0], listed.get(1).id());
            assertEquals("State funeral", listed.get(1).name(), "the same words: nothing to add");
            assertEquals("Jubilee", listed.get(2).name());

            List<History.EarlierVersion> kept = now.read(c -> History.versionsOf(c, "bank_holiday_added", extra[0]));
            assertEquals(1, kept.size(), "the row as it was, kept as for any correction");
            assertEquals("Bank holiday for the coronation", kept.get(0).columns().get("name"));
            assertEquals(0, now.read(c -> History.versionsOf(c, "bank_holiday_added", same[0])).size(),
                    "nothing changed: nothing kept");

            String migrated = LocalDateTime.now(DatabaseTest.CLOCK).toString();
            assertEquals(migrated, deletedAt(now, extra[1]), "the copy in the Bin, where its words stay");
            assertEquals(migrated, deletedAt(now, same[1]));
            Map<Long, String> binned = store.binned(0).stream()
                    .collect(Collectors.toMap(BinnedItem::sourceId, BinnedItem::title));
            assertEquals("King's coronation", binned.get(extra[1]), binned.toString());
            assertEquals(updates + 3, count(now, "SELECT count(*) FROM journal WHERE table_name = "
                    + "'bank_holiday_added' AND operation = 'update'"), "the journal notes the name and two copies");
            assertEquals(0, count(now, "SELECT count(*) FROM journal WHERE table_name = 'bank_holiday_added' "
                    + "AND operation = 'delete'"), "nothing deleted");

            // Settings' Remove now removes the day: the calendar no longer counts it.
            UkCalendar calendar = SeededFacts.calendar(BankHolidays.englandAndWales(store::added));
            assertFalse(calendar.isWorkingDay(EXTRA));
            store.moveToBin(listed.get(0).id());
            assertTrue(calendar.isWorkingDay(EXTRA), "removed, the day does not come back");
            assertTrue(store.holidays().stream().noneMatch(h -> h.date().equals(EXTRA)));
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().startsWith("before-upgrade-v33-to-v34")),
                    "copied aside before the upgrade");
        }
    }

    @Test
    void runningTheMergeAgainChangesNothing() throws Exception {
        Path data = folder.resolve("data");
        try (AtV033 old = new AtV033(data)) {
            old.twice(EXTRA, "Coronation", "Coronation of the King");
        }
        try (Database now = openNow(data)) {
            String once = OldShapeRecords.dump(now);
            assertTrue(once.contains("name=Coronation of the King "), once);
            BankHolidayMerge.Merged again = now.inTransaction(c -> BankHolidayMerge.run(c, DatabaseTest.CLOCK));
            assertEquals(new BankHolidayMerge.Merged(0, 0, 0), again);
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
    void recordsWithNoDayStoredTwiceAreUnchanged() throws Exception {
        Path data = folder.resolve("data");
        String rows;
        String shape;
        try (AtV033 old = new AtV033(data)) {
            // Removed and added again, as the app does it now: one in the Bin, one listed. Not stored twice.
            long first = old.add(EXTRA, "Coronation");
            old.store.moveToBin(first);
            old.add(EXTRA, "King's coronation");
            old.add(OTHER, "State funeral");
            // Two copies both in the Bin: nothing is counted from either, and only one can be put back.
            long a = old.add(SINGLE, "Jubilee");
            old.store.moveToBin(a);
            long b = old.add(SINGLE, "Jubilee");
            old.store.moveToBin(b);
            rows = OldShapeRecords.dump(old.database);
            shape = schema(old.database);
        }
        try (Database now = openNow(data)) {
            assertEquals(34, now.schemaVersion());
            assertEquals(rows, OldShapeRecords.dump(now), "every row, the history and the journal as they were");
            assertEquals(shape, schema(now), "no change of shape");
        }
    }

    @Test
    void theNamesKeepEveryWordOnce() {
        assertEquals("King's coronation", BankHolidayMerge.allWords(List.of("Coronation", "King's coronation")),
                "the other holds the word 'Coronation' whole: it takes its place");
        assertEquals("Coronation of the King", BankHolidayMerge.allWords(List.of("Coronation",
                "Coronation of the King")), "the longer holds the shorter's words: it takes its place");
        assertEquals("Coronation of the King", BankHolidayMerge.allWords(List.of("Coronation of the King",
                "coronation")));
        assertEquals("Jubilee", BankHolidayMerge.allWords(List.of("Jubilee", " JUBILEE ")));
        assertEquals("Cor; Coronation", BankHolidayMerge.allWords(List.of("Cor", "Coronation")),
                "part of a word is not the word");
        assertEquals("A; B; C", BankHolidayMerge.allWords(List.of("A", "B", "C", "b")));
    }
}
