package uk.cml.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.cml.domain.Money;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackFor;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * The case a reviewer worked by hand: Collect and Pay, £45 a week from Monday 7 Sep 2026, a few payments (some late,
 * some short), a CMS calculation dated Fri 30 Oct 2026 received Mon 2 Nov 2026 (its month to ask for a mandatory
 * reconsideration ended Mon 30 Nov 2026, before the pack is made on Sat 5 Dec 2026), a letter about missed payments
 * and a complaint to the CMS whose 15-working-day reply target has passed unanswered.
 */
final class ReviewerPackCase {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneId.of("Europe/London"));

    private ReviewerPackCase() {
    }

    /** Fills a new data folder with the case; returns its id. */
    static long fill(AppServices services) {
        long caseId = services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("YO1 7AA", "3 Mill Lane", "York")
                        .arrangement(Arrangement.COLLECT_AND_PAY).build());
        services.payments.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(45), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 9, 7), "CMS calculation"));
        // The reviewer worked this case from the dates money reached the parent, days late counted from each due:
        // no working days allowed for the CMS to pass money on (by default 5, which would make 8 Sep on time).
        services.standing.correctFact("collect_and_pay.pass_on.working_days", "0",
                "The dates entered are when the money reaches me", java.util.Optional.empty());
        pay(services, caseId, LocalDate.of(2026, 9, 8), 4500);
        pay(services, caseId, LocalDate.of(2026, 9, 15), 4500);
        pay(services, caseId, LocalDate.of(2026, 9, 25), 4500);
        pay(services, caseId, LocalDate.of(2026, 10, 13), 3000);
        pay(services, caseId, LocalDate.of(2026, 11, 3), 4500);
        pay(services, caseId, LocalDate.of(2026, 11, 17), 2000);
        UkCalendar calendar = services.calendar;
        AddressBookEntry cms = services.addressBook.byRole(AddressBookEntry.Role.CMS_COLLECTION).orElseThrow();
        Recipient to = new Recipient(Optional.of(cms.id()), cms.name(), cms.postalAddress().oneLine());
        LocalDate told = LocalDate.of(2026, 10, 20);
        services.sentLetters.save(new SentLetter(0, caseId, told, Optional.of(told), to, "Missed payments",
                LetterKind.ARREARS_REPORT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(told), "Headingley Post Office", "CP 4471 1902", Optional.empty()),
                "", Optional.of(calendar.replyBy(told, PostingMethod.FIRST_CLASS, Optional.empty(),
                        new uk.cml.domain.standing.ReplyRuleBook(services.standing.facts()).request()).date()), Optional.empty()));
        services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 10, 30)),
                LocalDate.of(2026, 11, 2), "Child Maintenance Service", "New calculation: £45.00 a week stays.",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.CALCULATION));
        LocalDate complained = LocalDate.of(2026, 11, 10);
        LocalDate replyBy = calendar.replyBy(calendar.deemedDelivery(complained, PostingMethod.FIRST_CLASS),
                new uk.cml.domain.calendar.ReplyRule.WorkingDays(15)).date();
        services.sentLetters.save(new SentLetter(0, caseId, complained, Optional.of(complained), to,
                "Complaint about how the arrears are collected", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(complained),
                "Headingley Post Office", "CP 4471 3315", Optional.empty()), "", Optional.of(replyBy),
                Optional.empty(), Optional.empty(), Optional.of(replyBy)));
        return caseId;
    }

    private static void pay(AppServices services, long caseId, LocalDate date, long pence) {
        services.payments.savePayment(caseId, new Payment(0, date, Money.ofPence(pence), PaymentMethod.THROUGH_CMS,
                "", ""));
    }

    /** The whole history's pack of every section, as {@code export-pack} makes it. */
    static PackContents contents(AppServices services, long caseId, PackFor madeFor) {
        PackAssembler assembler = new PackAssembler(PackCommand.stores(services), CLOCK);
        return assembler.assemble(caseId, assembler.wholeHistory(caseId), EnumSet.allOf(PackSection.class),
                Optional.empty(), false, madeFor);
    }

    static int build(PackContents contents, Path target) throws IOException {
        try {
            return new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false).pageCount();
        } catch (uk.cml.letters.pack.PackCancelledException e) {
            throw new IOException(e);
        }
    }

    /** Each page's text, as PDFBox reads it back. */
    static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }
}
