package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintStage;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.standing.StandingReport;

/**
 * The pack's "Where things stand" page, read back from the PDF and checked against the calendar's own dates. These
 * packs are for an MP, the one recipient given the parent's own limits ({@link PackFor}); {@code PackOwnLimitsTest}
 * reads a pack for the CMS.
 */
class StandingSummaryPackTest extends WithPackFixture {

    /** Thursday before Easter 2026: Good Friday is 3 April and Easter Monday 6 April. */
    static final LocalDate POSTED = LocalDate.of(2026, 4, 2);

    private List<String> build(Set<PackSection> sections, boolean masked) throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, sections, Optional.empty(), masked, PackFor.MP);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return EvidencePackBuilderTest.pageTexts(target);
    }

    private void logComplaintDecisionAndStep() {
        long complaint = fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        fixture.received.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 4, 24)),
                LocalDate.of(2026, 4, 28), "Child Maintenance Service", "Reply to my complaint", Optional.empty(),
                Optional.of(complaint))));
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.WRITE_OFF,
                LocalDate.of(2026, 11, 2), "Proposes to write off £1,200", Optional.empty()));
        fixture.standing.tick(new EnforcementRecord(0, fixture.caseId, EnforcementStep.CONTACT_PAYING_PARENT,
                LocalDate.of(2026, 6, 1), ""));
        fixture.standing.tick(new EnforcementRecord(0, fixture.caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 10, 1), ""));
    }

    /** The page's text on one line: a long sentence wraps wherever the layout breaks it. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int page(List<String> pages, String title) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(title) + " CML-(\\d{4})$").matcher(pages.get(1));
        assertTrue(m.find(), title + " in the contents:\n" + pages.get(1));
        return Integer.parseInt(m.group(1)) - 1;
    }

    @Test
    @DisplayName("The delivery count the page states, and its dates, are the facts table's as corrected")
    void deliveryCountFromTheFacts() throws Exception {
        fixture.standing.correctFact("post.first_class.working_days", "3", "Royal Mail",
                Optional.of(LocalDate.of(2026, 11, 22)));
        logComplaintDecisionAndStep();
        List<String> pages = build(EnumSet.of(PackSection.SUMMARY, PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("(for example the 3rd working day after posting by 1st class, the 4th by 2nd "
                + "class)"), text);
        // Posted Thu 2 Apr 2026: Good Friday and Easter Monday are not working days, so the 3rd is Thu 9 Apr.
        assertTrue(text.contains(ComplaintStage.Step.COMPLAINT.label() + " 2 Apr 2026 9 Apr 2026 "), text);
        assertEquals("1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 101st 111th", java.util.stream.IntStream.of(1, 2,
                3, 4, 11, 12, 13, 21, 22, 101, 111).mapToObj(StandingSummary::ordinal)
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    @Test
    @DisplayName("Shows each complaint stage, the decision's limit and the steps with the calendar's dates")
    void summaryPage() throws Exception {
        logComplaintDecisionAndStep();
        List<String> pages = build(EnumSet.of(PackSection.SUMMARY, PackSection.STANDING, PackSection.SCHEDULE), false);
        int at = page(pages, PackSection.STANDING.title());
        assertEquals(page(pages, PackSection.SUMMARY.title()) + 1, at, "straight after the arrears summary");
        assertTrue(page(pages, PackSection.SCHEDULE.title()) > at);
        String text = flat(pages.get(at));
        assertTrue(text.startsWith(PackSection.STANDING.title()), text);
        assertTrue(text.contains("CML-" + String.format("%04d", at + 1)), "numbered in the footer:\n" + text);

        StandingReport report = fixture.standing.report(fixture.caseId, LocalDate.of(2026, 11, 22));
        ComplaintStage first = report.complaint().stage(ComplaintStage.Step.COMPLAINT).orElseThrow();
        // Counted by hand: Good Friday and Easter Monday are not working days, so the 2nd working day is Wed 8 Apr.
        assertEquals(Optional.of(LocalDate.of(2026, 4, 8)), first.delivered());
        String row = ComplaintStage.Step.COMPLAINT.label() + " 2 Apr 2026 8 Apr 2026 "
                + UkFormats.shortDate(first.acknowledgeDue().orElseThrow()) + " "
                + UkFormats.shortDate(first.replyDue().orElseThrow()) + " 28 Apr 2026";
        assertTrue(text.contains(row), row + "\n" + text);
        // Posted 1st class with no tracking, 8 Apr is a count, not a delivery anything recorded shows: the column
        // says so, and the page says how the count is made.
        assertTrue(text.contains("Counts as delivered"), text);
        assertFalse(text.matches("(?s).*\\bDelivered\\b.*"), "no column says a date is when it was delivered:\n" + text);
        assertTrue(text.contains("A letter counts as delivered on the delivery date its tracking shows, where one is "
                + "recorded, or else on the usual count (for example the 2nd working day after posting by 1st class, "
                + "the 4th by 2nd class): a count, not proof of delivery."), text);
        assertTrue(text.contains(ComplaintStage.Step.CMS_REPLY.label() + " 24 Apr 2026"), text);
        assertTrue(text.contains(ComplaintStage.Step.FINAL_RESPONSE.label()), text);
        // Answered, with no final response: asking for a senior manager's review has no time limit, so the pack
        // (sent to the CMS or ICE) gives no date for it, and nothing that reads as the parent being late.
        assertTrue(report.complaint().deadlines().stream().allMatch(Deadline::done), report.complaint().toString());
        assertTrue(text.contains("No time limit of the parent's is open on this complaint."), text);
        assertFalse(text.contains("That date has passed"), text);
        assertFalse(text.contains("senior manager"), text);

        Deadline writeOff = report.decisions().get(0).deadlines().get(0);
        assertEquals(LocalDate.of(2026, 12, 2), writeOff.date(), "30 days from 2 Nov 2026, a Wednesday");
        assertTrue(text.contains("2 Nov 2026"), text);
        assertTrue(text.contains(writeOff.due().rule() + " 2 Dec 2026 Open"), text);
        assertTrue(text.contains("Proposes to write off £1,200"), text);

        assertTrue(text.contains("Contact the paying parent 1 Jun 2026"), text);
        assertTrue(text.contains("Arrears notice 1 Oct 2026"), text);
        assertEquals(52, report.daysAtCurrentStep());
        assertTrue(text.contains("Current step: Arrears notice, for 52 days since 1 Oct 2026."), text);
    }

    @Test
    @DisplayName("A complaint still waiting for the CMS: its dates are the CMS's targets, not a deadline, and none "
            + "shows for a complaint not posted")
    void theCmsTargetsAreNoDeadline() throws Exception {
        fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("CMS target to acknowledge"), text);
        assertTrue(text.contains("Reply expected by"), text);
        assertFalse(text.contains("Next deadline: CMS target"), text);
        assertTrue(text.contains("No time limit of the parent's is open on this complaint."), text);
        // Posted in April 2026, the targets are long passed on the day the pack is made, with nothing received.
        assertTrue(text.contains("CMS target to acknowledge your complaint:") && text.contains("That date has passed "
                + "and nothing is recorded as received."), text);
    }

    @Test
    @DisplayName("A complaint gone to ICE with no final response: ICE is its latest stage, and its missed reply "
            + "target is said to be overtaken")
    void aComplaintGoneToIceSaysItMovedOn() throws Exception {
        fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        LocalDate toIce = LocalDate.of(2026, 6, 1);
        fixture.sent.save(new SentLetter(0, fixture.caseId, toIce, Optional.of(toIce),
                new Recipient(Optional.empty(), "Independent Case Examiner", "PO Box 209\nBootle\nL20 7WA"),
                "Complaint to the Independent Case Examiner", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.SIGNED_FOR), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains(ComplaintStage.Step.ICE.label() + " 1 Jun 2026"), text);
        assertTrue(text.contains("CMS target to reply to your complaint:") && text.contains("That date has passed "
                + "and nothing is recorded as received; the complaint has since moved on to a later stage."), text);
        assertFalse(text.contains("That date has passed and nothing is recorded as received."), text);
    }

    /**
     * A complaint written by the app on Fri 2 Oct 2026 and posted that day first class (delivered Tue 6 Oct): the
     * CMS's published target to reply is Tue 27 Oct; the letter asked for a reply by Fri 23 Oct.
     */
    private void complaintAsking(Optional<LocalDate> replyBy) {
        LocalDate posted = LocalDate.of(2026, 10, 2);
        fixture.sent.save(new SentLetter(0, fixture.caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", replyBy, Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 10, 23))));
    }

    private String standingAndChronology() throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                new PackPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)),
                EnumSet.of(PackSection.STANDING, PackSection.CHRONOLOGY), Optional.empty(), false, PackFor.MP);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return flat(String.join("\n", EvidencePackBuilderTest.pageTexts(target)));
    }

    @Test
    @DisplayName("Two complaints: the pack follows the latest, as the page and the letters do")
    void theLatestComplaintIsSummed() throws Exception {
        // The first complaint, posted 2 Apr 2026, ended with the CMS's final response of 8 May; a new one went on
        // 2 Oct 2026, and a review request for it was made on 20 Nov and not posted.
        fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        fixture.received.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 5, 8)),
                LocalDate.of(2026, 5, 11), "Child Maintenance Service", "Final response", Optional.empty(),
                Optional.empty())));
        complaintAsking(Optional.empty());
        LocalDate made = LocalDate.of(2026, 11, 20);
        fixture.sent.save(new SentLetter(0, fixture.caseId, made, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint review request to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains(ComplaintStage.Step.COMPLAINT.label() + " 2 Oct 2026 6 Oct 2026"), text);
        assertTrue(text.contains(ComplaintStage.Step.SENIOR_REVIEW.label() + " 20 Nov 2026 (not posted)"), text);
        assertFalse(text.contains("2 Apr 2026"), "not the old complaint:\n" + text);
        assertFalse(text.contains("8 May 2026"), "nor its final response:\n" + text);
        StandingReport report = fixture.standing.report(fixture.caseId, LocalDate.of(2026, 11, 22));
        assertEquals(Optional.of(LocalDate.of(2026, 10, 2)),
                report.complaint().stage(ComplaintStage.Step.COMPLAINT).orElseThrow().sent());
    }

    @Test
    @DisplayName("The reply date the parent's own letter asks for is never called the CMS's target")
    void theParentsDateIsNoCmsTarget() throws Exception {
        complaintAsking(Optional.of(LocalDate.of(2026, 10, 23)));
        String text = standingAndChronology();
        assertTrue(text.contains("Reply date your complaint letter asks for: 23 Oct 2026. That date has passed and "
                + "nothing is recorded as received."), text);
        assertFalse(text.contains("CMS target to reply"), text);
        // The acknowledgement's is the CMS's own published target, and says so.
        assertTrue(text.contains("CMS target to acknowledge your complaint: 8 Oct 2026."), text);
    }

    @Test
    @DisplayName("A reply date the CMS told the parent is said as theirs, never as the CMS's target")
    void aToldDateIsNoCmsTarget() throws Exception {
        complaintAsking(Optional.of(LocalDate.of(2026, 11, 10)));
        String text = standingAndChronology();
        assertTrue(text.contains("Date the CMS gave to reply to your complaint: 10 Nov 2026. That date has passed"),
                text);
        assertFalse(text.contains("CMS target to reply"), text);
    }

    @Test
    @DisplayName("The CMS's published targets are not called deadlines, in the summary or the chronology")
    void aCmsTargetIsNoDeadline() throws Exception {
        complaintAsking(Optional.empty());
        String text = standingAndChronology();
        assertTrue(text.contains("CMS target to reply to your complaint: 27 Oct 2026."), text);
        assertFalse(text.contains("Next deadline: CMS target"), text);
        assertFalse(text.contains("Deadline CMS target"), "the chronology's kind column: " + text);
    }

    @Test
    @DisplayName("The next deadline is a limit: ICE's 6 months, not the reminder to keep the final response")
    void nextDeadlineIsALimit() throws Exception {
        long complaint = fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        // Dated Wednesday 8 July 2026, no copy attached: six months on is Friday 8 January 2027.
        fixture.received.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 7, 8)),
                LocalDate.of(2026, 7, 10), "Child Maintenance Service", "Final response to my complaint",
                Optional.empty(), Optional.of(complaint))));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("Next deadline: Complaint to the Independent Case Examiner due, 8 Jan 2027 (6 months "
                + "from the final response of 8 Jul 2026)."), text);
        assertFalse(text.contains("Keep a copy"), text);
        assertFalse(text.contains("That date has passed"), text);
        // The MP's row: the parent's own limit (12 months, normally), never a reply expected from anyone.
        assertTrue(text.contains("Your MP and the Parliamentary and Health Service Ombudsman \u2013 \u2013 \u2013 "
                + "Ask by 8 Jul 2027"), text);
    }

    /**
     * The reviewer's pack: their review request printed "Acknowledge this request by ..." and the tracking table's
     * row for it gave "CMS target to acknowledge: –". Posted 1st class on Monday 16 Nov 2026, it counts as
     * delivered on Wednesday 18 Nov and the letter's count (2 working days on) gives Friday 20 Nov: the row says so.
     */
    @Test
    @DisplayName("A review request's row carries the CMS's target to acknowledge it, as the letter printed it")
    void aReviewRequestsRowHasItsTargetToAcknowledge() throws Exception {
        Recipient cms = new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ");
        long complaint = fixture.sent.save(new SentLetter(0, fixture.caseId, POSTED, Optional.of(POSTED), cms,
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        fixture.received.save(uk.cml.store.AsAnsweredBefore.answered(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 4, 24)),
                LocalDate.of(2026, 4, 28), "Child Maintenance Service", "Reply to my complaint", Optional.empty(),
                Optional.of(complaint))));
        LocalDate review = LocalDate.of(2026, 11, 16);
        fixture.sent.save(new SentLetter(0, fixture.caseId, review, Optional.of(review), cms,
                "Complaint review request", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("Your request for a senior manager's review 16 Nov 2026 18 Nov 2026 20 Nov 2026"),
                text);
    }

    @Test
    @DisplayName("A review request written and not posted is not shown as sent")
    void aLetterNotPostedSaysSo() throws Exception {
        logComplaintDecisionAndStep();
        LocalDate written = LocalDate.of(2026, 11, 20);
        fixture.sent.save(new SentLetter(0, fixture.caseId, written, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint review request to a senior manager", LetterKind.COMPLAINT, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains(ComplaintStage.Step.SENIOR_REVIEW.label() + " 20 Nov 2026 (not posted)"), text);
        assertTrue(text.contains(ComplaintStage.Step.COMPLAINT.label() + " 2 Apr 2026 8 Apr 2026"), text);
    }

    /** A request posted 1st class asking for a reply by {@code replyBy}, as the Letters page logs it. */
    private long request(String subject, LetterKind kind, LocalDate posted, LocalDate replyBy) {
        return fixture.sent.save(new SentLetter(0, fixture.caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                subject, kind, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(replyBy), Optional.empty()));
    }

    /**
     * Found by the last session: the pack's Where it stands listed only the complaint, while the app's Where it
     * stands page lists, among its dates to watch, the reply each ordinary request waits for (a breakdown request, a
     * report of missed payments). The pack lists the same letters with the same dates, from the one list the page
     * reads ({@link StandingReport#letterReplies}).
     */
    @Test
    @DisplayName("The replies the parent's requests wait for are listed, with the dates the Where it stands page shows")
    void lettersWaitingForAReplyAreListed() throws Exception {
        logComplaintDecisionAndStep();
        request("Missed payments", LetterKind.ARREARS_REPORT, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 18));
        request("Please send a breakdown of the arrears", LetterKind.REQUEST_FOR_INFORMATION,
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 2));
        // Answered: not waiting for anything, so not listed (as on the page).
        long answered = request("Payments through the CMS", LetterKind.COLLECTION_REQUEST, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 16));
        fixture.received.save(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 10, 12)),
                LocalDate.of(2026, 10, 14), "Child Maintenance Service", "They will collect the payments",
                Optional.empty(), Optional.of(answered)));

        StandingReport report = fixture.standing.report(fixture.caseId, LocalDate.of(2026, 11, 22));
        List<String> onThePage = report.letterReplies().stream().map(d -> d.what() + " " + d.date()).sorted()
                .toList();
        assertEquals(List.of(
                "Reply expected to your letter posted on 16 Nov 2026: Please send a breakdown of the arrears (to Child"
                        + " Maintenance Service) 2026-12-02",
                "Reply expected to your letter posted on 2 Nov 2026: Missed payments (to Child Maintenance Service)"
                        + " 2026-11-18"), onThePage, "what the page lists");

        for (PackFor reader : List.of(PackFor.MP, PackFor.CMS)) {
            PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                    PackFixture.YEAR_2025, EnumSet.of(PackSection.STANDING), Optional.empty(), false, reader);
            new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
            List<String> pages = EvidencePackBuilderTest.pageTexts(target);
            String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
            assertTrue(text.contains("Letters waiting for a reply"), reader + ": " + text);
            assertTrue(text.contains("Missed payments (to Child Maintenance Service) 2 Nov 2026 18 Nov 2026 Passed; no"
                    + " reply recorded"), reader + ": " + text);
            assertTrue(text.contains("Please send a breakdown of the arrears (to Child Maintenance Service) 16 Nov 2026"
                    + " 2 Dec 2026 Waiting"), reader + ": " + text);
            // A reply date passed is the CMS's to answer, never worded as a limit of the parent's passed (PackOwnLimitsTest).
            assertFalse(reader == PackFor.CMS && text.contains("Date passed"), text);
            // Earliest first, as the page lists its dates.
            assertTrue(text.indexOf("Missed payments (to") < text.indexOf("Please send a breakdown"), text);
            assertFalse(text.contains("Payments through the CMS"), "answered: " + text);
            // The complaint's own letter is the complaint table's, not listed again.
            assertFalse(text.contains("Complaint about collection (to"), text);
        }
    }

    @Test
    @DisplayName("A letter waiting for a reply is listed when nothing else is recorded")
    void aLetterWaitingIsListedAlone() throws Exception {
        request("Missed payments", LetterKind.ARREARS_REPORT, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 2));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("Missed payments (to Child Maintenance Service) 16 Nov 2026 2 Dec 2026 Waiting"), text);
        assertTrue(text.contains("No complaint to the CMS is recorded."), text);
    }

    @Test
    @DisplayName("A pack that hides the parent's contacts masks them in a letter waiting for a reply")
    void letterWaitingMasked() throws Exception {
        request("Sent from 14 Orchard Close", LetterKind.ARREARS_REPORT, LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 2));
        String all = String.join("\n", build(EnumSet.of(PackSection.STANDING), true));
        assertTrue(all.contains("Letters waiting for a reply"), all);
        assertFalse(all.contains("14 Orchard Close"), all);
    }

    @Test
    @DisplayName("With nothing to report, says so in one sentence rather than leaving the page out")
    void nothingRecorded() throws Exception {
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("No complaint to the CMS, decision to challenge or enforcement step is recorded "
                + "for this case on 22 Nov 2026."), text);
        assertFalse(text.contains("Stage"), text);
    }

    @Test
    @DisplayName("A case with more than fits on one page runs on to the next, numbered like every other page")
    void runsOn() throws Exception {
        logComplaintDecisionAndStep();
        for (int day = 1; day <= 24; day++) {
            fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                    LocalDate.of(2026, 9, day), "Calculation number " + day, Optional.empty()));
        }
        List<String> pages = build(EnumSet.of(PackSection.STANDING, PackSection.SCHEDULE), false);
        int at = page(pages, PackSection.STANDING.title());
        int next = page(pages, PackSection.SCHEDULE.title());
        assertTrue(next > at + 1, "the page ran on");
        for (int i = at + 1; i < next; i++) {
            String runOn = flat(pages.get(i));
            // A page the table runs on to starts with its heading again; the sentences after the table (the 24
            // limits passed, then the enforcement steps) may run on to a page of their own.
            if (runOn.contains("Calculation number")) {
                assertTrue(runOn.startsWith("Decision Letter dated What is due"), "the table's heading again: "
                        + runOn);
            }
            assertTrue(runOn.contains("CML-" + String.format("%04d", i + 1)), runOn);
        }
        String last = flat(pages.get(next - 1));
        assertTrue(last.contains("Current step: Arrears notice, for 52 days since 1 Oct 2026."), last);
        assertTrue(String.join(" ", pages).replaceAll("\\s+", " ").contains("Calculation number 24"));
    }

    @Test
    @DisplayName("Can be left out like any other section")
    void leftOut() throws Exception {
        logComplaintDecisionAndStep();
        String all = String.join("\n", build(EnumSet.of(PackSection.SUMMARY), false));
        assertFalse(all.contains(PackSection.STANDING.title()), all);
        assertFalse(all.contains("Arrears notice"), all);
    }

    @Test
    @DisplayName("A pack that hides the parent's contacts masks them in a decision's note too")
    void masked() throws Exception {
        logComplaintDecisionAndStep();
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 10, 5), "Sent to 14 Orchard Close", Optional.empty()));
        String all = String.join("\n", build(EnumSet.of(PackSection.STANDING), true));
        assertTrue(all.contains("Arrears notice 1 Oct 2026"), all);
        assertFalse(all.contains("14 Orchard Close"), all);
    }

    /**
     * Found by the final reviewer of 4 Dec 2026: with a reconsideration and a write-off reply both open, the pack gave
     * the day to post by for the first only, while the Overview gave both.
     */
    @Test
    @DisplayName("Every open limit met on receipt has its day to post by")
    void everyLimitMetOnReceiptHasItsPostByDay() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 5), "Maintenance is now £38.20 a week", Optional.empty()));
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.WRITE_OFF,
                LocalDate.of(2026, 11, 10), "Proposal to write off £250.00", Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("\u201cAsk for a mandatory reconsideration\u201d: Limit Sat 5 Dec 2026: to be safe, post your "
                + "letter 1st class by Wed 2 Dec 2026"), text);
        // 30 days from 10 Nov is Thu 10 Dec; 1st class counts as delivered on the 2nd working day: post by Tue 8 Dec.
        assertTrue(text.contains("\u201cReply to the proposal to write off arrears\u201d: Limit Thu 10 Dec 2026: to be safe, post your "
                + "letter 1st class by Tue 8 Dec 2026."), text);
    }

    /**
     * Found by a reviewer: a calculation decision of Thu 5 Nov 2026 can be challenged for one calendar month, to
     * Sat 5 Dec 2026; Fri 4 Dec is only the working day to act by. The pack read "Due by 4 Dec 2026", and the
     * Timeline put a "Deadline" on 4 Dec; both now say the limit as the limit and the day before as advice, as
     * Where it stands does.
     */
    @Test
    @DisplayName("A limit ending on a Saturday is said as the limit, with the Friday to act by as advice")
    void aSaturdayLimitIsSaidAsTheLimit() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 5), "Maintenance is now £38.20 a week", Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        // Met when the CMS receives it (checker's case d1): the limit itself, and the last day to post it 1st class.
        assertTrue(text.contains("decision letter of 5 Nov 2026 5 Dec 2026 Open"), text);
        assertTrue(text.contains("These limits count when the CMS receives the letter, not when it is posted. A "
                + "letter posted 1st class counts as delivered on the 2nd working day after posting, so for "
                + "\u201cAsk for a mandatory reconsideration\u201d: Limit Sat 5 Dec 2026: to be safe, post your letter 1st "
                + "class by Wed 2 Dec 2026."), text);
        assertFalse(text.contains("5 Nov 2026 4 Dec 2026"), "not 4 Dec as the date due by:\n" + text);

        List<uk.cml.domain.timeline.TimelineEntry> timeline = fixture.standing.timeline(fixture.caseId);
        uk.cml.domain.timeline.TimelineEntry limit = timeline.stream()
                .filter(e -> e.title().startsWith("Ask for a mandatory reconsideration")).findFirst().orElseThrow();
        assertEquals("Ask for a mandatory reconsideration \u2014 Limit Sat 5 Dec 2026: to be safe, post your letter 1st class by "
                + "Wed 2 Dec 2026", limit.title());
    }

    /**
     * Found by a reviewer: the decisions' table headed its dates "Due by", which says neither what they are nor
     * agrees with the page (a limit, said as the limit, and "Reply expected by" for a reply). Its column is "Limit".
     */
    @Test
    @DisplayName("The decisions' table heads its dates 'Limit', not 'Due by'")
    void theDecisionsDatesAreHeadedLimit() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 11, 4), "", Optional.empty()));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("Decision Letter dated What is due Limit Status"), text);
        assertFalse(text.contains("Due by"), text);
        assertTrue(text.contains("4 Nov 2026 Ask for a mandatory reconsideration one calendar month from the "
                + "decision letter of 4 Nov 2026 4 Dec 2026 Open"), text);
    }

    /**
     * Checker's case d1: a complaint made in the app prints the CMS's targets for 1st class on its date; it went 2nd
     * class, so the table's dates (from the real posting) are later. The pack, which encloses the letter, says which
     * dates are which. Made Mon 2 Nov 2026: printed delivered Wed 4 Nov, acknowledge Fri 6 Nov, reply Wed 25 Nov;
     * posted 2nd class the same day: delivered Fri 6 Nov, acknowledge Tue 10 Nov, reply Fri 27 Nov.
     */
    @Test
    void thePrintedDatesAndTheTablesAreExplained() throws Exception {
        LocalDate made = LocalDate.of(2026, 11, 2);
        fixture.sent.save(new SentLetter(0, fixture.caseId, made, Optional.of(made),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\n"
                + "WV98 2BU"), "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2026, 11, 27)), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 11, 25))));
        List<String> pages = build(EnumSet.of(PackSection.STANDING), false);
        String text = flat(pages.get(page(pages, PackSection.STANDING.title())));
        assertTrue(text.contains("10 Nov 2026 27 Nov 2026"), text);
        assertTrue(text.contains("Which dates count: the letter \u201cComplaint to CMS\u201d dated 2 Nov 2026 prints "
                + "the CMS's targets as they fall if it is posted 1st class on that day (counts as delivered 4 Nov 2026: "
                + "acknowledge by 6 Nov 2026, reply by 25 Nov 2026). It was posted on 2 Nov 2026 by 2nd class post, so "
                + "it counts as delivered on 6 Nov 2026, and the CMS's targets run from that day: acknowledge by 10 Nov "
                + "2026, reply by 27 Nov 2026. The table gives these later dates; the letter itself is kept as it was "
                + "sent."), text);
    }
}
