package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
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
import uk.cml.domain.CmsReference;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ArrearsScheduleCsv;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;

/**
 * A Collect and Pay case a reviewer entered through the screens (5 Dec 2026): £310.00 a month from 31 Jan 2026, then
 * £285.50 from 30 Jun 2026, a 4% fee, each payment through the CMS as it reached the parent. Nothing came for 31 Mar;
 * £150.00 came for 30 Apr; an overpayment in July (not linked to a due) pays the oldest due still owed, 31 Mar,
 * leaving £178.83 short there and £153.75 on 30 Apr (it was credited to 30 Apr, the most recent, until extra money
 * paid the oldest first, 6 Dec 2026); 30 Nov was paid in full. £332.58 is owed, all of it on the dues of 31 Mar and
 * 30 Apr. The CMS said £350.00 as at 20 Nov 2026.
 * Real records file; the pack is read back from its PDF and the spreadsheet from its text.
 */
@DisplayName("A Collect and Pay case as a reviewer entered it: the pack and the spreadsheet say what the schedule shows")
class CollectAndPayReviewPackTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T13:40:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    @BeforeEach
    void records() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        caseId = services.cases.completeSetup(new MyDetails("Jane Auditor",
                        new PostalAddress(List.of("14 Elm Road", "Leeds"), "LS1 4AB"), "", "", Optional.empty()),
                new CaseFile(0, "Paul Payer", Optional.empty(), WorkSituation.EMPLOYED, Arrangement.COLLECT_AND_PAY,
                        Optional.of(new CmsReference("121987654321")),
                        List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(31000), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 1, 31), "CMS calculation letter dated 10 Jan 2026"));
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(28550), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 6, 30), "CMS decision letter dated 16 Jun 2026"));
        pay("2026-01-30", 29760, "2026-01-31");
        pay("2026-03-03", 29760, "2026-02-28");
        pay("2026-04-30", 15000, "2026-04-30");
        pay("2026-05-29", 29760, "2026-05-31");
        pay("2026-06-30", 27408, "2026-06-30");
        pay("2026-09-01", 27408, "2026-08-31");
        pay("2026-11-02", 27408, "2026-10-31");
        pay("2026-11-30", 27408, "2026-11-30");
        pay("2026-09-30", 27408, "2026-09-30");
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 7, 31), Money.ofPence(40000),
                PaymentMethod.THROUGH_CMS, "CMS JUL", ""));
        services.payments.saveAdjustment(caseId, new Adjustment(0, LocalDate.of(2026, 11, 20),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(35000), "From the CMS letter dated 20 Nov 2026"));
        ArrearsSchedule schedule = services.payments.schedule(caseId, TODAY);
        assertEquals(Money.ofPence(33258), schedule.owedOnPassedDues());
        assertEquals(Money.ofPence(17883), line(schedule, "2026-03-31").shortBy());
        assertEquals(Money.ofPence(15375), line(schedule, "2026-04-30").shortBy());
        assertEquals(Money.ZERO, line(schedule, "2026-11-30").shortBy());
    }

    @AfterEach
    void tearDown() {
        if (services != null) {
            services.close();
        }
    }

    private void pay(String date, long pence, String forDue) {
        services.payments.savePayment(caseId, new Payment(0, LocalDate.parse(date), Money.ofPence(pence),
                PaymentMethod.THROUGH_CMS, "", "", Optional.of(LocalDate.parse(forDue))));
    }

    private static ScheduleLine line(ArrearsSchedule schedule, String date) {
        return schedule.lines().stream().filter(l -> l.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    /**
     * The summary said "Owed for payments due up to 4 Nov 2026: at least £47.08" (what is owed less everything due
     * after that day), beside a schedule whose Short column puts all £332.58 on 31 Mar and 30 Apr and shows 30 Nov paid
     * in full: read as "only £47.08 is older than a month". It now adds up the Short column the schedule prints.
     */
    @Test
    @DisplayName("the summary's figure for payments due up to a date is what the schedule's Short column shows")
    void theSummaryAddsUpTheScheduleShortColumn() throws Exception {
        String summary = pack(EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE));
        summary = summary.substring(summary.indexOf("Summary of arrears"), summary.indexOf("Arrears schedule The"));
        assertTrue(summary.contains("Owed at the end of the period £332.58"), summary);
        // All £332.58 is on dues up to 4 Jun 2026 (31 Mar and 30 Apr): said once, by the oldest date it is all for,
        // not again for 4 Nov, 4 Sep and 4 Jun.
        assertTrue(summary.contains("Owed for payments due up to 4 Jun 2026 All of it"), summary);
        assertFalse(summary.contains("Owed for payments due up to 4 Nov 2026"), summary);
        String figures = summary.substring(0, summary.indexOf("Each \"Owed"));
        assertEquals(1, figures.split("£332\\.58", -1).length - 1, figures);
        assertFalse(summary.contains("£47.08"), summary);
        assertFalse(summary.contains("at least"), summary);
    }

    /** A pack without the schedule gives no figure that adds up its Short column: it could not be checked. */
    @Test
    @DisplayName("a pack without the schedule gives no figure by the dues' dates")
    void withoutTheScheduleNoFigureByDate() throws Exception {
        String summary = pack(EnumSet.of(PackSection.SUMMARY));
        assertTrue(summary.contains("Owed at the end of the period £332.58"), summary);
        assertFalse(summary.contains("Owed for payments due up to"), summary);
        assertFalse(summary.contains("Short column"), summary);
    }

    /**
     * The CMS's figure as at 20 Nov 2026 was printed inside the 31 Oct due's Status cell, as if it were about that
     * due. It is a dated line of its own, placed by its date, that says it is not a payment due.
     */
    @Test
    @DisplayName("the pack's schedule gives the CMS figure a dated line of its own, not the 31 Oct due's status")
    void thePackScheduleGivesTheCmsFigureItsOwnLine() throws Exception {
        String text = pack(EnumSet.of(PackSection.SCHEDULE));
        String dues = text.substring(text.indexOf("Payments due"), text.indexOf("Payments received in the period"));
        String october = dues.substring(dues.indexOf("31 Oct 2026"), dues.indexOf("30 Nov 2026"));
        assertFalse(october.contains("Arrears figure given by the CMS"), october);
        String figure = "20 Nov 2026 Not a payment due: arrears figure given by the CMS, as at 20 Nov 2026: £350.00 "
                + "(this record: £332.58)";
        assertTrue(dues.contains(figure), dues);
        assertTrue(dues.indexOf(figure) < dues.indexOf("30 Nov 2026 £285.50"), dues);
    }

    /** The spreadsheet gave the figure as the 31 Oct due's Notes; it is a row of its own, by its date. */
    @Test
    @DisplayName("the spreadsheet gives the CMS figure a row of its own, not the 31 Oct due's notes")
    void theSpreadsheetGivesTheCmsFigureItsOwnRow() throws Exception {
        StringWriter out = new StringWriter();
        ArrearsScheduleCsv.write(services.payments.schedule(caseId, TODAY), out);
        List<String> rows = List.of(out.toString().split("\r\n"));
        String october = rows.stream().filter(r -> r.startsWith("31/10/2026,")).findFirst().orElseThrow();
        assertFalse(october.contains("Arrears figure"), october);
        int figure = -1;
        int november = -1;
        for (int i = 0; i < rows.size(); i++) {
            figure = rows.get(i).startsWith("20/11/2026,") ? i : figure;
            november = rows.get(i).startsWith("30/11/2026,") ? i : november;
        }
        assertTrue(figure > 0 && figure < november, out.toString());
        String row = rows.get(figure);
        assertTrue(row.startsWith("20/11/2026,Not a payment due: arrears figure given by the CMS,,,,,,,,,"), row);
        assertTrue(row.contains("as at 20 Nov 2026: £350.00 (this record: £332.58)"), row);
    }

    private String pack(EnumSet<PackSection> sections) throws IOException {
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
        PackContents contents = assembler.assemble(caseId, new PackPeriod(LocalDate.of(2026, 1, 30), TODAY),
                sections, Optional.empty());
        Path target = folder.resolve("pack.pdf");
        try {
            new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        } catch (Exception e) {
            throw new IOException(e);
        }
        String out = System.getProperty("coverage.pdfs");
        if (out != null) {
            Files.copy(target, Path.of(out, "collect-and-pay-review-pack-" + System.nanoTime() + ".pdf"));
        }
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
