package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a wrong or hostile file meets: plain refusals, never a huge reference or a frozen window. */
class ImportLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static CsvFile file(String text) {
        return CsvFile.of(text.getBytes(StandardCharsets.UTF_8)).value();
    }

    @Test
    @Tag("large") // 15 MB: left out of mutation testing, where it would run once per mutant
    void aFifteenMegabyteCellIsAProblemNotAReference() {
        String huge = "x".repeat(15 * 1024 * 1024);
        CsvFile csv = file("Date,Amount,Description\n01/11/2026,50.00," + huge + "\n02/11/2026,50.00,D REED\n");
        ImportPreview preview = ImportPreview.build(csv.csv(), ImportMapping.of(0, 1, OptionalInt.of(2)), TODAY,
                Optional.empty(), Set.of());
        assertEquals(List.of("Row 2: one cell holds over 2,000 characters, far more than a bank statement line. "
                + "Check you chose the right file."), preview.problems());
        assertEquals(1, preview.count(RowStatus.READY));
        assertEquals(PreviewRow.SHOWN_CELL_CHARS + 1, preview.rows().get(0).cells().get(2).length(),
                "the screen gets a short piece of the cell, not 15 MB");
    }

    /**
     * The description becomes the payment's reference, which holds a statement's line (200 characters): a longer one
     * is a problem on its row, named, rather than cut short or refused by the records when the import is saved.
     */
    @Test
    void aDescriptionLongerThanAReferenceHoldsIsAProblemOnItsRow() {
        String longer = "D REED " + "x".repeat(194);
        CsvFile csv = file("Date,Amount,Description\n01/11/2026,50.00," + longer + "\n02/11/2026,50.00,D REED "
                + "y".repeat(193) + "\n");
        ImportPreview preview = ImportPreview.build(csv.csv(), ImportMapping.of(0, 1, OptionalInt.of(2)), TODAY,
                Optional.empty(), Set.of());
        assertEquals(List.of("Row 2: its description has 201 characters, more than the 200 a payment's reference can "
                + "hold. Check you chose the right column for the description."), preview.problems());
        assertEquals(1, preview.count(RowStatus.READY), "a description of 200 characters imports");
    }

    @Test
    @Tag("large")
    void aMillionRowFileIsRefusedWithAPlainMessage() {
        StringBuilder rows = new StringBuilder("Date,Amount\n");
        for (int i = 0; i < 1_000_000; i++) {
            rows.append("1/1/26,1\n");
        }
        assertEquals(Optional.of(CsvFile.TOO_MANY_ROWS),
                CsvFile.of(rows.toString().getBytes(StandardCharsets.US_ASCII)).problem());
    }

    @Test
    void aPreviewStopsWhenCancelledAndReportsProgressOnTheWay() {
        StringBuilder rows = new StringBuilder("Date,Amount\n");
        for (int i = 0; i < 5_000; i++) {
            rows.append("01/11/2026,1.00\n");
        }
        CsvFile csv = file(rows.toString());
        List<Integer> seen = new ArrayList<>();
        PreviewProgress cancelAfterTwoBatches = new PreviewProgress() {
            @Override
            public boolean cancelled() {
                return seen.size() >= 2;
            }

            @Override
            public void checked(int done, int total) {
                seen.add(done);
                assertEquals(5_000, total);
            }
        };
        assertThrows(CancellationException.class, () -> ImportPreview.build(csv.csv(),
                ImportMapping.of(0, 1, OptionalInt.empty()), TODAY, Optional.empty(), Set.of(), cancelAfterTwoBatches));
        assertEquals(List.of(0, 500), seen);
    }

    @Test
    void moneyProgramFilesAreRefusedNamingWhatToDownload() {
        assertEquals(Optional.of(CsvFile.QIF_OR_OFX), CsvFile.of("!Type:Bank\nD01/11/2026\nT50.00\n^\n"
                .getBytes(StandardCharsets.US_ASCII)).problem());
    }

    @Test
    void aSantanderDownloadWithNoTransactionsIsRefusedNamingWhatToDownload() {
        Optional<String> problem = CsvFile.of("From: 01/09/2026 to 30/11/2026\n\nAccount: XXXX 4321\n"
                .getBytes(StandardCharsets.US_ASCII)).problem();
        assertEquals(Optional.of(CsvFile.SANTANDER_UNREADABLE), problem);
        assertTrue(problem.orElseThrow().contains("download your transactions again"));
    }

    @Test
    void aHeaderIsFoundBelowAccountLinesAndNotMistakenForData() {
        CsvFile csv = file("Account,Current ****1234\nBalance,\"£1,000.00\"\n\nDate,Details,Amount\n"
                + "01/11/2026,D REED,50.00\n");
        ImportMapping mapping = FileLayout.of(csv).mapping().orElseThrow();
        assertEquals(2, mapping.headerRow(), "the index among the non-blank rows");
        ImportPreview preview = ImportPreview.build(csv.csv(), mapping, TODAY, Optional.empty(), Set.of());
        assertEquals(List.of("Date", "Details", "Amount"), preview.header());
        assertEquals(1, preview.rows().size());
    }

    @Test
    void withNoHeaderPaidOutAndPaidInColumnsAreRecognisedByContent() {
        CsvFile csv = file("01/11/2026,TESCO,12.00,,100.00\n02/11/2026,D REED,,50.00,150.00\n"
                + "03/11/2026,GREGGS,3.00,,147.00\n");
        ImportMapping mapping = FileLayout.of(csv).mapping().orElseThrow();
        assertEquals(new AmountColumns.PaidInOut(3, OptionalInt.of(2)), mapping.amount());
        assertEquals(OptionalInt.of(1), mapping.descriptionColumn());
        assertEquals(ImportMapping.NO_HEADER, mapping.headerRow());
    }
}
