package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * Under Direct Pay the CMS knows of a missed payment only when the parent reports it (seed 000), so a letter listing
 * the missed payments names every due not yet reported, however old: back to the last report of missed payments the
 * records hold, or to where the arrears owed now began. A hand-worked check found the dues between the last report
 * and the letter's six months given only inside the balance brought forward, so the CMS was never told which they
 * were. Real records file, read back from the PDF.
 *
 * <p>£150.00 due on the 10th of each month from 10 Nov 2025; 10 Nov and 10 Dec 2025 paid, nothing since: the
 * arrears have been owed since 10 Jan 2026 without a break, £1,650.00 by Thu 3 Dec 2026 (eleven dues).
 */
class LettersListEveryUnreportedDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate REPORTED = LocalDate.of(2026, 2, 3);

    @TempDir
    Path folder;
    AppServices services;
    long caseId;

    private void records(Arrangement arrangement) {
        MovedCase c = MovedCase.arranged(folder, TODAY, arrangement);
        services = c.services();
        caseId = c.caseId();
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(150_00), PaymentFrequency.MONTHLY,
                LocalDate.of(2025, 11, 10), "CMS calculation letter"));
        for (LocalDate day : List.of(LocalDate.of(2025, 11, 10), LocalDate.of(2025, 12, 10))) {
            services.payments.savePayment(caseId, new Payment(0, day, Money.ofPence(150_00),
                    PaymentMethod.BANK_TRANSFER, "", ""));
        }
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    /** A letter to the CMS logged as written on {@code written}, posted that day when {@code posted}. */
    private void logged(LocalDate written, LetterKind kind, boolean posted) {
        services.sentLetters.save(new SentLetter(0, caseId, written, posted ? Optional.of(written) : Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Missed Direct Pay payments", kind, Optional.empty(),
                posted ? Optional.of(PostingMethod.FIRST_CLASS) : Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty()));
    }

    /** The 10th of each month from {@code first} to 10 Nov 2026, as the table prints them ("10 Feb 2026"). */
    private static List<String> duesFrom(LocalDate first) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(LocalDate.of(2026, 11, 10)); day = day.plusMonths(1)) {
            days.add(UkFormats.shortDate(day));
        }
        return days;
    }

    /**
     * The rows of the "Payments due" table: each listed due's date, in order. Found by its first headings: to the other
     * parent on Collect and Pay the rest say "Reached me towards it, before the CMS fee" and "Not reached me before next due".
     */
    private static List<String> listedDues(String letter) {
        String table = letter.substring(letter.indexOf("Date due Due "),
                letter.indexOf("Total £"));
        List<String> days = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2} [A-Z][a-z]{2} 20\\d\\d) £150\\.00")
                .matcher(table);
        while (m.find()) {
            days.add(m.group(1));
        }
        return days;
    }

    @Test
    void aDirectPayReportTenMonthsAgoNamesEveryMonthMissedSince() throws Exception {
        records(Arrangement.DIRECT_PAY);
        logged(REPORTED, LetterKind.ARREARS_REPORT, true);
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        // 10 Jan was reported on 3 Feb (it is in the balance brought forward); 10 Feb to 10 Nov were not.
        assertEquals(duesFrom(LocalDate.of(2026, 2, 10)), listedDues(letter), letter);
        // Balance brought forward + dues listed - payments = what the letter says is owed = the Payments page.
        assertTrue(letter.contains("£1,650.00 is owed. Since 10 Feb 2026, £1,500.00 fell due and £0.00 was paid,"
                + " so the balance went from £150.00 to £1,650.00."), letter);
        assertEquals(Money.ofPence(1_650_00), services.payments.schedule(caseId, TODAY).owedOnPassedDues());
        assertTrue(letter.contains("I wrote to you about the missed payments in my letter posted on 3 Feb 2026"),
                letter);
    }

    @Test
    void withNoReportOnRecordEveryDueSinceTheArrearsBeganIsNamed() throws Exception {
        records(Arrangement.DIRECT_PAY);
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertEquals(duesFrom(LocalDate.of(2026, 1, 10)), listedDues(letter), letter);
        assertTrue(letter.contains("£1,650.00 is owed. Since 10 Jan 2026, £1,650.00 fell due and £0.00 was paid, "
                + "so the balance went from £0.00 to £1,650.00."), letter);
    }

    /**
     * Only a posted report of the missed payments counts: a letter written and never posted told the CMS nothing, and
     * an enforcement request gives the total only, not which payments were missed.
     */
    @Test
    void anUnpostedReportOrAnEnforcementRequestDoesNotCount() throws Exception {
        records(Arrangement.DIRECT_PAY);
        logged(REPORTED, LetterKind.ARREARS_REPORT, false);
        logged(LocalDate.of(2026, 4, 6), LetterKind.COLLECTION_REQUEST, true);
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertEquals(duesFrom(LocalDate.of(2026, 1, 10)), listedDues(letter), letter);
    }

    /** A report of a month ago leaves the list as it always was: the last three months and the arrears' start. */
    @Test
    void aRecentReportKeepsTheUsualList() throws Exception {
        records(Arrangement.DIRECT_PAY);
        logged(LocalDate.of(2026, 11, 2), LetterKind.ARREARS_REPORT, true);
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertEquals(duesFrom(LocalDate.of(2026, 6, 10)), listedDues(letter), letter);
        assertTrue(letter.contains("so the balance went from £750.00 to £1,650.00."), letter);
    }

    /**
     * Under Collect and Pay the CMS collects the money and holds the record of every due itself, so the letter's list
     * stays at six months; older arrears are one figure, and the totals still add up.
     */
    @Test
    void underCollectAndPayTheListStaysAtSixMonths() throws Exception {
        records(Arrangement.COLLECT_AND_PAY);
        String letter = letter(LetterTemplates.OTHER_PARENT);
        assertEquals(duesFrom(LocalDate.of(2026, 6, 10)), listedDues(letter), letter);
        // To the other parent on Collect and Pay: what reached me, not what was paid (they pay the CMS).
        assertTrue(letter.contains("Since 10 Jun 2026, £900.00 fell due and £0.00 reached me, so what had not reached "
                + "me went from £750.00 to £1,650.00."), letter);
        assertFalse(letter.contains("10 May 2026 £150.00"), letter);
    }

    /**
     * Moved to Collect and Pay on 1 Sep 2026 with nothing reported: the enforcement request (the letter the missed
     * payments button opens on Collect and Pay) tells the CMS of the Direct Pay arrears, "so I am telling you now",
     * and names each of those payments, not only their total; the Direct Pay report fits too, and names them.
     */
    @Test
    void afterAMoveToCollectAndPayTheEnforcementRequestNamesTheUnreportedDirectPayDues() throws Exception {
        records(Arrangement.DIRECT_PAY);
        uk.cml.domain.caseinfo.CaseFile saved = services.cases.find(caseId).orElseThrow();
        LocalDate moved = LocalDate.of(2026, 9, 1);
        services.cases.update(new uk.cml.domain.caseinfo.CaseFile(caseId, saved.otherParentName(),
                saved.otherParentAddress(), saved.otherParentWork(), Arrangement.COLLECT_AND_PAY, saved.cmsReference(),
                saved.children(), saved.collectionFeePercent()), moved, moved);
        assertEquals(LetterTemplates.ENFORCEMENT_REQUEST,
                LetterTemplates.forMissedPayments(services.cases.find(caseId).orElseThrow().arrangement()));
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(request.contains("Of this, £1,200.00 is from payments missed under Direct Pay, before our case moved"
                + " to Collect and Pay on 1 Sep 2026; the rest fell due since then. You only know about missed "
                + "Direct Pay payments if I tell you, and my records do not show that I have, so I am telling you "
                + "now."), request);
        assertEquals(duesFrom(LocalDate.of(2026, 1, 10)), listedDues(request), request);
        String report = letter(LetterTemplates.MISSED_DIRECT_PAY);
        assertEquals(duesFrom(LocalDate.of(2026, 1, 10)), listedDues(report), report);
        // The report lists the dues since the move too (one table), and says which part the CMS knows of already.
        assertTrue(report.contains("Of what is owed, £450.00 fell due under Collect and Pay, since our case moved to "
                + "Collect and Pay on 1 Sep 2026: you collect it, so you know of it already. What I am telling "
                + "you about is the rest, £1,200.00, which fell due under Direct Pay before then."), report);
    }

    /** With a report on record the enforcement request quotes it and the total, as before, with no tables. */
    @Test
    void aReportedDirectPayCaseEnforcementRequestQuotesTheReport() throws Exception {
        records(Arrangement.DIRECT_PAY);
        logged(REPORTED, LetterKind.ARREARS_REPORT, true);
        String request = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(request.contains("Date due Due Paid towards it"), request);
    }

    /**
     * A weekly case unpaid for nearly two years with no report lists every week: the table runs over several pages,
     * each of its pages with the header, every row read back, and the totals still add up to what is owed.
     */
    @Test
    void twoYearsOfUnreportedWeeksFlowOverThePages() throws Exception {
        MovedCase c = MovedCase.arranged(folder, TODAY, Arrangement.DIRECT_PAY);
        services = c.services();
        caseId = c.caseId();
        LocalDate first = LocalDate.of(2025, 1, 2);
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPence(65_00), PaymentFrequency.WEEKLY, first,
                "CMS calculation letter"));
        services.payments.savePayment(caseId, new Payment(0, first, Money.ofPence(65_00), PaymentMethod.BANK_TRANSFER,
                "", ""));
        String letter = letter(LetterTemplates.MISSED_DIRECT_PAY);
        List<String> weeks = new ArrayList<>();
        for (LocalDate day = first.plusWeeks(1); day.isBefore(TODAY); day = day.plusWeeks(1)) {
            weeks.add(UkFormats.shortDate(day));
        }
        assertEquals(99, weeks.size());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2} [A-Z][a-z]{2} 20\\d\\d) £65\\.00 £0\\.00")
                .matcher(letter);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(weeks, rows, letter);
        assertTrue(letter.contains("£6,435.00 is owed. Since 9 Jan 2025, £6,435.00 fell due and £0.00 was paid, "
                + "so the balance went from £0.00 to £6,435.00."), letter);
        assertTrue(letter.contains("Total £6,435.00 £0.00"), letter);
        java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Page (\\d+) of (\\d+)").matcher(letter);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertTrue(count >= 4, "99 rows need several pages: " + count);
        // Each page after the first that carries rows repeats the header.
        String[] byPage = letter.split("Page \\d+ of \\d+");
        for (int i = 1; i < byPage.length; i++) {
            if (byPage[i].matches(".*\\d{1,2} [A-Z][a-z]{2} 20\\d\\d £65\\.00 £0\\.00 Nothing received.*")) {
                assertTrue(byPage[i].contains("Date due Due Paid towards it Status Owed before next due"), "page " + (i + 1));
            }
        }
    }

    private String letter(LetterTemplate template) throws Exception {
        LetterFacts facts = LetterWiring.facts(services, services.cases.find(caseId).orElseThrow());
        assertEquals(Optional.empty(), template.doesNotFit(facts));
        LetterFacts addressed = facts.toBuilder()
                .recipient(new LetterRecipients(services).recipientFor(template, facts)).build();
        byte[] pdf = new LetterPdfRenderer(services.clock).render(template.document(addressed)).pdf();
        String out = System.getProperty("coverage.pdfs");
        if (out != null) {
            java.nio.file.Files.write(Path.of(out, "unreported-" + template.key() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
