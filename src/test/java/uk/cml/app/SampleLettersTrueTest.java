package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * A reviewer (rv8) read every sample letter of Sun 6 Dec 2026 against the sample records and found lines that were
 * untrue or confusing. The sample letters as the sample-letters command makes them, read back from their PDFs.
 */
class SampleLettersTrueTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path scratch;
    static Map<LetterTemplate, LetterFacts> letters;

    @BeforeAll
    static void make() throws Exception {
        letters = new SampleLetterWriter(CLOCK).sampleFacts(Files.createDirectories(scratch.resolve("data")));
    }

    static String text(LetterTemplate template) throws Exception {
        LetterFacts facts = letters.get(template);
        Path pdf = scratch.resolve(template.key() + ".pdf");
        Files.write(pdf, new LetterPdfRenderer(CLOCK).render(LetterFrame.compose(template, facts,
                template.draft(facts))).pdf());
        return PrintedText.of(pdf);
    }

    @Test
    void theEnforcementRequestAsksSinceTheLatestCall() throws Exception {
        String text = text(LetterTemplates.ENFORCEMENT_REQUEST);
        assertFalse(text.contains("since 27 Nov 2026"), text);
        assertTrue(text.contains("Tell me what has happened since 30 Nov 2026, when you phoned me about a deduction "
                + "from earnings order and I understood from Mark (Enforcement team) that you would do this by "
                + "14 Dec 2026"), text);
    }

    @Test
    void theComplaintSaysOnlyTheStepsTheParentKnowsOf() throws Exception {
        for (LetterTemplate template : new LetterTemplate[] {LetterTemplates.COLLECTION_COMPLAINT,
                LetterTemplates.SENIOR_REVIEW}) {
            String text = text(template);
            assertFalse(text.contains("The only step taken"), text);
            assertTrue(text.contains("The only step I know of is the arrears notice I was told of on 27 Nov 2026."),
                    text);
        }
    }

    @Test
    void theReviewSaysWhatTheCallGaveForTheDecision() throws Exception {
        String text = text(LetterTemplates.SENIOR_REVIEW);
        assertTrue(text.contains("The reply does not say when you will decide whether to take the arrears from Jordan "
                + "Reed's wages (only on the phone, on 30 Nov 2026, was I told it would be decided by 14 Dec 2026), or what you "
                + "will do if Jordan Reed still does not pay."),
                text);
    }

    @Test
    void theComplaintListsEveryLateDueAndSaysWhichFigureIsWhich() throws Exception {
        String text = text(LetterTemplates.COLLECTION_COMPLAINT);
        // Paid late after the last report: the Payments table shows them late, so the list does too.
        assertTrue(text.contains("13 Nov 2026: \u00a351.87 was due. Arrived 16 Nov 2026, 3 days late."), text);
        assertTrue(text.contains("20 Nov 2026: \u00a351.87 was due."), text);
        // Of the dues the CMS was told of, the six named are those still owed (rv9: owed before paid in full late),
        // so 3 Jul and 24 Jul, missed, are named rather than weeks paid in full but late. The tables sent with it show
        // \u00a3417.34 owed before 3 Jul; \u00a325 of the 27 Nov money went to the oldest dues since: both figures, each
        // said for what it is.
        assertTrue(text.contains("3 Jul 2026: \u00a351.87 was due. Nothing received."), text);
        assertTrue(text.contains("24 Jul 2026: \u00a351.87 was due. Nothing received."), text);
        assertTrue(text.contains("Before 3 Jul 2026: \u00a3417.34 was owed on earlier payments due; \u00a3392.34 of it "
                + "is still owed now, after later payments."), text);
    }

    @Test
    void aTableRowSaysWhenLateMoneyArrived() throws Exception {
        for (LetterTemplate template : new LetterTemplate[] {LetterTemplates.MISSED_DIRECT_PAY,
                LetterTemplates.OTHER_PARENT}) {
            String text = text(template);
            assertFalse(text.contains("Arrived late (12 days)"), text);
            assertTrue(text.contains("Arrived 9 Sep 2026, 12 days late"), text);
        }
    }

    @Test
    void theSettlementLetterAcceptsOnAWorkingDayAsAConditionAndSaysWhatIsOwedNow() throws Exception {
        String text = text(LetterTemplates.SETTLEMENT_REPLY);
        assertTrue(text.contains("Accepting the offer of a part payment in full and final settlement"), text);
        assertFalse(text.contains("Offer of a part payment"), text);
        // 4 weeks on is Sun 3 Jan 2027; 1 Jan is a bank holiday: the working day before is Thu 31 Dec.
        assertFalse(text.contains("3 Jan 2027"), text);
        assertTrue(text.contains("paid into my bank account by 31 Dec 2026."), text);
        assertFalse(text.contains("If the payment is not made in full by the date agreed, cancel"), text);
        // The sample's typed condition says the money must reach the bank account: said once (not again in the
        // letter's own sentence), and what to do if it does not, after the conditions.
        assertFalse(text.contains("reaches my bank account by the date agreed"), text);
        assertTrue(text.contains("If the payment is not made as agreed, please cancel the agreement and collect the "
                + "full arrears."), text);
        assertTrue(text.contains("that figure does not count anything that fell due after 6 Oct 2026, and my records "
                + "show \u00a3673.66 owed now."), text);
    }

    @Test
    void lettersSayThingsOnce() throws Exception {
        String complaint = text(LetterTemplates.COLLECTION_COMPLAINT);
        assertFalse(complaint.contains("Because the maintenance has not been paid"), complaint);
        assertTrue(complaint.contains("How this has affected us: \u2022 I am two months behind with the rent"),
                complaint);
        String call = text(LetterTemplates.CONFIRM_CALL);
        String promise = "Decide whether to make a deduction from earnings order";
        org.junit.jupiter.api.Assertions.assertEquals(call.indexOf(promise), call.lastIndexOf(promise), call);
        String report = text(LetterTemplates.MISSED_DIRECT_PAY);
        String told = report.substring(report.indexOf("I wrote to you"), report.indexOf("By my records on"));
        org.junit.jupiter.api.Assertions.assertEquals(told.indexOf("about the missed payments"),
                told.lastIndexOf("about the missed payments"), told);
        assertTrue(told.contains("wrote to you again in my letter posted on 16 Nov 2026"), told);
        // One day for one cut: the list of dues begins on 12 Jun, and the money that went to dues not listed went to
        // those before it.
        assertTrue(report.contains("Payments due before 12 Jun 2026 are not listed"), report);
        assertTrue(report.contains("went to payments due before 12 Jun 2026."), report);
        assertFalse(report.contains("before 11 Jun 2026"), report);
    }
}
