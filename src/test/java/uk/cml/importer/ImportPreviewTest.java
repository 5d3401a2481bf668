package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

class ImportPreviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate PLAN_START = LocalDate.of(2024, 3, 1);
    private static final ImportMapping DATE_AMOUNT_DESCRIPTION = ImportMapping.of(0, 1, OptionalInt.of(2));

    private static ImportPreview preview(ParsedCsv csv, ImportMapping mapping, Set<RecordedPayment> recorded) {
        return ImportPreview.build(csv, mapping, TODAY, Optional.of(PLAN_START), recorded);
    }

    private static ImportPreview preview(String csvText, ImportMapping mapping) {
        return preview(CsvParser.parse(csvText), mapping, Set.of());
    }

    private static ImportedPayment payment(String date, long pence, String description, int line) {
        return new ImportedPayment(LocalDate.parse(date), Money.ofPence(pence), description, line);
    }

    @Nested
    @DisplayName("every kind of bad row gets its own plain reason")
    class Problems {
        private final ImportPreview preview =
                preview(Fixtures.parsed("broken-rows.csv"), DATE_AMOUNT_DESCRIPTION, Set.of());

        @Test
        void reasonsInFileOrder() {
            assertEquals(List.of(
                    "Row 3: a quote mark (\") is opened but never closed, so this row cannot be read. "
                            + "Check it in your spreadsheet.",
                    "Row 5: this row has 5 columns, but the other rows have 3. Check it in your spreadsheet.",
                    "Row 6: this row has 2 columns, but the other rows have 3. Check it in your spreadsheet.",
                    "Row 7: the date '31/02/2026' is not a real date.",
                    "Row 8: the amount '12.345' has more than two decimal places.",
                    "Row 10: the amount is £0.00, so there is no payment to record.",
                    "Row 11: the amount £150,000.00 is over £100,000, more than the app accepts for one payment. "
                            + "Check the amount column.",
                    "Row 12: the date 9 Dec 2026 is in the future.",
                    "Row 14: the date 'yesterday' is not in a form this app can read. Use a date like 22/11/2026.",
                    "Row 15: the amount 'fifty' is not an amount of money."), preview.problems());
        }

        @Test
        void goodRowsAroundThemStillImport() {
            assertEquals(List.of(payment("2026-11-01", 5000, "Fine row", 2),
                            payment("2026-11-03", 5000, "Row after the stray quote", 4),
                            payment("2020-01-01", 5000, "Before plan", 13)),
                    preview.paymentsToImport(preview.readyRows()));
            assertEquals(3, preview.count(RowStatus.READY));
            assertEquals(1, preview.count(RowStatus.MONEY_OUT));
            assertEquals(10, preview.count(RowStatus.PROBLEM));
            assertEquals(Money.ofPence(15000), preview.readyTotal());
            assertEquals(List.of("Date", "Amount", "Description"), preview.header());
        }

        @Test
        void problemRowsKeepTheirCellsForTheScreen() {
            PreviewRow row = preview.rows(RowStatus.PROBLEM).get(3);
            assertEquals(List.of("31/02/2026", "50.00", "Not a real date"), row.cells());
            assertEquals(Optional.empty(), row.payment());
        }

        @Test
        void aPaymentBeforeTheFirstDueIsReadyWithAWarningNotRefused() {
            PreviewRow early = preview.rows().stream().filter(r -> r.rowNumber() == 13).findFirst().orElseThrow();
            assertEquals(RowStatus.READY, early.status());
            assertEquals("Row 13: paid on 1 Jan 2020, before the first payment was due (1 Mar 2024). It is kept; "
                    + "untick it if it was not maintenance.", early.message());
        }

        @Test
        void withoutAnEarliestDateOldPaymentsAreFine() {
            ImportPreview open = ImportPreview.build(Fixtures.parsed("broken-rows.csv"), DATE_AMOUNT_DESCRIPTION,
                    TODAY, Optional.empty(), Set.of());
            assertEquals(3, open.count(RowStatus.READY));
            assertEquals(LocalDate.of(2020, 1, 1), open.paymentsToImport(open.readyRows()).get(2).date());
            assertEquals("", open.rows(RowStatus.READY).get(2).message());
        }

        @Test
        void boundariesAreAllowed() {
            ImportPreview edges = preview("Date,Amount\n01/12/2026,\"100,000.00\"\n01/03/2024,0.01\n",
                    ImportMapping.of(0, 1, OptionalInt.empty()));
            assertEquals(List.of(payment("2026-12-01", 100_000_00L, "", 2), payment("2024-03-01", 1, "", 3)),
                    edges.paymentsToImport(edges.readyRows()));
        }
    }

    @Nested
    @DisplayName("a bank export with paid in and paid out columns")
    class BankExport {
        private final ParsedCsv csv = Fixtures.parsed("bank-paid-in-out.csv");
        private final ImportMapping guessed = ImportMapping.guess(csv.rows().get(0).fields()).orElseThrow();

        @Test
        void onlyThePayersMoneyInIsReadyIgnoringCase() {
            ImportPreview preview = preview(csv, guessed.withPayers(List.of("smith")), Set.of());
            assertEquals(List.of(payment("2026-11-28", 12000, "J SMITH CHILD MAINT", 2),
                    payment("2026-11-21", 6000, "J SMITH CHILD MAINT", 4),
                    payment("2026-11-14", 12000, "J Smith child maint", 6)),
                    preview.paymentsToImport(preview.readyRows()));
            assertEquals(Money.ofPence(30000), preview.readyTotal());
            assertEquals(1, preview.count(RowStatus.NOT_FROM_PAYER));
            assertEquals("Row 8: money in, but it does not mention smith. Tick it only if it is maintenance.",
                    preview.rows(RowStatus.NOT_FROM_PAYER).get(0).message());
            assertEquals(3, preview.count(RowStatus.MONEY_OUT));
            assertEquals("Row 7: money going out, not a payment to you.",
                    preview.rows(RowStatus.MONEY_OUT).get(2).message());
            assertEquals(List.of(), preview.problems());
        }

        @Test
        void aRowNotFromThePayerImportsOnlyWhenTicked() {
            ImportPreview preview = preview(csv, guessed.withPayers(List.of("smith")), Set.of());
            Set<Integer> ticked = new java.util.HashSet<>(preview.readyRows());
            ticked.add(8);
            assertEquals(payment("2026-11-07", 125000, "SALARY ACME LTD", 8),
                    preview.paymentsToImport(ticked).get(3));
        }

        @Test
        void withNoPayersEveryPaymentInIsReadyAndMoneyOutNever() {
            ImportPreview preview = preview(csv, guessed, Set.of());
            assertEquals(0, preview.count(RowStatus.NOT_FROM_PAYER));
            assertEquals(4, preview.count(RowStatus.READY));
            assertEquals(3, preview.count(RowStatus.MONEY_OUT));
            assertEquals(Money.ofPence(155000), preview.readyTotal());
        }

        @Test
        void paymentAlreadyRecordedIsAPossibleDuplicateUntilTicked() {
            Set<RecordedPayment> recorded = Set.of(new RecordedPayment(LocalDate.of(2026, 11, 21), Money.ofPence(6000)),
                    new RecordedPayment(LocalDate.of(2026, 11, 14), Money.ofPence(5000)));
            ImportPreview preview = preview(csv, guessed.withPayers(List.of("SMITH")), recorded);
            PreviewRow duplicate = preview.rows(RowStatus.POSSIBLE_DUPLICATE).get(0);
            assertEquals(1, preview.count(RowStatus.POSSIBLE_DUPLICATE));
            assertEquals("Row 4: you have already recorded £60.00 on 21 Nov 2026. Tick it only if this is a second "
                    + "payment.", duplicate.message());
            assertEquals(Money.ofPence(24000), preview.readyTotal());
            assertEquals(2, preview.paymentsToImport(preview.readyRows()).size());
            assertEquals(List.of(2, 4, 6), preview.paymentsToImport(Set.of(2, 4, 6)).stream()
                    .map(ImportedPayment::sourceLine).toList());
        }

        @Test
        void emptyPaidInWithNoPaidOutColumn() {
            ImportPreview preview = preview("Date,Money in\n01/11/2026,\n", ImportMapping.guess(List.of("Date",
                    "Money in")).orElseThrow());
            assertEquals(List.of("Row 2: there is no amount in the paid-in column."), preview.problems());
        }

        @Test
        void negativeInThePaidInColumnIsMoneyOut() {
            ImportPreview preview = preview("Date,Paid in\n01/11/2026,(5.00)\n", ImportMapping.guess(List.of("Date",
                    "Paid in")).orElseThrow());
            assertEquals("Row 2: money going out, not a payment to you.",
                    preview.rows(RowStatus.MONEY_OUT).get(0).message());
        }
    }

    @Nested
    @DisplayName("identical rows within one file")
    class DuplicatesInTheFile {
        @Test
        void laterCopyIsFlaggedAndTheFirstStaysReady() {
            ImportPreview preview = preview("Date,Amount,Who\n01/11/2026,50.00,J Smith\n01/11/2026,50.00,j  smith \n"
                    + "01/11/2026,50.00,Gran\n", DATE_AMOUNT_DESCRIPTION);
            assertEquals(List.of(RowStatus.READY, RowStatus.POSSIBLE_DUPLICATE, RowStatus.READY),
                    preview.rows().stream().map(PreviewRow::status).toList());
            assertEquals("Row 3: row 2 has the same date, amount and description. Tick it only if there really were "
                    + "two payments.", preview.rows().get(1).message());
            assertEquals(Money.ofPence(10000), preview.readyTotal());
        }
    }

    @Nested
    @DisplayName("who the money is from")
    class Payers {
        private ImportPreview withPayer(String csvText, String payer) {
            return preview(csvText, DATE_AMOUNT_DESCRIPTION.withPayers(List.of(payer)));
        }

        @Test
        void anyCellOfTheRowCounts() {
            ImportPreview preview = withPayer("Date,Amount,Who,Note\n01/11/2026,50.00,Jones,from smith\n", "smith");
            assertEquals(1, preview.count(RowStatus.READY));
        }

        @Test
        void aNameMatchesTheWaysBanksWriteIt() {
            ImportPreview preview = withPayer("Date,Amount,Who\n01/11/2026,1.00,D REED\n02/11/2026,2.00,REED D CMS\n"
                    + "03/11/2026,3.00,MR D J REED\n04/11/2026,4.00,Transfer from DANIEL REED\n"
                    + "05/11/2026,5.00,REED SPECIALIST RECRUITMENT\n06/11/2026,6.00,DANIEL REEDS\n"
                    + "07/11/2026,7.00,J REED\n", "Daniel Reed");
            assertEquals(List.of(1, 2, 3, 4), preview.rows(RowStatus.READY).stream()
                    .map(r -> r.rowNumber() - 1).toList());
            assertEquals(3, preview.count(RowStatus.NOT_FROM_PAYER));
        }

        @Test
        void aReferenceMatchesAsWholeWords() {
            ImportPreview preview = withPayer("Date,Amount,Who\n01/11/2026,1.00,X REF.CHILD MAINT\n"
                    + "02/11/2026,2.00,CHILD MAINTENANCE\n", "child maint");
            assertEquals(1, preview.count(RowStatus.READY));
        }
    }

    @Nested
    @DisplayName("whole fixtures, end to end")
    class WholeFiles {
        @Test
        void windows1252PoundsAndDashesSurvive() {
            ImportPreview preview = preview(Fixtures.parsed("windows-1252-pound.csv"), DATE_AMOUNT_DESCRIPTION, Set.of());
            assertEquals(List.of(payment("2026-10-01", 4550, "SMITH J CMS", 2),
                    payment("2026-10-08", 4550, "SMITH J CMS – late", 3)), preview.paymentsToImport(preview.readyRows()));
        }

        @Test
        void utf8WithBom() {
            ImportPreview preview = preview(Fixtures.parsed("utf8-bom.csv"),
                    ImportMapping.guess(List.of("Date", "Amount", "Description")).orElseThrow(), Set.of());
            assertEquals(Money.ofPence(110000), preview.readyTotal());
        }

        @Test
        void quotedFieldsKeepCommasQuotesAndLineBreaks() {
            ImportPreview preview = preview(Fixtures.parsed("quoted-fields.csv"), DATE_AMOUNT_DESCRIPTION, Set.of());
            assertEquals(List.of(payment("2026-11-01", 123456, "Smith, J: back pay", 2),
                    payment("2026-11-08", 5000, "Paid by \"Jo\" Smith", 3),
                    payment("2026-11-15", 5000, "Line one line two", 4),
                    payment("2026-11-22", 5000, "padded", 6),
                    payment("2026-11-29", 5000, "", 7)), preview.paymentsToImport(preview.readyRows()));
        }

        @Test
        void semicolonFileWithoutAGuessableHeader() {
            ParsedCsv csv = Fixtures.parsed("semicolon.csv");
            assertEquals(Optional.empty(), ImportMapping.guess(csv.rows().get(0).fields()));
            ImportPreview preview = preview(csv, DATE_AMOUNT_DESCRIPTION, Set.of());
            assertEquals(3, preview.count(RowStatus.READY));
            assertEquals(Money.ofPence(7500), preview.readyTotal());
        }

        @Test
        void noHeaderRowMeansTheFirstRowIsData() {
            ImportPreview preview = preview("01/11/2026,50.00\n02/11/2026,60.00\n",
                    ImportMapping.of(0, 1, OptionalInt.empty()).withHeaderRow(ImportMapping.NO_HEADER));
            assertEquals(List.of(), preview.header());
            assertEquals(2, preview.count(RowStatus.READY));
            assertEquals(1, preview.rows().get(0).rowNumber());
        }

        @Test
        void headerOnlyFileHasNoRows() {
            ImportPreview preview = preview("Date,Amount\n", ImportMapping.of(0, 1, OptionalInt.empty()));
            assertEquals(List.of(), preview.rows());
            assertEquals(Money.ZERO, preview.readyTotal());
        }
    }
}
