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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplates;

/**
 * The sample case, read back from the PDFs the app makes: the missed-payments letter and the evidence pack must tell
 * the story the parent's bank statement tells, and agree with the Overview.
 */
@DisplayName("The sample case's letter and pack tell the true arrears story")
class SampleArrearsStoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** A row of the dues table: date due, due, what was paid towards it, then the status and the balance at the end of its period. */
    private static final Pattern ROW = Pattern.compile(
            "^(\\d{1,2} [A-Z][a-z]{2} \\d{4}) £[\\d,]+\\.\\d\\d (£[\\d,]+\\.\\d\\d) (.*)$", Pattern.MULTILINE);
    /** A row of the payments received: date, amount, how it was paid. */
    private static final Pattern PAID_ROW = Pattern.compile(
            "^(\\d{1,2} [A-Z][a-z]{2} \\d{4}) (£[\\d,]+\\.\\d\\d) Bank transfer$", Pattern.MULTILINE);

    @TempDir
    Path folder;
    AppServices services;
    CaseFile caseFile;
    ArrearsSchedule schedule;
    List<Payment> payments;

    @BeforeEach
    void setUp() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        new SampleData(services, 3, 0).fill();
        caseFile = services.cases.cases().get(0);
        schedule = services.payments.schedule(caseFile.id(), TODAY);
        payments = services.payments.payments(caseFile.id());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    @DisplayName("the missed-payments letter lists no due as missed for which money arrived, its total is the Overview's, and each payment is listed once")
    void missedPaymentsLetter() throws IOException {
        LetterFacts facts = new SampleLetterFacts(services, caseFile, TODAY)
                .forTemplate(LetterTemplates.MISSED_DIRECT_PAY);
        byte[] pdf = new LetterPdfRenderer(CLOCK).render(LetterFrame.compose(LetterTemplates.MISSED_DIRECT_PAY, facts,
                LetterTemplates.MISSED_DIRECT_PAY.draft(facts))).pdf();
        String text = text(pdf);

        // The Overview's "Owed now" is the schedule's balance today; the letter says the same figure.
        assertTrue(text.replaceAll("\\s+", " ").contains(schedule.owedNow().format() + " is owed."),
                "the letter's total is the Overview's " + schedule.owedNow().format());

        // Every row of the table: a due the letter calls "Nothing received" had no payment at all in its period
        // (from 2 days before it to 2 days before the next weekly due), worked here from the raw payments.
        Matcher row = ROW.matcher(text);
        int rows = 0;
        int nothing = 0;
        while (row.find()) {
            rows++;
            LocalDate due = LocalDate.parse(row.group(1), SHORT);
            if (row.group(3).contains("Nothing received")) {
                nothing++;
                LocalDate from = due.minusDays(2);
                LocalDate to = due.plusDays(4);
                List<Payment> inPeriod = payments.stream()
                        .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to)).toList();
                assertEquals(List.of(), inPeriod, "money arrived in the period of the due of " + row.group(1));
            }
            // A due shown as paid must really have money beside it.
            if (row.group(3).startsWith("Paid")) {
                assertFalse(row.group(2).equals("£0.00"), row.group());
            }
        }
        assertTrue(rows >= 12, "about 13 weekly dues in 3 months, found " + rows);
        assertTrue(nothing > 0, "the sample case has missed weeks to report");
        // The balance column ends on what is owed; the letter dates the arrears by the running balance, worked
        // here day by day from the raw dues and payments: the last day it was not above zero, plus one. Money that
        // came in a due's early days (after the period before it ended, before its date) counts on that due's day,
        // up to the due (the sample's payments are each one due's amount).
        String lastRow = ROW.matcher(text).results().map(m -> m.group(3)).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastRow.endsWith(schedule.owedNow().format()), "the last balance is owed now: " + lastRow);
        long balance = 0;
        LocalDate since = null;
        for (LocalDate day = schedule.lines().get(0).date().minusDays(7); !day.isAfter(TODAY); day = day.plusDays(1)) {
            for (var line : schedule.lines()) {
                balance += line.date().equals(day) ? line.due().pence() : 0;
            }
            for (Payment p : payments) {
                LocalDate counted = p.date();
                long early = 0;
                for (int i = 1; i < schedule.lines().size(); i++) {
                    var line = schedule.lines().get(i);
                    if (p.date().isAfter(schedule.lines().get(i - 1).periodEnd()) && p.date().isBefore(line.date())) {
                        counted = line.date();
                        early = Math.min(p.amount().pence(), line.due().pence());
                    }
                }
                balance -= counted.equals(day) ? early : 0;
                balance -= p.date().equals(day) ? p.amount().pence() - early : 0;
            }
            since = balance > 0 ? (since == null ? day : since) : null;
        }
        assertTrue(since != null && since.isBefore(facts.arrears().since()), "owed since before the months listed");
        assertTrue(text.replaceAll("\\s+", " ").contains("The arrears have been owed without a break since the "
                + "payment due on " + UkFormats.shortDate(since) + "."), "owed since " + since);

        // The payments received: each payment recorded since then, once, with the amount on the bank statement.
        List<String> recorded = payments.stream().filter(p -> !p.date().isBefore(facts.arrears().since())
                && !p.date().isAfter(TODAY)).map(p -> p.date().format(SHORT) + " " + p.amount().format()).toList();
        List<String> printed = PAID_ROW.matcher(text).results().map(m -> m.group(1) + " " + m.group(2)).toList();
        assertEquals(recorded, printed, "one row per payment, as recorded");
    }

    @Test
    @DisplayName("the evidence pack's schedule: each payment received printed once, summing to the payments recorded; no 'nothing arrived' beside money")
    void evidencePack() throws Exception {
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
        PackContents contents = assembler.assemble(caseFile.id(), assembler.wholeHistory(caseFile.id()),
                EnumSet.of(PackSection.SUMMARY, PackSection.SCHEDULE, PackSection.CHRONOLOGY), Optional.empty());
        Path target = folder.resolve("pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        String text;
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        long recorded = payments.stream().filter(p -> !p.date().isAfter(TODAY)).mapToLong(p -> p.amount().pence()).sum();
        Matcher total = Pattern.compile("Total (£[\\d,]+\\.\\d\\d) (£[\\d,]+\\.\\d\\d) (£[\\d,]+\\.\\d\\d)")
                .matcher(text);
        assertTrue(total.find(), "the dues have a total row");
        assertEquals(schedule.totalDue().format(), total.group(1));
        assertEquals(schedule.owedNow().format(), total.group(3), "still short on every due listed, today's too");
        // The summary's figure owed is the letter's and the Overview's; a due of today still to arrive is named
        // apart (PackOnADueDayTest), so the short total is what is owed plus that.
        assertTrue(text.contains("Owed at the end of the period " + schedule.owedOnPassedDues().format()), text);
        assertEquals(schedule.owedNow(), schedule.owedOnPassedDues().plus(schedule.stillDueNow()));
        Matcher receivedTotal = Pattern.compile("Payments received in the period .*? Total (£[\\d,]+\\.\\d\\d)")
                .matcher(text);
        assertTrue(receivedTotal.find(), "the payments received have a total row");
        assertEquals(Money.ofPence(recorded).format(), receivedTotal.group(1), "payments received = payments recorded");

        // The chronology: no day has both "nothing arrived" for a due and money received.
        Set<String> received = new HashSet<>();
        Set<String> nothing = new HashSet<>();
        Matcher line = Pattern.compile("(\\d{1,2} [A-Z][a-z]{2} \\d{4}) [^£]{0,40}?"
                + "(Payment received £|Payment due £[\\d.,]+, "
                + "nothing arrived)").matcher(text);
        while (line.find()) {
            (line.group(2).startsWith("Payment received") ? received : nothing).add(line.group(1));
        }
        assertFalse(received.isEmpty());
        assertFalse(nothing.isEmpty());
        List<String> both = new ArrayList<>(nothing);
        both.retainAll(received);
        assertEquals(List.of(), both, "days with money received and a due said to have nothing");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
