package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsSchedule;
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
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * On a due day with that due unpaid, the evidence pack says what the letter of the same day says: owed counts only
 * dues whose day is over, and today's due is named apart. £200 a month on the 1st from 1 Sep 2026: September paid,
 * £150 of October, nothing for Sunday 1 November (missed: on time by Monday 2 November) and nothing yet for today,
 * Tuesday 1 December. Owed £250.00; also due today £200.00. Read back from the printed PDFs.
 */
@DisplayName("On a due day the pack and the letter give the same figure owed")
class PackOnADueDayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void setUp() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(200), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS calculation"));
        pay(LocalDate.of(2026, 9, 1), 20000);
        pay(LocalDate.of(2026, 10, 1), 15000);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    @DisplayName("the summary's 'Owed at the end of the period' is the passed dues' figure, today's due is named apart, "
            + "and the schedule's total row says which part of its short total is today's")
    void summaryLeavesTodaysDueOut() throws Exception {
        ArrearsSchedule schedule = services.payments.schedule(caseId, TODAY);
        assertEquals(Money.ofPence(45000), schedule.owedNow(), "the running balance counts today's due");
        String pack = pack(new PackPeriod(LocalDate.of(2026, 9, 1), TODAY));
        assertTrue(pack.contains("Owed at the start of the period £0.00"), pack);
        assertTrue(pack.contains("Total due in the period £800.00"), pack);
        assertTrue(pack.contains("Total received in the period £350.00"), pack);
        assertTrue(pack.contains("Owed at the end of the period £250.00"), pack);
        assertTrue(pack.contains("Also due today (not missed yet) £200.00"), pack);
        assertTrue(pack.contains("Owed counts only payments whose day is over. The £200.00 due today can still arrive "
                + "today, so it is not missed yet and is not counted in what is owed."), pack);
        assertFalse(pack.contains("Owed at the end of the period £450.00"), pack);
        // The dues table lists today's due as a row; its short total is every listed due's, and says so.
        assertTrue(pack.contains("Total £800.00 £350.00 £450.00"), pack);
        assertTrue(pack.contains("£200.00 of the short total is due today and can still arrive today, so it is not "
                + "yet missed and is not counted as owed: \"Owed before next due\" on its line leaves it out."), pack);
        // Its row's balance is what is owed, as the summary says (it read £450.00).
        assertTrue(pack.contains("1 Dec 2026 £200.00 £0.00 Due today £200.00 £250.00"), pack);

        // The letter written the same day gives the same figure.
        LetterFacts facts = new SampleLetterFacts(services, services.cases.cases().get(0), TODAY)
                .forTemplate(LetterTemplates.MISSED_DIRECT_PAY);
        String letter = text(new LetterPdfRenderer(CLOCK).render(LetterFrame.compose(LetterTemplates.MISSED_DIRECT_PAY,
                facts, LetterTemplates.MISSED_DIRECT_PAY.draft(facts))).pdf());
        assertTrue(letter.contains("£250.00 is owed."), letter);
    }

    @Test
    @DisplayName("a period that ended before today counts its last day's due as owed and names no due of today")
    void anEarlierPeriod() throws Exception {
        String pack = pack(new PackPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 2)));
        assertTrue(pack.contains("Owed at the end of the period £250.00"), pack);
        assertFalse(pack.contains("Also due"), pack);
    }

    @Test
    @DisplayName("a period from Mon 2 Nov lists Sunday 1 Nov's due, on time until then, in the period, not in what was "
            + "owed at the start")
    void aWeekendDueJustBeforeThePeriod() throws Exception {
        // By hand: at the end of Sun 1 Nov only October's £50 short was owed (1 Nov's £200 could arrive by Mon 2 Nov).
        // The period 2-30 Nov: due £200 (1 Nov's), received nothing, owed at the end £250: 50 + 200 - 0 = 250.
        String pack = pack(new PackPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)));
        assertTrue(pack.contains("Owed at the start of the period £50.00"), pack);
        assertTrue(pack.contains("Total due in the period £200.00"), pack);
        assertTrue(pack.contains("Total received in the period £0.00"), pack);
        assertTrue(pack.contains("Owed at the end of the period £250.00"), pack);
        assertTrue(pack.contains("1 Nov 2026 £200.00 £0.00 Nothing received £200.00 £250.00"), pack);
        assertTrue(pack.contains("The £200.00 due on Sunday 1 Nov 2026 was on time until the end of Monday "
                + "2 Nov 2026, within this period, so it is counted here and not in what was owed at the start."),
                pack);
    }

    @Test
    @DisplayName("money that came on the Sunday for it is left out of the period's total due, and said so")
    void partOfItArrivedBeforeThePeriod() throws Exception {
        // By hand: £80 on Sun 1 Nov. At the end of that day: October's £50 owed, £120 of 1 Nov's still to come (not
        // missed): owed £50 at the start. The period counts the £120 still to come: 50 + 120 - 0 = 170 at the end.
        pay(LocalDate.of(2026, 11, 1), 8000);
        String pack = pack(new PackPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)));
        assertTrue(pack.contains("Owed at the start of the period £50.00"), pack);
        assertTrue(pack.contains("Total due in the period £120.00"), pack);
        assertTrue(pack.contains("Owed at the end of the period £170.00"), pack);
        assertTrue(pack.contains("; £80.00 of it arrived before the period, so the summary's total due counts the "
                + "£120.00 still to come then."), pack);
    }

    @Test
    @DisplayName("with only today's due unpaid nothing is owed, and no run of arrears starts today")
    void onlyTodaysDueUnpaid() throws Exception {
        pay(LocalDate.of(2026, 11, 2), 25000);
        String pack = pack(new PackPeriod(LocalDate.of(2026, 9, 1), TODAY));
        assertTrue(pack.contains("Owed at the end of the period £0.00"), pack);
        assertTrue(pack.contains("Also due today (not missed yet) £200.00"), pack);
        assertTrue(pack.contains("Owed without a break since Nothing owed"), pack);
    }

    @Test
    @DisplayName("the chronology's 'Balance after' for an adjustment made today leaves today's due out")
    void chronologyBalanceAfter() throws Exception {
        services.payments.saveAdjustment(caseId, new Adjustment(0, TODAY, AdjustmentKind.WRITE_OFF,
                Money.ofPence(1000), "CMS wrote off £10"));
        Money owed = services.payments.schedule(caseId, TODAY).owedOnPassedDues();
        String pack = pack(new PackPeriod(LocalDate.of(2026, 9, 1), TODAY));
        assertTrue(pack.contains("Balance after: " + owed.format()), owed + "\n" + pack);
        assertTrue(pack.contains("Owed at the end of the period " + owed.format()), pack);
    }

    private void pay(LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER,
                "", ""));
    }

    private String pack(PackPeriod period) throws IOException {
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
        PackContents contents = assembler.assemble(caseId, period,
                EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE, PackSection.CHRONOLOGY), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        try {
            new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        } catch (Exception e) {
            throw new IOException(e);
        }
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
