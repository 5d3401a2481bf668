package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.caseinfo.WorkSituation;

/**
 * Each letter reads how the case is arranged from its one arrangement history: the arrangement in force on the
 * letter's date decides whether the letter makes sense at all and what it asks; the one each listed due fell under
 * decides how those dues are described; after a move the letters say the case moved, and on which day. Read back
 * from the PDFs.
 */
class LettersFollowTheArrangementTest {

    /** The day the CMS moved the case from Direct Pay to Collect and Pay: the letters' own date, 22 Nov 2026. */
    static final LocalDate MOVED = Facts.DATE;
    static final ArrangementHistory MOVED_TO_COLLECT_AND_PAY = ArrangementHistory.since(Arrangement.DIRECT_PAY)
            .movedOn(MOVED, Arrangement.COLLECT_AND_PAY);

    /** The complete facts on {@code schedule}, the case arranged as {@code history}, the paying parent alive. */
    static LetterFacts facts(LetterTemplate template, ArrearsSchedule schedule, ArrangementHistory history,
            EnforcementDetails.Tried... tried) {
        LetterFacts complete = Facts.complete(schedule);
        return Facts.addressed(template, complete.toBuilder()
                .caseDetails(new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), history, List.of("Mia", "Leo"),
                        WorkSituation.EMPLOYED, Optional.empty(), false))
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of(tried))).build());
    }

    static String text(LetterTemplate template, LetterFacts facts) throws IOException {
        return new ReadBack(template, facts).flat();
    }

    /**
     * £210.50 due on the 1st of each month from 1 Mar 2026, every one passed on by the CMS (less its 4% fee)
     * 3 days after its day: late by the bank statement, through no fault of the paying parent.
     */
    static ArrearsSchedule collectAndPayPassedOnLate() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            payments.add(new Payment(0, first.plusMonths(i).plusDays(3), Money.ofPence(20208),
                    PaymentMethod.THROUGH_CMS, "", ""));
        }
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, Money.ofPence(21050), PaymentFrequency.MONTHLY, first, "CMS letter")),
                payments, List.of(), Facts.DATE, FeeRule.of(new BigDecimal("4")));
    }

    @Nested
    @DisplayName("a case on Collect and Pay from the start")
    class CollectAndPayFromTheStart {

        final ArrangementHistory history = ArrangementHistory.since(Arrangement.COLLECT_AND_PAY);

        @Test
        @DisplayName("cannot make the request to move to Collect and Pay, and is told why and what to write instead")
        void noMoveToAskFor() {
            LetterFacts facts = facts(LetterTemplates.COLLECT_AND_PAY, collectAndPayPassedOnLate(), history);
            assertEquals(Optional.of("Your case has been on Collect and Pay from the start, so there is no move to "
                    + "ask for. To ask the CMS to collect the arrears, choose \"Ask the CMS to enforce the arrears\"."),
                    LetterTemplates.COLLECT_AND_PAY.doesNotFit(facts));
            assertTrue(LetterTemplates.MISSED_DIRECT_PAY.doesNotFit(facts).isPresent());
            // The arrangement does not stop the request; here everything was passed on, late, so nothing is owed.
            assertEquals(Optional.empty(), ArrangementWords.onlyPrivateArrears(facts));
            assertTrue(LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts).orElseThrow()
                    .startsWith("By your records nothing is owed on 22 Nov 2026"));
        }

        @Test
        @DisplayName("never counts the CMS's late pay-outs as the other parent's late payments")
        void lateCmsPayOutsAreNotTheOtherParents() throws IOException {
            String text = text(LetterTemplates.COLLECT_AND_PAY,
                    facts(LetterTemplates.COLLECT_AND_PAY, collectAndPayPassedOnLate(), history));
            assertFalse(text.contains("arrived late"), text);
        }
    }

    @Nested
    @DisplayName("a case moved from Direct Pay to Collect and Pay on the letter's date, its dues all under Direct Pay")
    class MovedToCollectAndPay {

        @Test
        @DisplayName("the report of missed Direct Pay payments says the case moved, and no longer asks to move it")
        void missedDirectPay() throws IOException {
            LetterFacts facts = facts(LetterTemplates.MISSED_DIRECT_PAY, Facts.schedule(), MOVED_TO_COLLECT_AND_PAY,
                    new EnforcementDetails.Tried(EnforcementDetails.Step.ARREARS_NOTICE, LocalDate.of(2026, 9, 23)));
            assertEquals(Optional.empty(), LetterTemplates.MISSED_DIRECT_PAY.doesNotFit(facts),
                    "the dues listed fell under Direct Pay: the CMS knows of them only if told");
            String text = text(LetterTemplates.MISSED_DIRECT_PAY, facts);
            assertFalse(text.contains("Consider moving my case to Collect and Pay"), text);
            assertTrue(text.contains("Take the next step to collect the arrears from Jordan Reed."), text);
            assertTrue(text.contains("As far as I know, you have already taken these steps: • You sent an arrears "
                    + "notice (I heard of this on 23 Sep 2026). • You moved the case to Collect and Pay on 22 "
                    + "Nov 2026."), text);
        }

        @Test
        @DisplayName("the request to move to Collect and Pay cannot be made, and says the case moved on that day")
        void collectAndPayRequest() {
            LetterFacts facts = facts(LetterTemplates.COLLECT_AND_PAY, Facts.schedule(), MOVED_TO_COLLECT_AND_PAY);
            assertEquals(Optional.of("Your case moved to Collect and Pay on 22 Nov 2026, so there is no move to "
                    + "ask for. To ask the CMS to collect the arrears, choose \"Ask the CMS to enforce the arrears\"."),
                    LetterTemplates.COLLECT_AND_PAY.doesNotFit(facts));
            LetterFacts before = facts.toBuilder().letterDate(MOVED.minusDays(1)).build();
            assertEquals(Optional.of("Your case is due to move to Collect and Pay on 22 Nov 2026, so there is no "
                    + "move to ask for."), LetterTemplates.COLLECT_AND_PAY.doesNotFit(before),
                    "a move the CMS has dated is not asked for again");
            LetterFacts directPay = facts(LetterTemplates.COLLECT_AND_PAY, Facts.schedule(),
                    ArrangementHistory.since(Arrangement.DIRECT_PAY));
            assertEquals(Optional.empty(), LetterTemplates.COLLECT_AND_PAY.doesNotFit(directPay),
                    "on Direct Pay throughout, the move can be asked for");
        }

        @Test
        @DisplayName("the letter to the other parent describes the dues as Direct Pay and says the case moved")
        void otherParent() throws IOException {
            String text = text(LetterTemplates.OTHER_PARENT,
                    facts(LetterTemplates.OTHER_PARENT, Facts.schedule(), MOVED_TO_COLLECT_AND_PAY));
            assertTrue(text.contains("that the Child Maintenance Service worked out you should pay me through Direct "
                    + "Pay, because some of it has not been paid. Our case moved from Direct Pay to Collect and Pay on "
                    + "22 Nov 2026."), text);
            assertFalse(text.contains("through its Collect and Pay service"), text);
        }

        @Test
        @DisplayName("the enforcement request's \"What has been tried\" includes the move, once")
        void enforcementTried() throws IOException {
            String text = text(LetterTemplates.ENFORCEMENT_REQUEST,
                    facts(LetterTemplates.ENFORCEMENT_REQUEST, Facts.schedule(), MOVED_TO_COLLECT_AND_PAY));
            assertTrue(text.contains("What has been tried, as far as I know What you have done so far to collect the "
                    + "arrears, as far as I know: • You moved the case to Collect and Pay on 22 Nov 2026."), text);
            assertFalse(text.contains("I have no record of being told of any enforcement action so far."), text);

            String ticked = text(LetterTemplates.ENFORCEMENT_REQUEST,
                    facts(LetterTemplates.ENFORCEMENT_REQUEST, Facts.schedule(), MOVED_TO_COLLECT_AND_PAY,
                            new EnforcementDetails.Tried(EnforcementDetails.Step.COLLECT_AND_PAY, MOVED)));
            assertEquals(1, ticked.split("moved the case to Collect and Pay", -1).length - 1, ticked);
        }
    }

    @Test
    @DisplayName("to the other parent, dues that span a move are not all called Direct Pay or Collect and Pay")
    void otherParentDuesSpanningAMove() throws IOException {
        ArrangementHistory history = ArrangementHistory.since(Arrangement.DIRECT_PAY)
                .movedOn(LocalDate.of(2026, 10, 15), Arrangement.COLLECT_AND_PAY);
        String text = text(LetterTemplates.OTHER_PARENT, facts(LetterTemplates.OTHER_PARENT, Facts.schedule(),
                history));
        assertTrue(text.contains("that the Child Maintenance Service worked out you should pay, because some of it "
                + "has not reached me. Our case moved from Direct Pay to Collect and Pay on 15 Oct 2026."), text);
    }
}
