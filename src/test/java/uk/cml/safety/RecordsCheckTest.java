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
                    + "was changed outside the app."), check());
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
                    + "outside the app."),
                    report.problems());
            assertTrue(report.summary().startsWith("1 thing does not match."), report.summary());
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
