package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A due paid partly on time and partly late, read back from the missed-payments letter's PDF and the evidence pack's:
 * each says which part came on time (LatePartOnTimeTest), and the pack's chronology says how much of a double payment
 * was late. Monthly £212.40 from Mon 1 Jun 2026, today Sat 5 Dec 2026:
 *
 * <pre>
 * 1 Jun  £212.40 on 1 Jun                                              Paid
 * 1 Jul  £100.00 on 1 Jul, £50.00 on Sat 4 Jul (3 days late), £62.40 of 1 Sep's (62 days late)   Paid in full
 * 1 Aug  (Sat, on time by Mon 3 Aug) nothing in its days; Tue 1 Sep's £424.80 pays 1 Sep on its day and £212.40
 *        goes to the oldest due still owed first: £62.40 completes July, £150.00 to August, 29 days after Mon 3 Aug;
 *        £62.40 still owed                                             Part paid
 * 1 Sep  paid on its day by that payment                               Paid
 * 1 Oct  (Thu) £100.00 on 1 Oct, £112.40 on Mon 5 Oct (4 days late)     Paid in full, part late
 * Mon 2 Nov (for Sun 1 Nov), 1 Dec: £212.40 each on time               Paid
 * Due 7 x 212.40 = 1,486.80; paid 212.40 + 150.00 + 424.80 + 212.40 + 424.80 = 1,424.40; owed 62.40 (August)
 * The letter lists the dues from 1 Jul (owed without a break since then).
 * </pre>
 */
@DisplayName("Part on time, part late: said in the letter and the pack, read back from the PDFs")
class LatePartOnTimeReadBackTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 5).atTime(10, 15).atZone(LONDON)
            .toInstant(), LONDON);

    @TempDir
    Path folder;

    @Test
    @DisplayName("missed-payments letter and pack: October in full part late, July in full part late, 1 Sep's double")
    void partOnTime() throws Exception {
        Path data = folder.resolve("data");
        String letter;
        try (AppServices services = AppServices.open(data, CLOCK)) {
            long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                    CaseFileBuilder.jordanReed().feePercent("0").build());
            services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(212_40), PaymentFrequency.MONTHLY,
                    LocalDate.of(2026, 6, 1), "CMS calculation letter"));
            pay(services, caseId, LocalDate.of(2026, 6, 1), 212_40);
            pay(services, caseId, LocalDate.of(2026, 7, 1), 100_00);
            pay(services, caseId, LocalDate.of(2026, 7, 4), 50_00);
            pay(services, caseId, LocalDate.of(2026, 9, 1), 424_80);
            pay(services, caseId, LocalDate.of(2026, 10, 1), 100_00);
            pay(services, caseId, LocalDate.of(2026, 10, 5), 112_40);
            pay(services, caseId, LocalDate.of(2026, 11, 2), 212_40);
            pay(services, caseId, LocalDate.of(2026, 12, 1), 212_40);
            assertEquals("£62.40", services.payments.schedule(caseId, LocalDate.of(2026, 12, 5)).owedNow().format());

            LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
            LetterFacts addressed = facts.toBuilder().recipient(new LetterRecipients(services)
                    .recipientFor(LetterTemplates.MISSED_DIRECT_PAY, facts)).build();
            letter = text(new LetterPdfRenderer(services.clock).render(LetterTemplates.MISSED_DIRECT_PAY
                    .document(addressed)).pdf());
        }
        assertTrue(letter.contains("£62.40 is owed"), letter);
        assertTrue(letter.contains("Paid in full: £100.00 arrived on time; £112.40 arrived 4 days late"), letter);
        assertTrue(letter.contains("Paid in full: £100.00 arrived on time; £50.00 arrived 3 days late; £62.40 of the "
                + "£424.80 that arrived on 1 Sep 2026 counts towards it (62 days late)"), letter);
        assertTrue(letter.contains("Part paid: £150.00 of the £424.80 that arrived on 1 Sep 2026 counts towards it "
                + "(29 days late, after Mon 3 Aug 2026); £62.40 still owed"), letter);
        assertFalse(letter.contains("Arrived late (4 days)"), letter);

        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path pack = folder.resolve("pack.pdf");
        assertEquals(0, Main.run(CommandLine.parse(List.of("export-pack", "--to", pack.toString(), "--data-dir",
                data.toString())), CLOCK, quiet, quiet));
        String packText = text(java.nio.file.Files.readAllBytes(pack));
        assertTrue(packText.contains("Paid in full: £100.00 arrived on time; £112.40 arrived 4 days late"), packText);
        assertTrue(packText.contains("Paid in full: £100.00 arrived on time; £50.00 arrived 3 days late; £62.40 of "
                + "the £424.80 that arrived on 1 Sep 2026 counts towards it (62 days late)"), packText);
        assertTrue(packText.contains("£424.80, of which £212.40 arrived late for the payments due on 1 Jul 2026 (62 "
                + "days) and 1 Aug 2026 (29 days, counted from Mon 3 Aug 2026); £212.40 counts towards the payment due "
                + "on 1 Sep 2026"), packText);
        assertTrue(packText.contains("£112.40, arrived 4 days late for the payment due on 1 Oct 2026"), packText);
        assertFalse(packText.contains("£424.80, arrived"), packText);
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
