package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ArrearsScheduleCsv;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.todo.TodoItem;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * The reviewer's case, on a real records file: £100.00 a month from Wed 3 Jun 2026; £100.00 arrived on 3 Jun and
 * £150.00 on Fri 3 Jul; nothing at all from 27 Jul (where Mon 3 Aug's days begin) to today, Mon 10 Aug 2026.
 * The £50.00 paid over in July counts towards 3 Aug's due, so £50.00 is owed (due £300.00, arrived £250.00); but
 * nothing arrived for it, so no place the app shows or prints it may call it "part paid": the Payments page (the
 * schedule's words), the Timeline, What needs doing, the spreadsheet, the arrears letter and the evidence pack.
 */
@DisplayName("Money paid over July, nothing in August: August never reads as part paid, anywhere")
class PaidOverEverywhereTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 10);
    private static final String AUGUST = "Nothing received; £50.00 paid over on 3 Jul 2026 counts towards it; "
            + "£50.00 still owed";

    @TempDir
    Path folder;

    private AppServices services;
    private long caseId;

    @BeforeEach
    void records() {
        ZoneId london = ZoneId.of("Europe/London");
        services = AppServices.open(folder.resolve("data"),
                Clock.fixed(TODAY.atTime(10, 15).atZone(london).toInstant(), london));
        caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().feePercent("0").build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(100), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 6, 3), "CMS calculation letter"));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 6, 3), Money.ofPounds(100),
                PaymentMethod.BANK_TRANSFER, "", ""));
        services.payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 7, 3), Money.ofPounds(150),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        services.close();
    }

    @Test
    void thePaymentsPageAndTheSpreadsheetSayNothingArrived() throws Exception {
        ArrearsSchedule schedule = services.payments.schedule(caseId, TODAY);
        ScheduleLine august = schedule.lines().get(2);
        assertEquals(LineStatus.NOTHING_RECEIVED, august.status());
        assertEquals(AUGUST, august.statusText());
        assertEquals("Nothing received (£50.00 still owed)", august.statusChipText());
        assertEquals("£50.00", schedule.owedNow().format(), "the total owed is as before");
        StringWriter csv = new StringWriter();
        ArrearsScheduleCsv.write(schedule, csv);
        assertTrue(csv.toString().contains(AUGUST), csv.toString());
        assertFalse(csv.toString().contains("Part paid"), csv.toString());
    }

    @Test
    void theTimelineAndTheToDoSayNothingArrived() {
        List<String> titles = services.payments.timeline(caseId).stream().map(TimelineEntry::title).toList();
        assertTrue(titles.contains("£100.00, nothing arrived for it; £50.00 paid over earlier counts towards it, "
                + "£50.00 short"), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("part paid")), titles.toString());
        List<String> details = services.payments.timeline(caseId).stream().map(TimelineEntry::detail).toList();
        assertTrue(details.stream().anyMatch(d -> d.startsWith("Maintenance due (monthly). Counted towards it, paid over "
                + "an earlier due: £50.00 of £150.00 paid ahead on 3 Jul 2026.")), details.toString());
        List<String> todos = services.payments.todos(caseId, TODAY).stream().map(TodoItem::what).toList();
        // Under Direct Pay the one to-do for the due is telling the CMS (reviewer, 5 Dec: one to-do per fact).
        assertTrue(todos.stream().noneMatch(t -> t.contains("part paid")), todos.toString());
        assertEquals(1, todos.stream().filter(t -> t.contains("3 Aug 2026")).count(), todos.toString());
    }

    @Test
    void theArrearsLetterSaysNothingArrivedAndWhy() throws Exception {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        LetterFacts addressed = facts.toBuilder().recipient(new LetterRecipients(services)
                .recipientFor(LetterTemplates.MISSED_DIRECT_PAY, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(LetterTemplates.MISSED_DIRECT_PAY.document(addressed))
                .pdf();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertFalse(text.contains("Part paid"), text);
        assertTrue(text.contains("Nothing received;"), text);
        assertTrue(text.contains("paid over on 3 Jul"), text);
        assertTrue(text.contains("Where nothing arrived for a payment due but money kept from an earlier payment "
                + "counts towards it, the table says \"Nothing received\" and names that money."), text);
    }

    @Test
    void theEvidencePackSaysNothingArrivedAndWhy() throws Exception {
        Path pdf = folder.resolve("pack.pdf");
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), services.clock);
        PackContents contents = assembler.assemble(caseId, new PackPeriod(LocalDate.of(2026, 6, 1), TODAY),
                EnumSet.of(PackSection.SCHEDULE, PackSection.CHRONOLOGY), Optional.empty());
        new EvidencePackBuilder().build(contents, pdf, PackProgress.NONE, () -> false);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("part paid"), text);
        assertTrue(text.contains("Nothing received;"), text);
        assertTrue(text.contains("paid over on 3 Jul"), text);
        assertTrue(text.contains("nothing arrived for it; £50.00 paid over earlier counts towards it, £50.00 short"),
                text);
        assertTrue(text.contains("Where nothing arrived for a payment due but money kept from an earlier payment counts "
                + "towards it, its status says \"Nothing received\" and names that money."), text);
    }
}
