package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.safety.JournalTriggers;

/**
 * V033 is frozen: what it does to a V032 records file does not move with the app's live wording or rules. A fixed
 * records file saved at V032 ({@code v032-quick-entry-words.db}, made once by {@link #makeTheFixture}) is upgraded,
 * and every payment's note and every version the repair kept is pinned. Under Collect and Pay, £51.87 a week from
 * Sun 1 Nov 2026, £49.80 reaching the parent after the fee.
 */
class V033PinnedTest {

    static final String FIXTURE = "v032-quick-entry-words.db";

    @TempDir
    Path folder;

    @Test
    void aFixedV032RecordsFileIsRepairedToTheseWordsAndNoOthers() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        try (InputStream in = V033PinnedTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, data.resolve(Database.FILE_NAME));
        }
        try (Database now = Database.open(data, OldShapeRecords.CLOCK, JournalTriggers::install)) {
            // Checked by hand against the Payments page: 1 finished 15 Nov on time (its words go, the parent's stay);
            // 2 and 8 are parts of 8 Nov's due, which 5 finished late; 3 is a part of 1 Nov's, which 6 finished late;
            // 4 is a part of 22 Nov's, under Collect and Pay ("Part arrived"), and 7, never corrected, finished it with
            // money 5 paid ahead (the Payments page: "Arrived in full"): its words go too. 5 and 6 are true as they are.
            assertEquals(String.join("\n",
                    "1|2026-11-15|4980|2026-11-15|The CMS said it was late from him",
                    "2|2026-11-08|2500|2026-11-08|Part arrived (due 8 Nov 2026)",
                    "3|2026-11-05|3000|2026-11-01|Part arrived (due 1 Nov 2026)",
                    "4|2026-11-22|1200|2026-11-22|Part arrived (due 22 Nov 2026). By cash",
                    "5|2026-11-12|4980|2026-11-08|Arrived late (due 8 Nov 2026)",
                    "6|2026-11-10|1980|2026-11-01|Arrived late (due 1 Nov 2026)",
                    "7|2026-11-22|1000|2026-11-22|",
                    "8|2026-11-01|500|2026-11-08|Part arrived (due 8 Nov 2026)",
                            // The V032 file's own earlier versions (each correction's), then the five the repair kept.
                    "amendment|1|Part arrived (due 15 Nov 2026). The CMS said it was late from him|4000",
                    "amendment|2|Part arrived (due 8 Nov 2026)|2000",
                    "amendment|3|Arrived late (due 1 Nov 2026)|4980",
                    "amendment|4|Part paid (due 22 Nov 2026). By cash|1000",
                    "amendment|8|Part arrived (due 1 Nov 2026)|500",
                    "amendment|8|Part arrived (due 1 Nov 2026)|500",
                    "amendment|3|Arrived late (due 1 Nov 2026)|3000",
                    "amendment|1|Part arrived (due 15 Nov 2026). The CMS said it was late from him|4980",
                    "amendment|4|Part paid (due 22 Nov 2026). By cash|1200",
                    "amendment|7|Part arrived (due 22 Nov 2026)|1000"), payments(now));
        }
    }

    /** V033's step reads none of the live words: not QuickEntryWords, not the words bundle. */
    @Test
    void theRepairReadsNoLiveWords() throws Exception {
        for (String name : new String[] {"OldRecordsRepair.java", "OldQuickEntryWords.java"}) {
            String source = Files.readString(Path.of("src/main/java/uk/cml/store", name));
            assertFalse(source.contains("import uk.cml.domain.arrears.QuickEntryWords;"),
                    name + " uses the live QuickEntryWords");
            assertFalse(source.contains("Words.text(") || source.contains("payments.quickEntry."),
                    name + " reads the live words bundle");
        }
    }

    private static String payments(Database database) {
        return database.read(c -> {
            StringBuilder out = new StringBuilder();
            try (var s = c.prepareStatement("SELECT id, paid_on, amount_pence, for_due, note FROM payment ORDER BY id");
                 var r = s.executeQuery()) {
                while (r.next()) {
                    out.append(r.getLong(1)).append('|').append(r.getString(2)).append('|').append(r.getLong(3))
                            .append('|').append(r.getString(4)).append('|').append(r.getString(5)).append('\n');
                }
            }
            try (var s = c.prepareStatement("SELECT record_id, earlier_version FROM amendment "
                    + "WHERE record_table = 'payment' ORDER BY id"); var r = s.executeQuery()) {
                while (r.next()) {
                    var columns = History.columns(r.getString(2));
                    out.append("amendment|").append(r.getLong(1)).append('|').append(columns.get("note")).append('|')
                            .append(columns.get("amount_pence")).append('\n');
                }
            }
            return out.toString().strip();
        });
    }

    /**
     * Made once, on 5 Dec 2026, by the code of that day (run by hand as this class's main with the folder, then the
     * file copied into src/test/resources/uk/cml/store): V032 records as the old code saved them. Never made again.
     * Not a test, so a full run skips nothing.
     */
    public static void main(String[] args) throws Exception {
        makeTheFixture(Path.of(args[0]));
    }

    static void makeTheFixture(Path data) throws Exception {
        LocalDate nov1 = LocalDate.of(2026, 11, 1);
        LocalDate nov8 = LocalDate.of(2026, 11, 8);
        LocalDate nov15 = LocalDate.of(2026, 11, 15);
        LocalDate nov22 = LocalDate.of(2026, 11, 22);
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            // 1: a part corrected to all of the due, the parent's words after the app's.
            long all = old.quickEntryPart(nov15, 40_00, ". The CMS said it was late from him");
            old.correctAsBefore(all, 49_80, Optional.of(nov15));
            // 2: a part corrected and still a part.
            long part = old.quickEntryPart(nov8, 20_00, "");
            old.correctAsBefore(part, 25_00, Optional.of(nov8));
            // 3: all of it, late, corrected to a part of it.
            long late = old.quickEntryLate(nov1, LocalDate.of(2026, 11, 5), 49_80);
            old.correctAsBefore(late, 30_00, Optional.of(nov1));
            // 4: "Part paid" (written while the case was Direct Pay) on a due under Collect and Pay, corrected.
            long direct = old.addAsBefore(new uk.cml.domain.arrears.Payment(0, nov22,
                    uk.cml.domain.Money.ofPence(10_00), uk.cml.domain.arrears.PaymentMethod.THROUGH_CMS, "",
                    "Part paid (due 22 Nov 2026). By cash", Optional.of(nov22)));
            old.correctAsBefore(direct, 12_00, Optional.of(nov22));
            // 5: late for 8 Nov, corrected (the same answers) after 2's part: its money finished 8 Nov, late.
            long lateAll = old.quickEntryLate(nov8, LocalDate.of(2026, 11, 12), 49_80);
            old.correctAsBefore(lateAll, 49_80, Optional.of(nov8));
            // 6: the rest of 1 Nov's due, late, never corrected.
            old.quickEntryLate(nov1, LocalDate.of(2026, 11, 10), 19_80);
            // 7: a part, never corrected.
            old.quickEntryPart(nov22, 10_00, "");
            // 8: a part of 1 Nov's due corrected to be for 8 Nov's: the words name 1 Nov, the payment 8 Nov.
            long moved = old.quickEntryPart(nov1, 5_00, "");
            old.correctAsBefore(moved, 5_00, Optional.of(nov8));
        }
    }
}
