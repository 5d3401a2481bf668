package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.importer.CsvParser;
import uk.cml.importer.CsvRow;
import uk.cml.store.History;

class CsvExportTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("Each log of the case becomes a CSV file a spreadsheet reads: BOM, headings, pounds, UK dates")
    void exportsEachLog() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withLaterTables(temp.resolve("data"))) {
            records.addPayment("2025-05-03", -250, "=HYPERLINK(\"x\"), \"quoted\"", "2025-05-03T10:00");
            records.database.inTransaction(c -> c.createStatement().executeUpdate(
                    "UPDATE bank_payment SET deleted_at = '2025-06-01T09:00' WHERE id = 2"));
            List<Path> files = records.safety.csvExport().exportCase(1, out);
            List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
            assertTrue(names.containsAll(List.of("Case.csv", "Children.csv", "Evidence file.csv", "Bank payment.csv")),
                    names.toString());
            assertFalse(names.contains("Address book.csv"), "only logs of the case");
        }
        byte[] bytes = Files.readAllBytes(out.resolve("Bank payment.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals(List.of(
                "Number,Paid on,Amount (£),Note,Recorded at,Last changed",
                "1,03/03/2025,123.45,Paid by bank transfer,03/03/2025 18:20,",
                "3,03/05/2025,-2.50,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",03/05/2025 10:00,"), lines,
                "the payment in the bin (number 2) is left out; the formula cannot run");
    }

    @Test
    @DisplayName("Recorded at is when a record was first recorded, as everywhere else in the app; Last changed says "
            + "when a correction was made, and is empty for a record never changed")
    void recordedAtIsTheFirstRecording() throws Exception {
        Path out = temp.resolve("export");
        Clock correctedOn = Clock.fixed(Instant.parse("2025-03-10T09:05:00Z"), ZoneOffset.UTC);
        try (Records records = Records.withCase(temp.resolve("data"))) {
            // As the payment store corrects a payment: the row as it was is kept, then the row and its time change.
            records.database.inTransaction(c -> {
                new History(correctedOn).keepEarlierVersion(c, "payment", 1);
                return c.createStatement().executeUpdate("UPDATE payment SET amount_pence = 12000, "
                        + "recorded_at = '2025-03-10T09:05' WHERE id = 1");
            });
            records.safety.csvExport().exportCase(1, out);
        }
        List<String> lines = Files.readAllLines(out.resolve("Payments.csv"), StandardCharsets.UTF_8);
        List<String> headings = List.of(lines.get(0).substring(1).split(","));
        int recordedAt = headings.indexOf("Recorded at");
        assertEquals(recordedAt + 1, headings.indexOf("Last changed"), headings.toString());
        List<String> corrected = List.of(lines.get(1).split(",", -1));
        List<String> untouched = List.of(lines.get(2).split(",", -1));
        assertEquals("120.00", corrected.get(headings.indexOf("Amount received (£)")), lines.get(1));
        assertEquals(List.of("03/03/2025 18:20", "10/03/2025 09:05"), corrected.subList(recordedAt, recordedAt + 2),
                lines.get(1));
        assertEquals(List.of("04/04/2025 08:00", ""), untouched.subList(recordedAt, recordedAt + 2), lines.get(2));
    }

    @Test
    @DisplayName("Saving every case puts each case still in use in its own folder, and never writes over an earlier export")
    void exportsEveryCase() throws Exception {
        Path parent = temp.resolve("usb");
        LocalDate today = LocalDate.of(2026, 11, 22);
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO case_file (id, "
                    + "other_parent_name, other_parent_work, arrangement, recorded_at, deleted_at) VALUES "
                    + "(2, 'Sam: Lee', 'EMPLOYED', 'PRIVATE', '2025-02-01T09:00', NULL), "
                    + "(3, 'Binned Case', 'EMPLOYED', 'PRIVATE', '2025-02-01T09:00', '2025-03-01T09:00')"));
            List<CsvExport.CaseExport> first = records.safety.csvExport().exportAllCases(parent, today);
            Path base = parent.resolve("Child Maintenance Log export 2026-11-22");
            assertEquals(List.of(base.resolve("Case 1 - Jordan Reed"), base.resolve("Case 2 - Sam_ Lee")),
                    first.stream().map(CsvExport.CaseExport::folder).toList(), "the case in the bin is left out");
            for (CsvExport.CaseExport export : first) {
                try (var files = Files.list(export.folder())) {
                    assertEquals(export.files(), files.count());
                }
            }
            assertTrue(first.get(0).files() > 1, "the case and its payments at least: " + first.get(0).files());
            String payments = Files.readString(base.resolve("Case 1 - Jordan Reed").resolve("Payments.csv"));
            assertTrue(payments.contains("123.45"), payments);
            assertFalse(Files.readString(base.resolve("Case 2 - Sam_ Lee").resolve("Case.csv")).contains("Jordan"));
            List<CsvExport.CaseExport> second = records.safety.csvExport().exportAllCases(parent, today);
            assertEquals(parent.resolve("Child Maintenance Log export 2026-11-22 (2)").resolve("Case 1 - Jordan Reed"),
                    second.get(0).folder());
        }
    }

    @Test
    @DisplayName("A choice is written by the name the app shows for it (Bank transfer, CMS Direct Pay), never its code")
    void choicesInTheAppsWords() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO payment_plan (case_id, "
                    + "amount_pence, frequency, first_due, source, recorded_at) VALUES (1, 4250, 'FOUR_WEEKLY', "
                    + "'2025-03-07', 'CMS letter', '2025-03-01T09:00')"));
            records.safety.csvExport().exportCase(1, out);
        }
        assertEquals(List.of("Bank transfer", "Bank transfer"), column(out.resolve("Payments.csv"), "How it was paid"));
        assertEquals(List.of("Every 4 weeks"), column(out.resolve("Payment plans.csv"), "How often"));
        assertEquals(List.of("CMS Direct Pay"), column(out.resolve("Case.csv"), "How maintenance is paid"));
        assertEquals(List.of("Employed"), column(out.resolve("Case.csv"), "The other parent's work"));
    }

    @Test
    @DisplayName("A number pointing at a record in the bin, or at none of the case's, says so: it is not in the files")
    void pointerToTheBin() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO case_file (id, "
                    + "other_parent_name, other_parent_work, arrangement, recorded_at) VALUES "
                    + "(2, 'Sam Lee', 'EMPLOYED', 'PRIVATE', '2025-02-01T09:00')"));
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO letter_received "
                    + "(id, case_id, received_on, from_name, recorded_at, deleted_at) VALUES "
                    + "(9, 2, '2025-04-01', 'CMS', '2025-04-01T09:00', NULL), "
                    + "(1, 1, '2025-04-01', 'CMS', '2025-04-01T09:00', '2025-04-02T09:00'), "
                    + "(2, 1, '2025-04-03', 'CMS', '2025-04-03T09:00', NULL)"));
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO letter_sent "
                    + "(case_id, written_on, kind, in_reply_to, recorded_at) VALUES "
                    + "(1, '2025-04-05', 'COMPLAINT', 1, '2025-04-05T09:00'), "
                    + "(1, '2025-04-06', 'COMPLAINT', 2, '2025-04-06T09:00'), "
                    + "(1, '2025-04-07', 'COMPLAINT', NULL, '2025-04-07T09:00'), "
                    + "(1, '2025-04-08', 'COMPLAINT', 9, '2025-04-08T09:00')"));
            records.safety.csvExport().exportCase(1, out);
        }
        assertEquals(List.of("1 (in the bin)", "2", "", "9 (not in these files)"),
                column(out.resolve("Letters sent.csv"), "In reply to (number in Letters received.csv)"));
    }

    @Test
    @DisplayName("A yes-or-no question that does not apply is left blank, not answered No: 'They did what they "
            + "promised' for a call with no promise, 'Followed up' for a call with no follow-up date")
    void yesOrNoOnlyWhereAsked() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO call_log (case_id, "
                    + "happened_at, direction, promised, follow_up_on, follow_up_done, promise_kept, recorded_at) "
                    + "VALUES (1, '2025-04-01T10:00', 'I_CALLED', '', NULL, 0, 0, '2025-04-01T10:30'), "
                    + "(1, '2025-04-02T10:00', 'I_CALLED', 'Ring me back', '2025-04-09', 0, 0, '2025-04-02T10:30'), "
                    + "(1, '2025-04-03T10:00', 'I_CALLED', 'Ring me back', '2025-04-10', 1, 1, '2025-04-03T10:30'), "
                    + "(1, '2025-04-04T10:00', 'I_CALLED', '  ', NULL, 1, 1, '2025-04-04T10:30')"));
            records.safety.csvExport().exportCase(1, out);
        }
        Path calls = out.resolve("Calls.csv");
        assertEquals(List.of("", "No", "Yes", "Yes"), column(calls, "They did what they promised"),
                "no promise: nothing to answer, unless the parent ticked it");
        assertEquals(List.of("", "No", "Yes", "Yes"), column(calls, "Followed up"),
                "no follow-up date: nothing to answer, unless the parent ticked it");
        assertEquals(List.of("No"), column(out.resolve("Case.csv"), "Keep my address private from the other parent"),
                "a question always asked keeps its No");
    }

    @Test
    @DisplayName("A letter the app made has its words as printed, in plain words: no internal names, no escapes, "
            + "not the draft's unfilled [brackets]; where a table stood it says so, and the money lost typed is kept")
    void lettersWordsAsPrinted() throws Exception {
        Path out = temp.resolve("export");
        String kept = String.join("\n",
                "drafted.heading=COMPLAINT",
                "drafted.blocks=2",
                "drafted.0.kind=requests",
                "drafted.0.title=What I am asking you to do",
                "drafted.0.text=Reply by 31 Dec 2026.\\n[what you want done about your complaint]",
                "drafted.1.kind=paragraph",
                "drafted.1.text=[how the missing money affects your child]",
                "typed.heading=COMPLAINT",
                "typed.blocks=5",
                "typed.0.kind=requests",
                "typed.0.title=What I am asking you to do",
                "typed.0.text=Reply by 31 Dec 2026.\\nTell me what you will do to collect the arrears.",
                "typed.1.kind=sub-heading",
                "typed.1.text=What happened",
                "typed.2.kind=list",
                "typed.2.text=10 Apr 2026\\: I phoned you.\\n24 Apr 2026\\: no call back.",
                "typed.3.kind=table",
                "typed.4.kind=paragraph",
                "typed.4.text=Without the money I fell behind on rent.",
                "losses=1",
                "loss.0.what=Bank charges",
                "loss.0.how=Two letters from my bank",
                "loss.0.amount=24.00",
                "choice.posted-by=FIRST_CLASS");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            records.database.inTransaction(c -> {
                try (var s = c.prepareStatement("INSERT INTO letter_sent (case_id, written_on, kind, heading, "
                        + "made_words, recorded_at) VALUES (1, '2026-12-05', 'COMPLAINT', 'COMPLAINT', ?, "
                        + "'2026-12-05T10:00'), (1, '2026-12-06', 'OTHER', '', '', '2026-12-06T10:00')")) {
                    s.setString(1, kept);
                    return s.executeUpdate();
                }
            });
            records.safety.csvExport().exportCase(1, out);
        }
        List<String> words = column(out.resolve("Letters sent.csv"),
                "The letter's words as printed (its tables are in its copy, in Documents.csv)");
        assertEquals(List.of(String.join("\n",
                "COMPLAINT",
                "",
                "What I am asking you to do",
                "- Reply by 31 Dec 2026.",
                "- Tell me what you will do to collect the arrears.",
                "",
                "What happened",
                "",
                "- 10 Apr 2026: I phoned you.",
                "- 24 Apr 2026: no call back.",
                "",
                "(A table from your records: see the copy of the letter.)",
                "",
                "Without the money I fell behind on rent.",
                "",
                "Money you lost, as you typed it for the letter:",
                "- Bank charges; how it was worked out: Two letters from my bank; amount: 24.00"), ""), words);
    }

    @Test
    @DisplayName("The arrears schedule is in the files as the app works it out, with a totals line giving what is "
            + "owed now; a plan says the day it falls on, as the app counts it (a plan from 30 Apr keeps day 31)")
    void arrearsScheduleAndThePlansDays() throws Exception {
        Path out = temp.resolve("export");
        try (Records records = Records.withCase(temp.resolve("data"))) {
            // £100 monthly from 31 Jan 2025, then £80 from 30 Apr 2025 on the same day 31. Paid 123.45 and 50.00.
            records.database.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO payment_plan (case_id, "
                    + "amount_pence, frequency, first_due, source, recorded_at) VALUES "
                    + "(1, 10000, 'MONTHLY', '2025-01-31', 'CMS letter', '2025-01-20T09:00'), "
                    + "(1, 8000, 'MONTHLY', '2025-04-30', 'CMS letter', '2025-04-20T09:00')"));
            List<Path> files = records.safety.csvExport().exportCase(1, out);
            assertTrue(files.contains(out.resolve("Arrears schedule.csv")), files.toString());
        }
        String onDay31 = "Monthly, on the 31st (the last day in shorter months)";
        assertEquals(List.of(onDay31, onDay31),
                column(out.resolve("Payment plans.csv"), "How often and on what day (as the app counts the dues)"));
        Path schedule = out.resolve("Arrears schedule.csv");
        List<String> dates = column(schedule, "Date due");
        // Up to 22 Nov 2026: 31 Jan 2025 to 31 Oct 2026, 22 dues; then the totals line.
        assertEquals(23, dates.size(), dates.toString());
        assertEquals(List.of("31/01/2025", "28/02/2025", "31/03/2025", "30/04/2025", "31/05/2025"),
                dates.subList(0, 5));
        assertEquals("Totals", dates.get(22));
        List<String> balance = column(schedule, "Owed before next due (£)");
        assertEquals("1646.55", balance.get(22), "300.00 + 19 x 80.00 due, 173.45 paid: owed now");
        assertEquals(balance.get(21), balance.get(22), "the last line's balance is what is owed now");
        assertEquals("1820.00", column(schedule, "Due (£)").get(22));
        assertEquals("173.45", column(schedule, "Paid towards it (£)").get(22));
        assertEquals("Owed now", column(schedule, "Status").get(22));
        assertEquals("0.00", column(schedule, "Cleared without payment (£)").get(22));
    }

    /** One column of an exported file, read back as a spreadsheet would: by its heading. */
    private static List<String> column(Path file, String heading) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).substring(1); // after the byte order mark
        List<CsvRow> rows = CsvParser.parse(text).rows();
        int at = rows.get(0).fields().indexOf(heading);
        assertTrue(at >= 0, heading + " in " + rows.get(0).fields());
        return rows.subList(1, rows.size()).stream().map(row -> row.field(at)).toList();
    }
}
