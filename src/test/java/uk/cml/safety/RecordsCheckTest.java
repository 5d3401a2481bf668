package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.StoreException;

class RecordsCheckTest {

    @TempDir
    Path folder;

    private CheckReport check() {
        try (Records records = Records.open(folder)) {
            return records.safety.check(Progress.NONE);
        }
    }

    /**
     * Reviewer rv10: a parent may now finish set-up with a Direct Pay or Collect and Pay case and no CMS reference
     * ("I don't have it to hand"). That is a choice, not damage: Check records finds nothing wrong with it.
     */
    @Test
    @DisplayName("a CMS case saved without its reference, as the parent chose, is not damage")
    void aCmsCaseWithoutItsReferenceIsNotDamage() {
        try (Records records = Records.withCase(folder)) {
            String kept = records.database.read(c -> {
                try (ResultSet r = c.createStatement().executeQuery(
                        "SELECT arrangement || ' ' || coalesce(cms_reference, 'none') FROM case_file WHERE id = 1")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertEquals("DIRECT_PAY none", kept);
            CheckReport report = records.safety.check(Progress.NONE);
            assertTrue(report.allMatch(), report.problems().toString());
            assertTrue(report.problems().isEmpty(), report.problems().toString());
        }
    }

    @Nested
    @DisplayName("The journal")
    class Journal {

        @Test
        @DisplayName("records every insert and change, in a chain that checks out")
        void recordsEveryChange() {
            try (Records records = Records.withCase(folder)) {
                long entriesBefore = records.safety.fingerprint().entries();
                records.database.inTransaction(c -> c.createStatement().executeUpdate(
                        "UPDATE payment SET note = 'Corrected' WHERE id = 1"));
                Fingerprint after = records.safety.fingerprint();
                assertEquals(entriesBefore + 1, after.entries());
                String latest = records.database.read(c -> {
                    try (ResultSet r = c.createStatement().executeQuery(
                            "SELECT operation || ' ' || table_name || ' ' || content FROM journal ORDER BY id DESC LIMIT 1")) {
                        r.next();
                        return r.getString(1);
                    }
                });
                assertTrue(latest.startsWith("update payment {\"id\":1,") && latest.contains("\"note\":\"Corrected\""),
                        latest);
                CheckReport report = records.safety.check(Progress.NONE);
                assertTrue(report.allMatch(), report.problems().toString());
                assertEquals(after, report.fingerprint());
                assertTrue(report.records() >= 3, "the case and both payments were compared");
            }
        }

        @Test
        @DisplayName("covers a table added later, including the rows it arrived with")
        void coversNewTables() {
            try (Records records = Records.withCase(folder)) {
                records.database.inTransaction(c -> {
                    c.createStatement().execute("CREATE TABLE call_note (id INTEGER PRIMARY KEY, said TEXT)");
                    return c.createStatement().executeUpdate("INSERT INTO call_note (said) VALUES ('First call')");
                });
            }
            try (Records reopened = Records.open(folder)) {
                reopened.database.inTransaction(c -> c.createStatement().executeUpdate(
                        "INSERT INTO call_note (said) VALUES ('Second call')"));
                List<String> operations = reopened.database.read(c -> {
                    List<String> ops = new java.util.ArrayList<>();
                    try (ResultSet r = c.createStatement().executeQuery(
                            "SELECT operation FROM journal WHERE table_name = 'call_note' ORDER BY id")) {
                        while (r.next()) {
                            ops.add(r.getString(1));
                        }
                    }
                    return ops;
                });
                assertEquals(List.of("watch", "existing", "insert"), operations);
                // The journal covers it, yet no version of the app makes it: Check records names it (and only it).
                List<String> problems = reopened.safety.check(Progress.NONE).problems();
                assertTrue(problems.contains("The table call_note was added outside the app. The app never makes it."),
                        problems.toString());
                assertTrue(problems.stream().allMatch(p -> p.contains("call_note")), problems.toString());
            }
        }

        @Test
        @DisplayName("seals each entry with the same moment it stores, even as the clock moves on")
        void clockThatMoves() {
            Clock ticking = new Clock() {
                private final java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                        Records.CLOCK.millis());

                @Override
                public java.time.ZoneId getZone() {
                    return Records.CLOCK.getZone();
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public java.time.Instant instant() {
                    return java.time.Instant.ofEpochMilli(millis.addAndGet(7));
                }
            };
            Records.withCase(folder).close();
            try (Records records = Records.open(folder, ticking)) {
                records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
                records.database.inTransaction(c -> c.createStatement().executeUpdate("UPDATE payment SET note = 'x'"));
                records.database.inTransaction(c -> c.createStatement().execute("CREATE TABLE late (id INTEGER PRIMARY "
                        + "KEY, v TEXT)") ? 0 : c.createStatement().executeUpdate("INSERT INTO late (v) VALUES ('a')"));
            }
            try (Records records = Records.open(folder, ticking)) {
                CheckReport report = records.safety.check(Progress.NONE);
                // Every entry's seal checks out; only the table no migration makes is named.
                assertTrue(report.problems().stream().allMatch(p -> p.contains(" late") || p.contains("_late_")),
                        report.problems().toString());
            }
        }

        @Test
        @DisplayName("cannot be changed or emptied through SQL")
        void isAppendOnly() {
            try (Records records = Records.withCase(folder)) {
                assertThrows(StoreException.class, () -> records.database.inTransaction(c ->
                        c.createStatement().executeUpdate("UPDATE journal SET content = '{}' WHERE id = 1")));
                assertThrows(StoreException.class, () -> records.database.inTransaction(c ->
                        c.createStatement().executeUpdate("DELETE FROM journal")));
            }
        }

        @Test
        @DisplayName("gives a fingerprint that changes with each save and can be found again later")
        void fingerprint() {
            try (Records records = Records.withCase(folder)) {
                Fingerprint printedOnALetter = records.safety.fingerprint();
                assertTrue(printedOnALetter.shortForm().matches("[0-9A-F]{4}( [0-9A-F]{4}){3}"),
                        printedOnALetter.shortForm());
                records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
                assertNotEquals(printedOnALetter, records.safety.fingerprint());
                assertTrue(records.safety.journal().contains(printedOnALetter.shortForm().toLowerCase()));
                assertFalse(records.safety.journal().contains("0000 0000 0000 0001"));
            }
        }
    }

    @Nested
    @DisplayName("A safeguard found missing when the app opens")
    class SafeguardFoundMissing {

        private void dropTheUpdateSafeguardAndChangeAPayment() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement()) {
                s.execute("DROP TRIGGER cml_journal_payment_update");
                s.executeUpdate("UPDATE payment SET amount_pence = 4550 WHERE id = 2");
            }
        }

        @Test
        @DisplayName("is kept, dated, by the open that puts it back, and Check records keeps saying it")
        void keptAfterTheAppPutsItBack() throws Exception {
            dropTheUpdateSafeguardAndChangeAPayment();
            String finding = "The app's protection of your payment records was missing when the app opened on "
                    + "22 Nov 2026 at 10:15 (the app put it back). Your payment records may have been changed outside "
                    + "the app before then: when this was found, 1 of them differed from what the app had saved.";
            List<JournalTriggers.MissingSafeguard> found;
            try (Records records = Records.open(folder)) {
                found = records.database.inTransaction(c -> JournalTriggers.install(c, RecordsAnchor.read(folder)));
                assertEquals(List.of(), found, "already put back and noted by the open itself");
            }
            assertEquals(List.of(finding, "The payment of £50.00 received on Thu 3 Apr 2025 (typed in on 4 Apr 2025) "
                    + "was changed outside the app. What the app saved, and what the records file says now:\n"
                    + "    Amount: was £50.00, now £45.50"), check());
        }

        @Test
        @DisplayName("is still said after the changed record is saved again in the app, and at every later open")
        void neverForgotten() throws Exception {
            dropTheUpdateSafeguardAndChangeAPayment();
            try (Records records = Records.open(folder)) {
                records.database.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("UPDATE payment SET amount_pence = 5000 WHERE id = 2");
                    }
                });
            }
            List<String> problems = check();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("The app's protection of your payment records was missing when the "
                    + "app opened on 22 Nov 2026"), problems.toString());
        }

        @Test
        @DisplayName("is told by the open that found it, and not by an ordinary open")
        void toldOnce() throws Exception {
            Records.withCase(folder).close();
            try (Records records = Records.open(folder)) {
                assertEquals(List.of(), records.database.inTransaction(c -> JournalTriggers.install(c,
                        RecordsAnchor.read(folder))));
            }
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement()) {
                s.execute("DROP TRIGGER cml_journal_payment_delete");
            }
            List<JournalTriggers.MissingSafeguard> found = new java.util.ArrayList<>();
            try (uk.cml.store.Database database = uk.cml.store.Database.open(folder, Records.CLOCK,
                    c -> found.addAll(JournalTriggers.install(c, RecordsAnchor.read(folder))))) {
                assertEquals(1, found.size());
                assertTrue(found.get(0).sentence().contains("though when this was found none differed from what the app "
                        + "had saved"), found.get(0).sentence());
            }
        }

        private void changeTheUpdateSafeguardToNoteNothing(Connection raw) throws Exception {
            try (Statement s = raw.createStatement()) {
                s.execute("DROP TRIGGER cml_journal_payment_update");
                s.execute("CREATE TRIGGER cml_journal_payment_update AFTER UPDATE ON payment BEGIN SELECT 1; END");
            }
        }

        private List<JournalTriggers.MissingSafeguard> openTheApp() {
            List<JournalTriggers.MissingSafeguard> found = new java.util.ArrayList<>();
            try (uk.cml.store.Database database = uk.cml.store.Database.open(folder, Records.CLOCK,
                    c -> found.addAll(JournalTriggers.install(c, RecordsAnchor.read(folder))))) {
                return found;
            }
        }

        @Test
        @DisplayName("changed (made again to note nothing) is found, kept and said as a missing one is")
        void changedSafeguard() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement()) {
                changeTheUpdateSafeguardToNoteNothing(raw);
                s.executeUpdate("UPDATE payment SET amount_pence = 4550 WHERE id = 2");
            }
            String finding = "The app's protection of your payment records had been changed outside the app when the "
                    + "app opened on 22 Nov 2026 at 10:15, so it may not have noted every change (the app put it back "
                    + "as it should be). Your payment records may have been changed outside the app before then: when "
                    + "this was found, 1 of them differed from what the app had saved.";
            List<JournalTriggers.MissingSafeguard> found = openTheApp();
            assertEquals(1, found.size(), found.toString());
            assertEquals(finding, found.get(0).sentence());
            assertEquals(List.of(), openTheApp(), "put back as the app makes it, so told once");
            assertEquals(List.of(finding, "The payment of £50.00 received on Thu 3 Apr 2025 (typed in on 4 Apr 2025) "
                    + "was changed outside the app. What the app saved, and what the records file says now:\n"
                    + "    Amount: was £50.00, now £45.50"), check());
        }

        @Test
        @DisplayName("one changed and one missing on the same records are said together")
        void changedAndMissing() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement()) {
                changeTheUpdateSafeguardToNoteNothing(raw);
                s.execute("DROP TRIGGER cml_journal_payment_delete");
            }
            List<JournalTriggers.MissingSafeguard> found = openTheApp();
            assertEquals(1, found.size(), found.toString());
            assertEquals("Part of the app's protection of your payment records was missing and part had been changed "
                    + "outside the app when the app opened on 22 Nov 2026 at 10:15, so it may not have noted every "
                    + "change (the app put it back as it should be). Your payment records may have been changed outside "
                    + "the app before then, though when this was found none differed from what the app had saved.",
                    found.get(0).sentence());
            assertEquals(List.of(found.get(0).sentence()), check());
        }

        @Test
        @DisplayName("is not called changed when the app made it: in an earlier version's words, or before a column "
                + "was added by an upgrade")
        void madeByTheAppIsNotChanged() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement()) {
                String sql;
                try (ResultSet row = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = "
                        + "'cml_journal_payment_insert'")) {
                    sql = row.getString(1);
                }
                s.execute("DROP TRIGGER cml_journal_payment_insert");
                s.execute(sql.replace(" LIMIT 1) e LIMIT 1", ") e")); // as versions before 22 Nov 2026 made it
                s.execute("ALTER TABLE note ADD COLUMN mood TEXT"); // the note triggers now lack a column
            }
            assertEquals(List.of(), openTheApp());
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME)); Statement s = raw.createStatement();
                 ResultSet made = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%''mood''%' "
                         + "OR (name = 'cml_journal_payment_insert' AND sql LIKE '%LIMIT 1) e LIMIT 1%')")) {
                assertEquals(4, made.getInt(1), "made again as this version makes them");
            }
        }

        private List<String> check() {
            return RecordsCheckTest.this.check().problems();
        }
    }

    @Nested
    @DisplayName("Check records names")
    class NamesChanges {

        @Test
        @DisplayName("a record changed with another program")
        void changedRow() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("UPDATE payment SET amount_pence = 99 WHERE id = 1");
            }
            CheckReport report = check();
            assertEquals(List.of("The payment of £123.45 received on Mon 3 Mar 2025 (typed in on 3 Mar 2025) was changed "
                    + "outside the app. What the app saved, and what the records file says now:\n"
                    + "    Amount: was £123.45, now £0.99"),
                    report.problems());
            assertTrue(report.summary().startsWith("1 thing does not match."), report.summary());
        }

        @Test
        @DisplayName("each field changed with another program, as the app saved it and as it reads now")
        void changedFields() throws Exception {
            try (Records records = Records.withCase(folder)) {
                records.addPayment("2026-11-06", 3_000, "", "2026-11-07T09:00");
            }
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("UPDATE payment SET amount_pence = 123456, paid_on = '2026-11-22', method = 'CASH', "
                        + "note = 'Paid in full', deleted_at = '2026-11-30T20:05' WHERE id = 3");
                s.executeUpdate("UPDATE payment SET amount_pence = 4550 WHERE id = 2");
            }
            assertEquals(List.of("The payment of £50.00 received on Thu 3 Apr 2025 (typed in on 4 Apr 2025) was changed "
                    + "outside the app. What the app saved, and what the records file says now:\n"
                    + "    Amount: was £50.00, now £45.50",
                    "The payment of £30.00 received on Fri 6 Nov 2026 (typed in on 7 Nov 2026) was changed outside the "
                    + "app. What the app saved, and what the records file says now:\n"
                    + "    Date received: was 6 Nov 2026, now 22 Nov 2026\n"
                    + "    Amount: was £30.00, now £1,234.56\n"
                    + "    How it was paid: was Bank transfer, now Cash\n"
                    + "    Note: was blank, now \u201cPaid in full\u201d\n"
                    + "    Moved to the bin: was not in the bin, now 30 Nov 2026 at 20:05"), check().problems());
        }

        @Test
        @DisplayName("a call's fields changed with another program: who called, times, ticks and long text cut short")
        void changedCallFields() throws Exception {
            try (Records records = Records.withCase(folder)) {
                records.database.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("INSERT INTO call_log (case_id, happened_at, direction, what_was_said, "
                                + "recorded_at) VALUES (1, '2026-11-20T14:05', 'I_CALLED', 'They said the arrears "
                                + "notice would go out this week and that they would ring me back', '2026-11-20T15:00')");
                    }
                });
            }
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("UPDATE call_log SET happened_at = '2026-11-21T09:30', direction = 'CMS_CALLED', "
                        + "what_was_said = 'Nothing', promised_by = '2026-12-01', follow_up_done = 1");
            }
            assertEquals(List.of("The call of Fri 20 Nov 2026, 14:05 (typed in on 20 Nov 2026) was changed outside the "
                    + "app. What the app saved, and what the records file says now:\n"
                    + "    When: was 20 Nov 2026 at 14:05, now 21 Nov 2026 at 09:30\n"
                    + "    Who called: was I called the CMS, now The CMS called me\n"
                    + "    What was said: was \u201cThey said the arrears notice would go out this week and that\u2026"
                    + "\u201d, now \u201cNothing\u201d\n"
                    + "    Promised by: was nothing, now 1 Dec 2026\n"
                    + "    Followed up: was no, now yes"), check().problems());
        }

        @Test
        @DisplayName("records deleted or added with another program")
        void deletedAndAddedRows() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("DELETE FROM payment WHERE id = 2");
                s.executeUpdate("INSERT INTO payment (id, case_id, paid_on, amount_pence, method, recorded_at) "
                        + "VALUES (7, 1, '2025-02-01', 50000, 'CASH', '2025-02-01T09:00')");
            }
            assertEquals(List.of("The payment of £50.00 received on Thu 3 Apr 2025 (typed in on 4 Apr 2025) was deleted outside "
                    + "the app.", "The payment of £500.00 received on Sat 1 Feb 2025 (typed in on 1 Feb 2025) was added "
                    + "outside the app."), check().problems());
        }

        @Test
        @DisplayName("a byte changed in the database file itself")
        void byteChangedInTheFile() throws Exception {
            Records.withCase(folder).close();
            Path file = folder.resolve(uk.cml.store.Database.FILE_NAME);
            byte[] bytes = Files.readAllBytes(file);
            byte[] wanted = "Part payment".getBytes(StandardCharsets.UTF_8);
            int changed = 0;
            for (int i = 0; i + wanted.length <= bytes.length; i++) {
                if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                    bytes[i] = 'D';
                    changed++;
                }
            }
            assertTrue(changed >= 1, "the note is in the file, in the row and in its journal entry");
            Files.write(file, bytes);
            List<String> problems = check().problems();
            assertFalse(problems.isEmpty());
            assertTrue(problems.stream().allMatch(p -> p.contains("payment") && p.contains("(typed in on 4 Apr 2025)")),
                    problems.toString());
        }

        @Test
        @DisplayName("a journal entry rewritten with another program")
        void journalEntryRewritten() throws Exception {
            Records.withCase(folder).close();
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("UPDATE journal SET content = replace(content, '12345', '99') "
                        + "WHERE table_name = 'payment' AND row_id = 1");
                s.executeUpdate("UPDATE payment SET amount_pence = 99 WHERE id = 1");
            }
            assertEquals(List.of("The history of the payment of £0.99 received on Mon 3 Mar 2025 (typed in on 3 Mar 2025) was "
                    + "changed outside "
                    + "the app (entry " + journalId(1) + " of the history)."), check().problems());
        }

        @Test
        @DisplayName("a journal entry removed with another program")
        void journalEntryRemoved() throws Exception {
            try (Records records = Records.withCase(folder)) {
                records.addPayment("2025-05-03", 100, "", "2025-05-03T10:00");
            }
            long id = journalId(2);
            try (Connection raw = Records.behindTheAppsBack(folder); Statement s = raw.createStatement()) {
                s.executeUpdate("DELETE FROM journal WHERE id = " + id);
            }
            List<String> problems = check().problems();
            assertEquals(List.of("The history of your records has an entry missing or added outside the app just before entry "
                    + (id + 1) + ".", "The payment of £50.00 received on Thu 3 Apr 2025 (typed in on 4 Apr 2025) was added outside the app."),
                    problems);
        }

        private long journalId(long paymentId) throws Exception {
            try (Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                    + folder.resolve(uk.cml.store.Database.FILE_NAME));
                 ResultSet r = raw.createStatement().executeQuery("SELECT id FROM journal WHERE table_name = "
                         + "'payment' AND row_id = " + paymentId + " ORDER BY id LIMIT 1")) {
                r.next();
                return r.getLong(1);
            }
        }

        @Test
        @DisplayName("a stored file changed or missing, by the name the parent gave it")
        void documents() throws Exception {
            String statement;
            String photo;
            try (Records records = Records.withCase(folder)) {
                statement = records.addDocument("statement.pdf", Records.randomBytes(5000, 1));
                photo = records.addDocument("postage receipt.jpg", Records.randomBytes(8000, 2));
                records.addDocument("letter.pdf", Records.randomBytes(3000, 3));
                assertTrue(records.safety.check(Progress.NONE).allMatch());
                Path changed = records.documents.pathOf(statement);
                changed.toFile().setWritable(true);
                byte[] bytes = Files.readAllBytes(changed);
                bytes[100] ^= 1;
                Files.write(changed, bytes);
                Files.delete(records.documents.pathOf(photo));
            }
            CheckReport report = check();
            assertEquals(List.of("The file statement.pdf has been changed since it was stored.",
                    "The file postage receipt.jpg is missing from the documents folder."), report.problems());
            assertEquals(3, report.documents(), "the missing file is still counted as checked");
        }
    }
}
