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
import java.util.List;
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
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.timeline.TimelineEntry;
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
 * A weekly Direct Pay case whose amount the CMS recalculated: £42.50 each Friday from 5 Jun 2026, £38.20 from 4 Sep
 * 2026 (CMS letter dated 28 Aug 2026). Nothing came on 26 Jun and 10 Jul, £30.00 on 17 Jul and £25.00 on 25 Sep; every
 * other Friday was paid in full. Owed on Thursday 3 Dec 2026: 42.50 + 42.50 + 12.50 + 13.20 = £110.70, without a
 * break since 26 Jun. The pack and the letter say when the amount changed and why, and the pack's summary does not
 * call arrears owed since June "could be from the last month". Read back from the printed PDFs.
 */
@DisplayName("A change of amount is said, and old arrears are not called recent")
class AmountChangeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final LocalDate CHANGE = LocalDate.of(2026, 9, 4);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void setUp() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(4250), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 6, 5), "CMS calculation letter dated 20 May 2026"));
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(3820), PaymentFrequency.WEEKLY,
                CHANGE, "CMS letter dated 28 Aug 2026"));
        for (LocalDate friday = LocalDate.of(2026, 6, 5); friday.isBefore(TODAY); friday = friday.plusWeeks(1)) {
            long due = friday.isBefore(CHANGE) ? 4250 : 3820;
            long paid = friday.equals(LocalDate.of(2026, 6, 26)) || friday.equals(LocalDate.of(2026, 7, 10)) ? 0
                    : friday.equals(LocalDate.of(2026, 7, 17)) ? 3000
                    : friday.equals(LocalDate.of(2026, 9, 25)) ? 2500 : due;
            if (paid > 0) {
                pay(friday, paid);
            }
        }
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    @DisplayName("the summary gives the unbroken run since 26 June and what the schedule shows owed on older dues, "
            + "never 'all of it could be from the last month'")
    void summaryDoesNotCallOldArrearsRecent() throws Exception {
        assertEquals(Money.ofPence(11070), services.payments.schedule(caseId, TODAY).owedOnPassedDues());
        String pack = pack(new PackPeriod(LocalDate.of(2026, 6, 5), TODAY));
        assertTrue(pack.contains("Owed at the end of the period £110.70"), pack);
        assertTrue(pack.contains("Owed without a break since the payment due on 26 Jun 2026"), pack);
        assertFalse(pack.contains("could be from payments due in the last"), pack);
        assertFalse(pack.contains("cannot show any of it as owed"), pack);
        // What the schedule's Short column shows owed on the dues up to each date (26 Jun, 10 Jul, 17 Jul and 25 Sep
        // short), not a least figure from totals; nothing on dues up to 2 Jun, so no line for it. All that is owed is
        // on dues up to 2 Nov, and the line says so rather than £110.70 again (said once, just above it).
        assertTrue(pack.contains("Owed for payments due up to 2 Nov 2026 All of it Owed for payments due up to 2 Sep "
                + "2026 £97.50 Each \"Owed for payments due up to\" figure adds up the Short column"), pack);
        assertFalse(pack.contains("up to 2 Jun 2026"), pack);

        // Arrears that did begin in the last month are still said to be all recent, with the caveat as it was.
        pay(LocalDate.of(2026, 10, 1), 11070);
        // All paid up on 1 Oct; then nothing on Friday 27 Nov: £38.20 owed since 27 Nov.
        services.payments.moveToBin(uk.cml.store.PaymentStore.Kind.PAYMENT, lastPaymentOn(LocalDate.of(2026, 11, 27)));
        String recent = pack(new PackPeriod(LocalDate.of(2026, 6, 5), TODAY));
        assertTrue(recent.contains("Owed at the end of the period £38.20"), recent);
        // Nothing is short on the dues up to 2 Nov 2026: no line by date, and the figures are said to be totals'.
        assertFalse(recent.contains("Owed for payments due up to"), recent);
        assertTrue(recent.contains("The CMS decides which missed payments each payment pays off. These figures do not "
                + "depend on that, because they come from totals."), recent);
    }

    @Test
    @DisplayName("the pack's schedule names each amount with its source, and its chronology has the day it changed")
    void packSaysTheAmountChanged() throws Exception {
        String pack = pack(new PackPeriod(LocalDate.of(2026, 6, 5), TODAY));
        assertTrue(pack.contains("The amount due was £42.50 a week from 5 Jun 2026 (CMS calculation letter dated 20 "
                + "May 2026), then £38.20 a week from 4 Sep 2026 (CMS letter dated 28 Aug 2026)."), pack);
        assertTrue(pack.contains("4 Sep 2026 From the plan Amount due Changed to £38.20 a week (was £42.50 "
                + "a week) Where the amount came from: CMS letter dated 28 Aug 2026"), pack);
        // A period wholly under one amount names no change.
        String autumn = pack(new PackPeriod(LocalDate.of(2026, 10, 1), TODAY));
        assertFalse(autumn.contains("The amount due was"), autumn);
        assertFalse(autumn.contains("Changed to £38.20"), autumn);
    }

    @Test
    @DisplayName("the Timeline has an entry on the day the new amount starts, and none for the first plan")
    void timelineHasTheChange() {
        List<TimelineEntry> changes = services.payments.timeline(caseId).stream()
                .filter(e -> e.label().equals("Amount due")).toList();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals(CHANGE.atStartOfDay(), changes.get(0).happenedAt());
        assertEquals("Changed to £38.20 a week (was £42.50 a week)", changes.get(0).title());
        assertEquals("Where the amount came from: CMS letter dated 28 Aug 2026", changes.get(0).detail());
    }

    @Test
    @DisplayName("the missed payments letter says after its table from when the amount changed and why")
    void letterSaysTheAmountChanged() throws Exception {
        LetterFacts facts = new SampleLetterFacts(services, services.cases.cases().get(0), TODAY)
                .forTemplate(LetterTemplates.MISSED_DIRECT_PAY);
        String letter = text(new LetterPdfRenderer(CLOCK).render(LetterFrame.compose(LetterTemplates.MISSED_DIRECT_PAY,
                facts, LetterTemplates.MISSED_DIRECT_PAY.draft(facts))).pdf());
        assertTrue(letter.contains("£110.70 is owed."), letter);
        assertTrue(letter.contains("From 4 Sep 2026 the amount due is £38.20 a week in place of £42.50 a week "
                + "(CMS letter dated 28 Aug 2026)."), letter);
        // Said once, after the table of dues and before the payments received.
        assertTrue(letter.indexOf("From 4 Sep 2026") > letter.indexOf("Payments due"), letter);
        assertTrue(letter.indexOf("From 4 Sep 2026") < letter.indexOf("Payments I received since"), letter);
    }

    private long lastPaymentOn(LocalDate date) {
        return services.payments.schedule(caseId, TODAY).payments().stream().filter(p -> p.date().equals(date))
                .reduce((a, b) -> b).orElseThrow().id();
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
