package uk.cml.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One invented export per published UK bank layout (banks/), each mixing four maintenance transfers from Daniel Reed
 * with salary (in two files from "REED SPECIALIST RECRUITMENT"), card payments, direct debits, a refund, interest,
 * a gift from someone else and a transfer out to Daniel Reed. With the import's defaults and only the case's other
 * parent as payer, exactly his four transfers are ready, to the penny and the day.
 */
class BankLayoutsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> HIS_TRANSFERS = List.of("2026-09-05 250.00", "2026-10-05 250.00",
            "2026-11-04 187.50", "2026-11-19 62.50");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "monzo.csv                | Looks like a Monzo export.",
        "starling.csv             | Looks like a Starling export.",
        "barclays.csv             | Looks like a Barclays export.",
        "barclays-excel.csv       | Looks like a Barclays export.",
        "lloyds.csv               | Looks like a Lloyds, Halifax, Bank of Scotland or TSB export.",
        "tsb.csv                  | Looks like a Lloyds, Halifax, Bank of Scotland or TSB export.",
        "natwest.csv              | Looks like a NatWest or RBS export.",
        "chase.csv                | Looks like a Chase UK export.",
        "firstdirect.csv          | Looks like a first direct export.",
        "revolut.csv              | Looks like a Revolut export.",
        "hsbc.csv                 | Looks like an HSBC export. It has no column names, so the columns were "
                + "recognised by what they hold.",
        "nationwide-statement.csv | Looks like a Nationwide statement export.",
        "nationwide-midata.csv    | Looks like a Nationwide midata export.",
        "santander.txt            | Looks like a Santander text download.",
    })
    void onlyTheOtherParentsTransfersAreReady(String file, String layoutLine) {
        CsvFile csv = CsvFile.of(Fixtures.bytes("banks/" + file)).value();
        FileLayout layout = FileLayout.of(csv);
        assertEquals(layoutLine, layout.describe());
        ImportMapping mapping = layout.mapping().orElseThrow().withPayers(List.of("Daniel Reed"));
        ImportPreview preview = ImportPreview.build(csv.csv(), mapping, TODAY, Optional.of(LocalDate.of(2026, 9, 1)),
                Set.of());

        List<String> ready = preview.paymentsToImport(preview.readyRows()).stream()
                .map(p -> p.date() + " " + p.amount().toPlainString()).sorted().toList();
        assertEquals(HIS_TRANSFERS, ready, file);
        // Salary, the refund, interest and the gift are money in, shown as "not from" him and left out.
        assertTrue(preview.count(RowStatus.NOT_FROM_PAYER) >= 6, file + ": " + preview.count(RowStatus.NOT_FROM_PAYER));
        assertTrue(preview.count(RowStatus.MONEY_OUT) >= 7, file + ": " + preview.count(RowStatus.MONEY_OUT));
        for (PreviewRow row : preview.rows(RowStatus.READY)) {
            String description = row.payment().orElseThrow().description();
            assertFalse(description.startsWith("'") || description.contains("  ") || description.isBlank(),
                    file + ": '" + description + "'");
        }
    }

    @org.junit.jupiter.api.Test
    void revolutTakesTheCompletedDateAndLeavesPendingAndRevertedRowsOut() {
        CsvFile csv = CsvFile.of(Fixtures.bytes("banks/revolut.csv")).value();
        ImportMapping mapping = FileLayout.of(csv).mapping().orElseThrow().withPayers(List.of("Daniel Reed"));
        ImportPreview preview = ImportPreview.build(csv.csv(), mapping, TODAY, Optional.empty(), Set.of());
        assertEquals(2, preview.count(RowStatus.NOT_COMPLETED));
        assertEquals("Row 20: the bank marks this payment PENDING, not completed, so it is left out.",
                preview.rows(RowStatus.NOT_COMPLETED).get(0).message());
    }

    @org.junit.jupiter.api.Test
    void descriptionsPreferThePayersNameAndLoseGuardsAndPadding() {
        assertEquals("Daniel Reed", firstReadyDescription("monzo.csv"));
        assertEquals("Daniel Reed", firstReadyDescription("starling.csv"));
        assertEquals("D REED CHILD MAINT FT", firstReadyDescription("barclays.csv"));
        assertEquals("D REED , CHILD MAINT , FP 05/09/26 1034 , 30000000012345", firstReadyDescription("natwest.csv"));
    }

    private static String firstReadyDescription(String file) {
        CsvFile csv = CsvFile.of(Fixtures.bytes("banks/" + file)).value();
        ImportMapping mapping = FileLayout.of(csv).mapping().orElseThrow().withPayers(List.of("Daniel Reed"));
        return ImportPreview.build(csv.csv(), mapping, TODAY, Optional.empty(), Set.of()).rows(RowStatus.READY)
                .get(0).payment().orElseThrow().description();
    }
}
