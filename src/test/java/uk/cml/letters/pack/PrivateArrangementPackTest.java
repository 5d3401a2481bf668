package uk.cml.letters.pack;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.StandingReport;

/**
 * The pack of a case that has only ever been a private arrangement, read back from the PDF. A reviewer's pack for one
 * spoke of "any Collect and Pay fee", "the CMS decides which missed payments each payment pays off", "no arrears
 * figure from the CMS" and "no complaint to the CMS ... or enforcement step", as though the CMS had the case. The
 * CMS is not involved: the pack says so, and what the parent can do.
 */
class PrivateArrangementPackTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path folder;

    private String packText(boolean cmsInvolved) throws Exception {
        return packText(cmsInvolved, new StandingReport(new ComplaintThread(List.of(), List.of(),
                new ComplaintThread.NextAction("", Optional.empty(), "")), List.of(), List.of(), Optional.empty(), 0,
                Optional.empty(), SeededFacts.published(), SeededFacts.calendar(), List.of(), List.of()));
    }

    private String packText(boolean cmsInvolved, StandingReport standing) throws Exception {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(5000),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 6), "Private agreement")), List.of(), List.of(),
                TODAY, FeeRule.NONE);
        PackPeriod period = new PackPeriod(LocalDate.of(2026, 11, 6), TODAY);
        PackContents contents = new PackContents(new PackContents.Cover("Jane Smith", List.of(), "John Smith",
                List.of(), Optional.empty(), cmsInvolved ? "CMS Direct Pay" : "Private arrangement", cmsInvolved,
                TODAY), period, Set.of(PackSection.SUMMARY, PackSection.STANDING, PackSection.SCHEDULE),
                new PackContents.Summary(Money.ZERO, schedule.owedNow(), Money.ofPence(25000), Money.ZERO,
                        Optional.of(LocalDate.of(2026, 11, 6)), Optional.empty(), Map.of()),
                schedule.lines(period.from(), TODAY, EnumSet.allOf(LineStatus.class)),
                MoneyReceived.of(schedule, period.from(), period.from()), List.of(), List.of(), List.of(), List.of(),
                List.of(), Optional.of(standing), Optional.empty());
        Path target = folder.resolve(cmsInvolved + "-" + System.nanoTime() + "-pack.pdf");
        new EvidencePackBuilder().build(contents, target, PackProgress.NONE, () -> false);
        return String.join("\n", EvidencePackBuilderTest.pageTexts(target)).replaceAll("\\s+", " ");
    }

    @Test
    void aPrivateArrangementsPackSaysTheCmsIsNotInvolvedAndWhatCanBeDone() throws Exception {
        String text = packText(false);
        for (String cms : List.of("Collect and Pay fee", "The CMS decides", "No arrears figure from the CMS",
                "the CMS may attribute", "No complaint to the CMS, decision to challenge or enforcement step")) {
            assertFalse(text.contains(cms), cms + "\n" + text);
        }
        assertTrue(text.contains("CMS case reference None: the CMS is not involved"), text);
        assertTrue(text.contains("Maintenance is paid under a private arrangement, so the CMS is not involved: there "
                + "is no complaint to the CMS, decision to challenge or enforcement step. The CMS cannot collect what "
                + "was missed under a private arrangement; the parent can ask it to arrange maintenance from now "
                + "on."), text);
    }

    /**
     * A CMS case whose reference the parent chose to add later: the cover said "Not recorded", where the app says
     * "Not added yet" (the Case page). The cover says the app's words.
     */
    @Test
    void aCmsCasesPackStillSaysWhatTheCmsDoes() throws Exception {
        String text = packText(true);
        assertTrue(text.contains("CMS case reference Not added yet"), text);
        assertFalse(text.contains("CMS case reference Not recorded"), text);
        assertTrue(text.contains("before any Collect and Pay fee"), text);
        assertTrue(text.contains("The CMS decides"), text);
        assertTrue(text.contains("No complaint to the CMS, decision to challenge or enforcement step"), text);
    }

    /**
     * A reviewer logged a letter of kind "Complaint" to the other parent, Chris Green, on a case only ever private:
     * the pack then listed a complaint to the CMS with its targets. The letter went to the other parent, so the pack
     * says what it says for any private case: no CMS complaint or decision.
     */
    @Test
    void aComplaintLetterToTheOtherParentIsNoCmsComplaintInThePack() throws Exception {
        uk.cml.domain.correspondence.SentLetter toChris = uk.cml.domain.standing.PrivateLetterToTheOtherParentTestAccess
                .complaintTo("Chris Green", "12 Elm Road\nLeeds\nLS1 1AA");
        StandingReport standing = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(toChris), List.of(), List.of(), List.of(), TODAY);
        String text = packText(false, standing);
        for (String cms : List.of("acknowledge", "Complaint to CMS", "complaint to the CMS is recorded",
                "reconsideration", "Counts as delivered", "Stage")) {
            assertFalse(text.contains(cms), cms + "\n" + text);
        }
        assertTrue(text.contains("Maintenance is paid under a private arrangement, so the CMS is not involved"), text);
    }
    /**
     * The Where it stands page lists, under a private arrangement too, the reply a posted letter waits for (its dates
     * to watch): the pack lists it after saying the CMS is not involved.
     */
    @Test
    void aLetterToTheOtherParentWaitingForAReplyIsListed() throws Exception {
        LocalDate posted = LocalDate.of(2026, 11, 20);
        uk.cml.domain.correspondence.SentLetter toChris = new uk.cml.domain.correspondence.SentLetter(7, 1, posted,
                Optional.of(posted), new uk.cml.domain.correspondence.Recipient(Optional.empty(), "Chris Green",
                "12 Elm Road\nLeeds\nLS1 1AA"), "Missed payments", uk.cml.domain.correspondence.LetterKind.OTHER,
                Optional.empty(), Optional.of(uk.cml.domain.correspondence.PostingMethod.FIRST_CLASS),
                uk.cml.domain.correspondence.ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 12, 11)),
                Optional.empty());
        StandingReport standing = StandingReport.build(SeededFacts.calendar(), SeededFacts.published(),
                List.of(toChris), List.of(), List.of(), List.of(), TODAY);
        assertTrue(standing.letterReplies().size() == 1, "the page lists it: " + standing.letterReplies());
        String text = packText(false, standing);
        assertTrue(text.contains("Maintenance is paid under a private arrangement, so the CMS is not involved"), text);
        assertTrue(text.contains("Letters waiting for a reply"), text);
        assertTrue(text.contains("Missed payments (to Chris Green) 20 Nov 2026 11 Dec 2026 Waiting"), text);
    }
}
