package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.OldShapeRecords;
import uk.cml.ui.common.InlineJobs;

/**
 * The reviewer's find of 5 Dec 2026, for payments corrected before its fix: £40.00 recorded with quick entry's
 * "Part arrived" for the due of 15 Nov and corrected to £49.80 (all of the £51.87 due after the CMS's fee) still said
 * "Part arrived (due 15 Nov 2026)" on the Payments page and in Payments.csv, since the fix re-says the words only at
 * a correction. Opened by the app as it is now, the records say what quick entry would say of the payment as it is,
 * and keep the parent's own words. A real records file saved at V032 as the old code saved it.
 */
class OldQuickEntryWordsRepairedTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 15);

    @TempDir
    Path folder;

    @Test
    void thePaymentsPageAndPaymentsCsvNoLongerSayPartArrivedOfAllOfTheDue() throws Exception {
        Path data = folder.resolve("data");
        try (OldShapeRecords old = OldShapeRecords.atV032(data, Arrangement.COLLECT_AND_PAY)) {
            long part = old.quickEntryPart(DUE, 40_00, ". The CMS said it was late from him");
            old.correctAsBefore(part, 49_80, Optional.of(DUE));
        }
        try (AppServices services = AppServices.open(data, OldShapeRecords.CLOCK)) {
            CaseFile theCase = services.cases.cases().get(0);
            SimpleObjectProperty<CaseFile> chosen = new SimpleObjectProperty<>();
            PaymentsModel page = new PaymentsModel(services.payments, null, new InlineJobs(), OldShapeRecords.CLOCK,
                    chosen);
            chosen.set(theCase);
            Payment shown = page.now().orElseThrow().records().payments().get(0);
            assertTrue(page.now().orElseThrow().schedule().lines().stream().filter(l -> l.date().equals(DUE))
                    .findFirst().orElseThrow().statusText().startsWith("Arrived in full"));
            assertEquals("The CMS said it was late from him", shown.note());
            // The version the repair replaced is kept, and the form's "Earlier versions" says what its note was:
            // without the note the line read the same as the payment now, and the change could not be seen.
            String history = Versions.describe(services.payments.earlierVersions(
                    uk.cml.store.PaymentStore.Kind.PAYMENT, shown.id()), Versions::payment);
            assertTrue(history.contains("\u00a349.80, Through the CMS (Collect and Pay), for the due on 15 Nov 2026, "
                    + "note \u201cPart arrived (due 15 Nov 2026). The CMS said it was late from him\u201d"), history);

            Path out = folder.resolve("csv");
            services.safety.csvExport().exportCase(theCase.id(), out);
            String csv = Files.readString(out.resolve("Payments.csv"), StandardCharsets.UTF_8);
            assertFalse(csv.contains("Part arrived"), csv);
            assertTrue(csv.contains("The CMS said it was late from him"), csv);
        }
    }
}
