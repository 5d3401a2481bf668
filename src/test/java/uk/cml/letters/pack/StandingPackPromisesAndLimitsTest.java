package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.PassedLimits;
import uk.cml.domain.standing.StandingReport;

/**
 * The pack's "Where things stand" part says what the app's Where it stands page shows that the pack once left out:
 * a promise noted on a call whose date passed without it being recorded as done (the Calls list's "Promised date
 * passed", or "Raised in letter of ..." once a posted letter raised it), and a limit to ask for a mandatory reconsideration that has
 * passed, with whether a late request can still be made. Read back from the PDF; the pack is made on Sun 22 Nov 2026.
 */
class StandingPackPromisesAndLimitsTest extends WithPackFixture {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private String standingPage(PackFor madeFor) throws Exception {
        return standingPage(madeFor, false);
    }

    private String standingPage(PackFor madeFor, boolean masked) throws Exception {
        PackContents contents = new PackAssembler(fixture.stores, PackFixture.CLOCK).assemble(fixture.caseId,
                PackFixture.YEAR_2025, EnumSet.of(PackSection.SUMMARY, PackSection.STANDING), Optional.empty(),
                masked, madeFor);
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        List<String> pages = EvidencePackBuilderTest.pageTexts(target);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(PackSection.STANDING.title()) + " CML-(\\d{4})$")
                .matcher(pages.get(1));
        assertTrue(m.find(), pages.get(1));
        StringBuilder text = new StringBuilder();
        for (int page = Integer.parseInt(m.group(1)) - 1; page < pages.size(); page++) {
            text.append(pages.get(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private long promise(LocalDateTime when, String spokeTo, String team, String promised, LocalDate by,
            boolean kept) {
        return fixture.calls.add(new Call(0, fixture.caseId, when, CallDirection.I_CALLED, "0800 171 2345", spokeTo,
                team, "", "Asked about the arrears", promised, Optional.of(by), "", Optional.empty(), false, kept,
                null));
    }

    @Test
    @DisplayName("A promise made on a call and not kept by its day is listed, in every pack, as the Calls list "
            + "flags it; one kept, or whose day is still to come, is not")
    void promisesNotKept() throws Exception {
        promise(LocalDateTime.of(2026, 9, 30, 10, 0), "Priya", "Direct Pay team",
                "A caseworker would phone me back about the arrears", LocalDate.of(2026, 10, 14), false);
        promise(LocalDateTime.of(2026, 10, 5, 11, 0), "Sam", "", "Send the arrears breakdown",
                LocalDate.of(2026, 10, 20), true);
        promise(LocalDateTime.of(2026, 11, 20, 9, 0), "Alex", "", "Write to the paying parent",
                LocalDate.of(2026, 11, 30), false);
        for (PackFor madeFor : PackFor.values()) {
            String text = standingPage(madeFor);
            // Reviewer 7: the parent knows only that her records do not show it done by the date she noted, which may be
            // her own count of "10 working days"; "not kept" said more than that, to the CMS.
            assertTrue(text.contains("Promises noted on calls, not recorded as done by their date"), madeFor + ": "
                    + text);
            assertFalse(text.contains("not kept"), madeFor + ": " + text);
            assertTrue(text.contains("the date the parent noted for it: the date given on the call, or the parent's "
                    + "own count of it"), madeFor + ": " + text);
            assertTrue(text.contains("30 Sep 2026 Priya (Direct Pay team) A caseworker would phone me back "
                    + "about the arrears 14 Oct 2026 The parent's records do not show that it was done"),
                    madeFor + ": " + text);
            assertFalse(text.contains("Send the arrears breakdown"), "kept: " + text);
            assertFalse(text.contains("Write to the paying parent"), "its day is still to come: " + text);
            assertFalse(text.contains("No complaint to the CMS, decision to challenge or enforcement step is "
                    + "recorded"), "a promise not kept is something recorded: " + text);
        }
    }

    @Test
    @DisplayName("A pack that hides the parent's contacts masks them in a promise's words too")
    void promiseMasked() throws Exception {
        promise(LocalDateTime.of(2026, 9, 30, 10, 0), "Priya", "Direct Pay team",
                "Write to me at 14 Orchard Close", LocalDate.of(2026, 10, 14), false);
        String text = standingPage(PackFor.CMS, true);
        assertTrue(text.contains("Promises noted on calls, not recorded as done by their date"), text);
        assertFalse(text.contains("14 Orchard Close"), text);
        target = folder.resolve("unmasked.pdf");
        assertTrue(standingPage(PackFor.CMS, false).contains("14 Orchard Close"), "shown unmasked");
    }

    @Test
    @DisplayName("A promise a posted letter already raised with the CMS says which letter, as the Calls list's "
            + "\"Raised in letter of ...\" does")
    void promiseRaisedInALetter() throws Exception {
        promise(LocalDateTime.of(2026, 9, 30, 10, 0), "Priya", "Direct Pay team",
                "A caseworker would phone me back about the arrears", LocalDate.of(2026, 10, 14), false);
        LocalDate written = LocalDate.of(2026, 11, 16);
        fixture.sent.save(new SentLetter(0, fixture.caseId, written, Optional.of(LocalDate.of(2026, 11, 17)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        fixture.raisesPromises = letter -> letter.written().equals(written);
        String text = standingPage(PackFor.CMS);
        assertTrue(text.contains("A caseworker would phone me back about the arrears 14 Oct 2026 Raised "
                + "in the parent's letter of 16 Nov 2026 (posted 17 Nov 2026); the records do not show that it was "
                + "done"), text);
    }

    @Test
    @DisplayName("A mandatory reconsideration's limit that has passed is said in words, with the late request the "
            + "CMS may still accept, as Where it stands says it")
    void passedReconsiderationLimit() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 9, 1), "New calculation", Optional.empty()));
        StandingReport report = fixture.standing.report(fixture.caseId, TODAY);
        var limit = report.decisions().get(0).deadlines().get(0);
        assertTrue(PassedLimits.lateStillPossible(limit, TODAY, report.facts()), limit.toString());
        assertEquals(LocalDate.of(2026, 10, 1), limit.due().counted());
        String text = standingPage(PackFor.MP);
        assertTrue(text.contains("The limit to ask for a mandatory reconsideration of the decision of 1 Sep 2026 "
                + "was 1 Oct 2026, and it has passed. The CMS may still accept a late request, up to "
                + report.facts().lateReconsiderationMonths() + " months after the decision, if the parent says why "
                + "it is late."), text);
    }

    @Test
    @DisplayName("Once the late months are over too, the pack says only that the limit passed")
    void passedReconsiderationLimitLongAgo() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2025, 6, 2), "Old calculation", Optional.empty()));
        String text = standingPage(PackFor.MP);
        assertTrue(text.contains("The limit to ask for a mandatory reconsideration of the decision of 2 Jun 2025 "
                + "was 2 Jul 2025, and it has passed."), text);
        assertFalse(text.contains("late request"), text);
    }

    @Test
    @DisplayName("A pack for the CMS leaves the parent's own passed limit out, as it leaves out all of them")
    void passedLimitNotInAPackForTheCms() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 9, 1), "New calculation", Optional.empty()));
        String text = standingPage(PackFor.CMS);
        assertFalse(text.contains("and it has passed"), text);
    }

    @Test
    @DisplayName("A passed limit to challenge a decision that raised the amount (the plan is £200.00 a month) is said "
            + "plainly, as Where it stands says it; one that lowered it keeps its words")
    void passedLimitOfARiseSaidPlainly() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 9, 1), "Annual review: £250.00 a month from 1 Oct 2026", Optional.empty()));
        String text = standingPage(PackFor.MP);
        assertTrue(text.contains("The time to ask for a reconsideration of the decision of 1 Sep 2026 ended on "
                + "1 Oct 2026."), text);
        assertFalse(text.contains("and it has passed"), text);
        assertFalse(text.contains("late request"), text);

        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 9, 2), "Change of circumstances: £150.00 a month from 2 Oct 2026",
                Optional.empty()));
        text = standingPage(PackFor.MP);
        assertTrue(text.contains("The limit to ask for a mandatory reconsideration of the decision of 2 Sep 2026 "
                + "was 2 Oct 2026, and it has passed."), text);
        assertTrue(text.contains("The time to ask for a reconsideration of the decision of 1 Sep 2026 ended on "
                + "1 Oct 2026."), text);
    }
}
