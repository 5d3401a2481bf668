package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.LetterDocument;

/**
 * Every template's whole letter, word for word, with complete facts and with only the bare case details, against
 * the reviewed text in {@code src/test/resources/uk/cml/letters/templates/wording/}. A change of wording is a
 * change a parent sends to the CMS: read the difference, then accept it with
 * {@code mvn test -Dtest=LetterWordingTest -Dletters.accept=true} and commit the new files with the change.
 */
class LetterWordingTest {

    private static final Path SOURCE = Path.of("src/test/resources/uk/cml/letters/templates/wording");

    static Stream<Arguments> letters() {
        return Stream.concat(LetterTemplates.all().stream().flatMap(t -> Stream.of(
                Arguments.of(t.key() + "-complete", t, Facts.complete(t)),
                Arguments.of(t.key() + "-bare", t, Facts.addressed(t, Facts.bare().build())))),
                Stream.concat(Stream.of(Arguments.of("senior-review-no-reply", LetterTemplates.SENIOR_REVIEW,
                        noReply()), Arguments.of("missed-direct-pay-after-report", LetterTemplates.MISSED_DIRECT_PAY,
                        missedAfterReport()), Arguments.of("collection-complaint-drafted-from-records",
                        LetterTemplates.COLLECTION_COMPLAINT, draftedFromRecords(true)),
                        Arguments.of("collection-complaint-drafted-letter-not-yet-delivered",
                        LetterTemplates.COLLECTION_COMPLAINT, draftedFromRecords(false))), chosen()));
    }

    /**
     * A reviewer's case (rv3), the complaint on Sat 5 Dec 2026 with nothing typed, so drafted from the records: Direct
     * Pay, monthly on the 31st, £210.00 then £185.50 from 31 Oct 2026; 30 Sep part paid and late, 31 Oct late, 30 Nov
     * missed (£181.00 owed since then); the CMS's letter of 2 Dec gave £291.00 as at 1 Dec; on 12 Nov the CMS promised
     * a call back by 20 Nov, not kept; the missed-payments letter posted 2nd class on 5 Dec with a certificate of
     * posting. With {@code toldByPhone}, the parent told the CMS of the missed payments by phone on 2 Nov: the letter
     * says it first told the CMS then. Without, the CMS was told only by the letter, not deemed delivered until 10 Dec:
     * no word of enforcement since then is no ground for complaint yet, and nothing is said of it.
     */
    static LetterFacts draftedFromRecords(boolean toldByPhone) {
        LocalDate today = LocalDate.of(2026, 12, 5);
        uk.cml.domain.Money monthly = uk.cml.domain.Money.ofPence(210_00);
        uk.cml.domain.arrears.ArrearsSchedule schedule = new uk.cml.domain.arrears.ArrearsCalculator().calculate(
                List.of(new uk.cml.domain.arrears.PaymentPlan(0, monthly,
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 7, 31), "CMS letter"),
                        new uk.cml.domain.arrears.PaymentPlan(0, uk.cml.domain.Money.ofPence(185_50),
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 10, 31),
                        "CMS decision letter dated 20 Oct 2026")),
                List.of(payment(LocalDate.of(2026, 7, 31), 210_00, LocalDate.of(2026, 7, 31)),
                        payment(LocalDate.of(2026, 9, 1), 210_00, LocalDate.of(2026, 8, 31)),
                        payment(LocalDate.of(2026, 10, 2), 100_00, LocalDate.of(2026, 9, 30)),
                        payment(LocalDate.of(2026, 11, 3), 300_00, null)),
                List.of(new uk.cml.domain.arrears.Adjustment(0, LocalDate.of(2026, 12, 1),
                        uk.cml.domain.arrears.AdjustmentKind.CMS_CONFIRMED_FIGURE, uk.cml.domain.Money.ofPence(291_00),
                        "")), today, uk.cml.domain.arrears.FeeRule.NONE);
        ArrearsDetails arrears = ArrearsDetails.from(schedule, uk.cml.domain.caseinfo.ArrangementHistory.since(
                uk.cml.domain.caseinfo.Arrangement.DIRECT_PAY), Optional.of(today));
        CmsReports reports = new CmsReports(List.of(today), toldByPhone ? List.of(LocalDate.of(2026, 11, 2))
                : List.of(), ComplaintPosition.NONE, Optional.empty())
                .withLetters(List.of(new CmsReports.Posted(today, Optional.empty(), true, "Missed Direct Pay payments",
                        Optional.of(PostingMethod.SECOND_CLASS), Optional.empty())),
                        List.of(new CmsReports.CmsLetter(Optional.of(LocalDate.of(2026, 12, 2)),
                                LocalDate.of(2026, 12, 4), "CMS says Jordan owes arrears of 291.00 as at 1 Dec 2026.")))
                .withPromises(List.of(new CmsReports.Promise(LocalDate.of(2026, 11, 12),
                        uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya", "", "call me back",
                        LocalDate.of(2026, 11, 20))))
                .withOwedSince(arrears.owedSince());
        LetterFacts complete = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT);
        return complete.toBuilder().letterDate(today).arrears(arrears).reports(reports).complaint(null).losses(List.of()).earlierLetter(null)
                .build();
    }

    private static uk.cml.domain.arrears.Payment payment(LocalDate on, long pence, LocalDate forDue) {
        return new uk.cml.domain.arrears.Payment(0, on, uk.cml.domain.Money.ofPence(pence),
                uk.cml.domain.arrears.PaymentMethod.BANK_TRANSFER, "", "", Optional.ofNullable(forDue));
    }

    /**
     * The missed-payment letter on 3 Dec 2026 under Direct Pay, £100.00 due on the 15th from 15 Jan 2026 and never
     * paid, with a report of the missed payments posted on 10 Nov 2026: it lists six months, and says the dues from
     * 15 Jun to 15 Oct were in that report, so the CMS does not take them for new ones.
     */
    static LetterFacts missedAfterReport() {
        uk.cml.domain.arrears.ArrearsSchedule schedule = new uk.cml.domain.arrears.ArrearsCalculator().calculate(
                List.of(new uk.cml.domain.arrears.PaymentPlan(0, uk.cml.domain.Money.ofPence(100_00),
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 15), "CMS letter")),
                List.of(), List.of(), LocalDate.of(2026, 12, 3), uk.cml.domain.arrears.FeeRule.NONE);
        LocalDate report = LocalDate.of(2026, 11, 10);
        return Facts.complete(LetterTemplates.MISSED_DIRECT_PAY).toBuilder().letterDate(LocalDate.of(2026, 12, 3))
                .arrears(ArrearsDetails.from(schedule, uk.cml.domain.caseinfo.ArrangementHistory.since(
                        uk.cml.domain.caseinfo.Arrangement.DIRECT_PAY), Optional.of(report)))
                .reports(new CmsReports(List.of(report), List.of(), ComplaintPosition.read(List.of(), List.of()),
                        Optional.empty()))
                .build();
    }

    /**
     * Each letter that offers a choice, with it made: the complaint said (the parent ticked it on the Write a letter
     * page), and posting second class for a letter whose dates count from it.
     */
    static Stream<Arguments> chosen() {
        return LetterTemplates.all().stream().flatMap(t -> {
            LetterFacts complete = Facts.complete(t);
            LetterDraft.Offers offers = t.draft(complete).offers();
            Stream<Arguments> complaint = offers.complaint().isEmpty() ? Stream.empty()
                    : Stream.of(Arguments.of(t.key() + "-complaint-said", t, complete.toBuilder()
                            .choices(LetterChoices.NONE.withSayComplaint(true)).build()));
            Stream<Arguments> posting = !offers.posting() ? Stream.empty()
                    : Stream.of(Arguments.of(t.key() + "-second-class", t, complete.toBuilder()
                            .choices(LetterChoices.NONE.withPostedBy(PostingMethod.SECOND_CLASS)).build()));
            return Stream.concat(complaint, posting);
        });
    }

    /**
     * The review request when the records hold the complaint of 23 September 2026 (posted that day, first class)
     * and no reply to it, and nothing about a reply was typed: it must not speak of one.
     */
    static LetterFacts noReply() {
        LetterFacts complete = Facts.complete(LetterTemplates.SENIOR_REVIEW);
        ComplaintDetails c = complete.complaint().orElseThrow();
        LocalDate posted = LocalDate.of(2026, 9, 23);
        SentLetter complaint = new SentLetter(1, 1, posted, Optional.of(posted), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", ""), "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        return complete.toBuilder()
                .complaint(new ComplaintDetails(c.happenedOn(), c.whatHappened(), c.whatWentWrong(), c.wants(),
                        c.actionWanted(), c.complainedOn(), null, null, c.contactPreference(), c.adjustments(), "",
                        EnumSet.of(ComplaintDetails.Kept.COMPLAINT)))
                .reports(new CmsReports(List.of(), List.of(), ComplaintPosition.read(List.of(complaint), List.of()),
                        Optional.empty()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void readsAsReviewed(String name, LetterTemplate template, LetterFacts facts) throws IOException {
        String text = describe(template, facts);
        if (Boolean.getBoolean("letters.accept")) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = LetterWordingTest.class.getResourceAsStream("wording/" + name + ".txt")) {
            assertNotNull(in, "no reviewed wording for " + name);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), text, name);
        }
    }

    static String describe(LetterTemplate template, LetterFacts facts) {
        LetterDraft draft = template.draft(facts);
        LetterDocument doc = template.document(facts);
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(template.title()).append(" / ").append(template.fileTitle()).append('\n');
        out.append("from: ").append(doc.sender()).append('\n');
        out.append("date: ").append(doc.date()).append('\n');
        doc.recipientLines().forEach(l -> out.append("to: ").append(l).append('\n'));
        doc.references().forEach(r -> out.append("ref: ").append(r.label()).append(": ").append(r.value()).append('\n'));
        out.append("heading: ").append(doc.heading()).append('\n');
        out.append(doc.salutation()).append("\n\n");
        for (LetterBlock block : doc.body()) {
            out.append(block).append("\n\n");
        }
        out.append(doc.signOff()).append('\n').append(doc.signerName()).append('\n');
        doc.enclosures().forEach(e -> out.append("enclosed: ").append(e).append('\n'));
        out.append("footer: ").append(doc.footerText()).append('\n');
        out.append("pdf: ").append(doc.metadata()).append('\n');
        out.append("reply by: ").append(draft.replyBy().map(Object::toString).orElse("none")).append('\n');
        draft.missing().forEach(m -> out.append("missing: ").append(m).append('\n'));
        template.missing(facts).forEach(m -> out.append("missing (all): ").append(m).append('\n'));
        LetterFrame.missingCommon(template.recipientRole(), facts)
                .forEach(m -> out.append("missing (common): ").append(m).append('\n'));
        draft.warnings().forEach(w -> out.append("warning: ").append(w.message()).append('\n'));
        draft.offers().complaint().ifPresent(c -> out.append("offers to say: ").append(c).append('\n'));
        if (draft.offers().posting()) {
            out.append("asks how it is posted: ").append(facts.choices().postedBy()).append('\n');
        }
        out.append("kind logged: ").append(ReplyDates.kind(template)).append('\n');
        return out.toString();
    }
}
