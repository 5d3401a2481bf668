package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Reviewer's case: a complaint about collection on a Collect and Pay case owed £332.58 (31 Mar 2026: £310.00 due,
 * nothing received; 30 Apr 2026: £22.58 still short) gave the total but not which payments are unpaid. Drafted from
 * the records (real SQLite), read back from its PDF, its "What happened" names each due still owed, by its date and
 * what is still owed on it, in the words of the letters' tables.
 */
class CollectionComplaintNamesTheDuesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void open() {
        ZoneId london = ZoneId.of("Europe/London");
        services = AppServices.open(folder.resolve("data"),
                Clock.fixed(TODAY.atTime(10, 15).atZone(london).toInstant(), london));
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().arrangement(Arrangement.COLLECT_AND_PAY).feePercent("0").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(310_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 31), "CMS calculation letter"));
        pay(LocalDate.of(2026, 1, 30), 310_00);
        pay(LocalDate.of(2026, 2, 27), 310_00);
        pay(LocalDate.of(2026, 4, 30), 287_42);
    }

    private void pay(LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.THROUGH_CMS,
                "", ""));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theComplaintNamesBothDuesStillOwed() throws Exception {
        CaseFile file = services.cases.cases().get(0);
        var facts = LetterWiring.facts(services, file);
        Path pdf = folder.resolve("complaint.pdf");
        Files.write(pdf, new LetterPdfRenderer(Clock.systemUTC()).render(
                LetterTemplates.COLLECTION_COMPLAINT.document(facts)).pdf());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("£332.58"), text);
        int happened = text.indexOf("What happened");
        int wrong = text.indexOf("What went wrong");
        assertTrue(happened > 0 && wrong > happened, text);
        String section = text.substring(happened, wrong);
        assertTrue(section.contains("31 Mar 2026: £310.00 was due. Nothing received. Still owed on it: £310.00."),
                section);
        assertTrue(section.contains("30 Apr 2026: £310.00 was due.") && section.contains("£22.58 still owed"),
                section);
        assertTrue(!section.contains("28 Feb 2026:") && !section.contains("31 Jan 2026:"), "paid dues not named: "
                + section);
    }
}
