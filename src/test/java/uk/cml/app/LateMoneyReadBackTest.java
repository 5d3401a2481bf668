package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The reviewer's monthly case (LateThoughShortTest), saved to a real SQLite file, read back from the missed-payments
 * letter's PDF and the evidence pack's: July (made up in full by 15 Sep's money, which pays the oldest due still
 * owed first) and August, still short, say their money came late, as October does; the pack's chronology names the
 * late payment for each; the owed figure is the one it was before (£599.60).
 */
@DisplayName("Late money for a due still short is said in the letter and the pack, read back from the PDFs")
class LateMoneyReadBackTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 5).atTime(10, 15).atZone(LONDON)
            .toInstant(), LONDON);

    @TempDir
    Path folder;

    @Test
    @DisplayName("missed-payments letter and pack: July 2 days late, August 43 days after Mon 3 Aug, October 1 day")
    void reviewersCase() throws Exception {
        Path data = folder.resolve("data");
        String letter;
        try (AppServices services = AppServices.open(data, CLOCK)) {
            long caseId = services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0,
                    "Jordan Reed", Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.empty(),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), BigDecimal.ZERO));
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(212_40), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 6, 1), "CMS calculation letter"));
            pay(services, caseId, LocalDate.of(2026, 6, 1), 212_40);
            pay(services, caseId, LocalDate.of(2026, 7, 3), 100_00);
            pay(services, caseId, LocalDate.of(2026, 9, 1), 212_40);
            pay(services, caseId, LocalDate.of(2026, 9, 15), 150_00);
            pay(services, caseId, LocalDate.of(2026, 10, 2), 212_40);
            assertEquals("£599.60", services.payments.schedule(caseId, LocalDate.of(2026, 12, 5)).owedNow().format());

            LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
            LetterFacts addressed = facts.toBuilder().recipient(new LetterRecipients(services)
                    .recipientFor(LetterTemplates.MISSED_DIRECT_PAY, facts)).build();
            letter = text(new LetterPdfRenderer(services.clock).render(LetterTemplates.MISSED_DIRECT_PAY
                    .document(addressed)).pdf());
        }
        assertTrue(letter.contains("£599.60 is owed"), letter);
        assertTrue(letter.contains("Paid in full, late: £100.00 arrived 2 days late; £112.40 of the £150.00 that "
                + "arrived on 15 Sep 2026 counts towards it (76 days late)"), letter);
        assertTrue(letter.contains("Part paid: £37.60 of the £150.00 that arrived on 15 Sep 2026 counts towards it "
                + "(43 days late, after Mon 3 Aug 2026); £174.80 still owed"), letter);
        assertTrue(letter.contains(", 1 day late"), letter);
        // A due of a weekend that came late is listed, so the letter says how its days are counted.
        assertTrue(letter.contains("so the days it arrived late are counted from that day"), letter);

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path pack = folder.resolve("pack.pdf");
        assertEquals(0, Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), CLOCK, quiet, quiet));
        String packText = text(java.nio.file.Files.readAllBytes(pack));
        assertTrue(packText.contains("Paid in full, late: £100.00 arrived 2 days late; £112.40 of the £150.00 that "
                + "arrived on 15 Sep 2026 counts towards it (76 days late)"), packText);
        assertTrue(packText.contains("£100.00, arrived 2 days late for the payment due on 1 Jul 2026"), packText);
        assertTrue(packText.contains("£150.00, arrived late for the payments due on 1 Jul 2026 (76 days) and 1 Aug "
                + "2026 (43 days, counted from Mon 3 Aug 2026)"), packText);
        assertTrue(packText.contains("£212.40, arrived 1 day late for the payment due on 1 Oct 2026"), packText);
    }

    private static void pay(AppServices services, long caseId, LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "", ""));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
