package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.cml.domain.caseinfo.Child;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A Collect and Pay case's letters, made from a real records file and read back from the PDF. Weekly £43.21 from Fri
 * 2 Oct 2026 at the CMS's 4% fee (£1.73), so £41.48 should reach the bank for each due; today is Sun 22 Nov 2026.
 * <pre>
 *   Fri  2 Oct  £41.48 passed on  2 Oct                     -> Arrived in full
 *   Fri  9 Oct  £41.48 passed on Mon 12 Oct                 -> Arrived late (3 days)
 *   Fri 16 Oct  £41.48 passed on 16 Oct                     -> Arrived in full
 *   Fri 23 Oct  £20.00 passed on 23 Oct (£20.83 collected)  -> Part arrived: £20.83 arrived on time; £22.38
 *                                                              still owed (amounts before the CMS fee)
 *   Fri 30 Oct  nothing                                     -> Nothing received
 *   Fri 6, 13, 20 Nov  £41.48 each on its day               -> Arrived in full
 * </pre>
 * The parent's bank statement shows the CMS passing money on: the letters must not say the other parent paid late.
 */
class CollectAndPayLettersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        services = AppServices.open(folder.resolve("data"),
                Clock.fixed(TODAY.atTime(10, 15).atZone(LONDON).toInstant(), LONDON));
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane", "Bradford")
                .arrangement(Arrangement.COLLECT_AND_PAY).cmsReference("1212 3456 7890").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(43_21), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 10, 2), "CMS calculation letter"));
        // Worked from the dates money reached the parent, days late from each due: no days allowed for the CMS to
        // pass money on (by default 5 working days, which would make 12 Oct on time for 9 Oct).
        services.standing.correctFact("collect_and_pay.pass_on.working_days", "0",
                "The dates entered are when the money reaches me", java.util.Optional.empty());
        for (String[] p : new String[][] {{"2026-10-02", "4148"}, {"2026-10-12", "4148"}, {"2026-10-16", "4148"},
                {"2026-10-23", "2000"}, {"2026-11-06", "4148"}, {"2026-11-13", "4148"}, {"2026-11-20", "4148"}}) {
            services.payments.savePayment(caseId, new Payment(0, LocalDate.parse(p[0]),
                    Money.ofPence(Long.parseLong(p[1])), PaymentMethod.THROUGH_CMS, "", ""));
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theLetterToTheOtherParentShowsWhatArrivedLateAndSaysOnlyWhatReachedMe() throws Exception {
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertTrue(letter.contains("9 Oct 2026 £43.21 £43.21 Arrived 12 Oct 2026, 3 days late £0.00"), letter);
        assertTrue(letter.contains("23 Oct 2026 £43.21 £20.83 Part arrived: £20.83 arrived on time; £22.38 still owed"
                + " (amounts before the CMS fee) £22.38"), letter);
        assertTrue(letter.contains("2 Oct 2026 £43.21 £43.21 Arrived in full £0.00"), letter);
        assertTrue(letter.contains("30 Oct 2026 £43.21 £0.00 Nothing received £65.59"), letter);
        // I know what the CMS passed on, not what Jordan paid it: never that Jordan paid late or did not pay.
        assertFalse(letter.contains("Paid late") || letter.contains("Part paid"), letter);
        assertFalse(letter.contains("has not been paid"), letter);
        assertTrue(letter.contains("because some of it has not reached me."), letter);
        // Dated Sun 22 Nov 2026, posted Mon 23rd, deemed delivered Wed 25th: 10 working days end Wed 9 Dec.
        assertTrue(letter.contains("1. By my records, £65.59 of the maintenance due has not reached me through the "
                + "Child Maintenance Service; after the Collect and Pay fee, about £62.96 of it should have reached me "
                + "and has not. If you have paid it to the Child Maintenance Service, or it was taken from your pay, "
                + "you need not pay it again. If not, please pay it to the Child Maintenance Service by 9 Dec 2026."),
                letter);
        // After the fee by hand, each due's After fee figure less what arrived for it: 23 Oct's £41.48 less the
        // £20.00 that arrived is £21.48, 30 Oct's £43.21 less £1.73 is £41.48: £62.96.
    }

    @Test
    void theTimelineSaysThePartThatArrived() {
        List<String> titles = services.payments.timeline(caseId).stream().map(e -> e.title()).toList();
        assertTrue(titles.contains("£43.21, only part arrived: £22.38 short"),
                titles.toString());
        assertTrue(titles.contains("£43.21, nothing arrived for it"),
                titles.toString());
    }

    @Test
    void theDirectPayReportAndTheRequestToMoveDoNotFitACollectAndPayCase() {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        assertEquals(Optional.of("Your case has been on Collect and Pay from the start. The CMS collects the "
                + "maintenance, so it knows what it has not collected. To ask it to collect the arrears, choose \"Ask "
                + "the CMS to enforce the arrears\"."), LetterTemplates.MISSED_DIRECT_PAY.doesNotFit(facts));
        assertTrue(LetterTemplates.COLLECT_AND_PAY.doesNotFit(facts).orElseThrow()
                .startsWith("Your case has been on Collect and Pay from the start"));
    }

    /** The letter as the Letters page builds it from these records, read back from its PDF, spaces flattened. */
    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertFalse(text.contains("null"), text);
            return text;
        }
    }
}
