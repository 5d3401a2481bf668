package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * A Direct Pay case a reviewer entered by hand: £187.40 due on the 25th of each month from 25 Jul 2026, read on Sat 5
 * Dec 2026. Nothing came for 25 Oct and 25 Nov, so £374.80 is owed, without a break since 25 Oct. It got there in one
 * of two ways: July, August and September each paid on time; or July and August missed and all three paid together
 * on 25 Sep. Real records file; the letters and the evidence pack are read back from their PDFs.
 */
@DisplayName("A Direct Pay monthly case as a reviewer entered it")
class DirectPayMonthlyReviewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final long DUE = 187_40;

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @AfterEach
    void tearDown() {
        if (services != null) {
            services.close();
        }
    }

    /** The case; {@code onTime}: July to September each paid on its day, else all three together on 25 Sep. */
    private void records(boolean onTime) {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York").cmsReference("121234567890")
                        .build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(DUE), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 7, 25), "CMS calculation letter"));
        if (onTime) {
            pay(LocalDate.of(2026, 7, 24), DUE);
            pay(LocalDate.of(2026, 8, 25), DUE);
            pay(LocalDate.of(2026, 9, 25), DUE);
        } else {
            pay(LocalDate.of(2026, 9, 25), 3 * DUE);
        }
        assertEquals(Money.ofPence(2 * DUE), services.payments.schedule(caseId, TODAY).owedOnPassedDues());
    }

    private void pay(LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "", ""));
    }

    /**
     * The letter named the column "Matched to it" and the pack "Paid towards it"; and for 25 Nov, with nothing paid,
     * the letter printed £0.00 where the pack left the cell blank. One name and one figure in both.
     */
    @Test
    @DisplayName("the letter's table and the pack's schedule name the paid column alike and print £0.00 alike")
    void bothTablesSayPaidTowardsItAndZeroAlike() throws Exception {
        records(true);
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertTrue(letter.contains("Date due Due Paid towards it Status Owed before next due"), letter);
        assertTrue(letter.contains("25 Nov 2026 £187.40 £0.00 Nothing received £374.80"), letter);
        assertFalse(letter.contains("Matched to it"), letter);
        String pack = pack();
        // The balance column too: one heading for the same figure in the letter and the pack.
        assertTrue(pack.contains("Date due Due Paid towards it Status Short Owed before next due"), pack);
        assertTrue(pack.contains("25 Nov 2026 £187.40 £0.00 Nothing received £187.40 £374.80"), pack);
    }

    /**
     * The summary said "The totals do not show any of the £374.80 as owed for payments due up to 4 Sep 2026", read as
     * "July and August were paid on time". It now says only what the schedule's Short column shows: £187.40 owed on the
     * dues up to 4 Nov 2026 (25 Oct), and nothing about the dues up to 4 Sep 2026, whether they were paid on time or
     * missed and paid late.
     */
    @Test
    @DisplayName("the summary's age lines say what the schedule shows, whether the early dues were paid on time or not")
    void theAgeSentenceDoesNotSayTheEarlyDuesWereOnTime() throws Exception {
        for (boolean onTime : new boolean[] {true, false}) {
            records(onTime);
            String summary = pack();
            summary = summary.substring(summary.indexOf("Owed at the start of the period"));
            String where = onTime ? "early dues paid on time" : "early dues missed, paid on 25 Sep";
            assertTrue(summary.contains("Owed for payments due up to 4 Nov 2026 £187.40"), where + summary);
            assertFalse(summary.contains("up to 4 Sep 2026"), where + summary);
            assertFalse(summary.contains("at least"), where + summary);
            assertFalse(summary.contains("do not show any of the"), where + summary);
            services.close();
            services = null;
            folder = Files.createTempDirectory(folder, "again");
        }
    }

    /**
     * The request to move to Collect and Pay left about a quarter of its first page empty and put both tables on
     * page 2: its table of three dues was kept whole. It now starts on page 1 and goes on under its header again.
     */
    @Test
    @DisplayName("the Collect and Pay request's table of three dues starts on page 1")
    void theTableStartsOnTheFirstPage() throws Exception {
        records(true);
        byte[] pdf = pdf(LetterTemplates.COLLECT_AND_PAY);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(doc).replaceAll("\\s+", " ");
            assertTrue(page1.contains("Payments due Date due Due Paid towards it Status Owed before next due 25 Sep 2026"), page1);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            String page2 = second.getText(doc).replaceAll("\\s+", " ");
            // With "How I matched the money" under the table, not above it, the whole table fits on page 1; the
            // note that explains its "Paid towards it" follows it, at the top of page 2.
            assertTrue(page1.contains("25 Nov 2026 £187.40 £0.00 Nothing received £374.80 Total £562.20 £187.40"),
                    page1);
            assertTrue(page2.startsWith("How I matched the money:"), page2);
        }
    }

    private byte[] pdf(LetterTemplate template) throws IOException {
        LetterFacts facts = new SampleLetterFacts(services, services.cases.cases().get(0), TODAY)
                .forTemplate(template);
        byte[] pdf = new LetterPdfRenderer(CLOCK).render(LetterFrame.compose(template, facts, template.draft(facts)))
                .pdf();
        String out = System.getProperty("coverage.pdfs");
        if (out != null) {
            Files.write(Path.of(out, "direct-pay-monthly-" + template.key() + ".pdf"), pdf);
        }
        return pdf;
    }

    private String letter(LetterTemplate template) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(template))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private String pack() throws IOException {
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
        PackContents contents = assembler.assemble(caseId, new PackPeriod(LocalDate.of(2026, 7, 1), TODAY),
                EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        try {
            new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        } catch (Exception e) {
            throw new IOException(e);
        }
        String out = System.getProperty("coverage.pdfs");
        if (out != null) {
            Files.copy(target, Path.of(out, "direct-pay-monthly-pack-" + System.nanoTime() + ".pdf"));
        }
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
