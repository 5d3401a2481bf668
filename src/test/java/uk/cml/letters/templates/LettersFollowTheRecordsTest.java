package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.letters.templates.EnforcementDetails.Step;
import uk.cml.letters.templates.EnforcementDetails.Tried;

/**
 * What the letters say about the arrears, the enforcement so far, the way maintenance is arranged and an earlier
 * letter is what the records show, read back from the PDF a parent would post.
 */
class LettersFollowTheRecordsTest {

    private static final LocalDate HEARD = LocalDate.of(2026, 9, 23);

    /**
     * £210.50 due on the 1st of each month from 1 Feb 2024; each paid on the 2nd except 1 Mar 2024 and
     * 1 Oct 2026, so the oldest money owed is far older than the months a letter lists.
     */
    static ArrearsSchedule longUnpaid() {
        LocalDate first = LocalDate.of(2024, 2, 1);
        Money monthly = Money.ofPence(21050);
        List<Payment> payments = new ArrayList<>();
        for (LocalDate due = first; !due.isAfter(Facts.DATE); due = due.plusMonths(1)) {
            if (!due.equals(LocalDate.of(2024, 3, 1)) && !due.equals(LocalDate.of(2026, 10, 1))) {
                payments.add(new Payment(0, due.plusDays(1), monthly, PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, monthly, PaymentFrequency.MONTHLY, first, "CMS letter")), payments,
                List.of(), Facts.DATE, FeeRule.NONE);
    }

    private static LetterFacts enforcement(WorkSituation work, Tried... tried) {
        LetterFacts complete = Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST);
        LetterFacts.CaseDetails c = complete.caseDetails();
        return complete.toBuilder()
                .caseDetails(new LetterFacts.CaseDetails(c.otherParentName(), c.otherParentAddress(),
                        c.cmsReference(), c.arrangement(), c.childrenFirstNames(), work, Optional.empty(), false))
                .enforcement(new EnforcementDetails(null, "", false, List.of(tried))).build();
    }

    @Test
    @DisplayName("the enforcement request dates the arrears from the running balance of the whole record")
    void arrearsDatedFromTheWholeSchedule() throws IOException {
        ArrearsSchedule schedule = longUnpaid();
        LetterFacts facts = Facts.complete(LetterTemplates.ENFORCEMENT_REQUEST).toBuilder()
                .arrears(ArrearsDetails.from(schedule)).build();
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts).flat();
        assertTrue(text.contains("The arrears have been owed without a break since the payment due on 1 Mar 2024."),
                text);
        assertFalse(text.contains("October 2026."), "not the start of the recent months only: " + text);
        assertEquals(LocalDate.of(2024, 3, 1), ArrearsDetails.from(schedule).owedSince());
    }

    @Test
    @DisplayName("the deduction from earnings order is described as it works: employer to the CMS, the CMS to me")
    void deductionFromEarningsGoesThroughTheCms() throws IOException {
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST,
                enforcement(WorkSituation.EMPLOYED, new Tried(Step.ARREARS_NOTICE, HEARD))).flat();
        assertTrue(text.contains("Jordan Reed's employer takes the maintenance and an amount towards the arrears "
                + "from their pay and sends it to you to pass on to me."), text);
        assertFalse(text.contains("to you straight from their pay"), text);
    }

    @Test
    @DisplayName("an enforcement request states the steps logged and asks for the next, not an arrears notice again")
    void enforcementAsksForTheNextStep() throws IOException {
        String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST,
                enforcement(WorkSituation.NOT_KNOWN, new Tried(Step.ARREARS_NOTICE, HEARD))).flat();
        assertTrue(text.contains("You sent an arrears notice (I heard of this on 23 Sep 2026)."), text);
        assertFalse(text.contains("no enforcement action has been taken"), text);
        assertFalse(text.contains("starting with an arrears notice"), text);
        assertTrue(text.contains("Take the next enforcement step that fits Jordan Reed's circumstances"), text);

        String afterOrder = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, enforcement(WorkSituation.EMPLOYED,
                new Tried(Step.ARREARS_NOTICE, HEARD), new Tried(Step.LIABILITY_ORDER, HEARD.plusDays(30)))).flat();
        assertFalse(afterOrder.contains("Make a deduction from earnings order"), afterOrder);
        assertFalse(afterOrder.contains("Apply to the magistrates' court for a liability order"), afterOrder);
        assertTrue(afterOrder.contains("Use the liability order to collect the arrears from Jordan Reed"), afterOrder);
    }

    @ParameterizedTest
    @EnumSource(EnforcementStep.class)
    @DisplayName("every step the records can hold has a letter's name, in the records' order")
    void everyRecordedStepNamed(EnforcementStep step) {
        assertEquals(step.ordinal(), Step.of(step).ordinal());
    }

    @Test
    @DisplayName("the missed Direct Pay letter does not ask for an arrears notice that is already logged")
    void missedDirectPaySkipsALoggedArrearsNotice() throws IOException {
        LetterTemplate template = LetterTemplates.MISSED_DIRECT_PAY;
        String before = new ReadBack(template, Facts.complete(template)).flat();
        assertTrue(before.contains("Send Jordan Reed an arrears notice."), "none logged, so it is asked for");
        String text = new ReadBack(template, Facts.complete(template).toBuilder().enforcement(new EnforcementDetails(
                null, "", false, List.of(new Tried(Step.ARREARS_NOTICE, HEARD)))).build()).flat();
        assertFalse(text.contains("an arrears notice."), text);
        assertTrue(text.contains("You sent an arrears notice (I heard of this on 23 Sep 2026)."), text);
        assertTrue(text.contains("Consider moving my case to Collect and Pay"), "the next step is still asked for");
    }

    private static String toOtherParent(Arrangement arrangement) throws IOException {
        return new ReadBack(LetterTemplates.OTHER_PARENT, Facts.complete(LetterTemplates.OTHER_PARENT, arrangement))
                .flat();
    }

    @Test
    @DisplayName("the letter to the other parent follows the arrangement: only a private one was agreed")
    void otherParentFollowsTheArrangement() throws IOException {
        String direct = toOtherParent(Arrangement.DIRECT_PAY);
        assertFalse(direct.contains("agreed you would pay"), direct);
        assertFalse(direct.contains("arrange maintenance from now on"), direct);
        assertTrue(direct.contains("that the Child Maintenance Service worked out you should pay me through Direct "
                + "Pay"), direct);
        assertTrue(direct.contains("I will tell the Child Maintenance Service about the missed payments and ask it to "
                + "move our case to Collect and Pay"), direct);

        String collect = toOtherParent(Arrangement.COLLECT_AND_PAY);
        assertFalse(collect.contains("agreed you would pay"), collect);
        // The parent knows what the CMS passed on, not what the other parent paid it.
        assertTrue(collect.contains("has not reached me through the Child Maintenance Service. If you have paid it to "
                + "the Child Maintenance Service, or it was taken from your pay, you need not pay it again."), collect);
        assertTrue(collect.contains("because some of it has not reached me."), collect);

        String agreed = toOtherParent(Arrangement.PRIVATE);
        assertTrue(agreed.contains("that we agreed you would pay"), agreed);
        assertTrue(agreed.contains("I will ask the Child Maintenance Service to arrange maintenance from now on."),
                agreed);
    }

    @Test
    @DisplayName("a chasing letter quotes the chased letter's subject as a title and goes where that letter went")
    void chaseQuotesTheSubjectAndKeepsTheAddress() throws IOException {
        LetterFacts.Contact cms21 = Facts.CMS_COLLECTION;
        EarlierLetter complaint = new EarlierLetter(LocalDate.of(2026, 10, 23),
                "Complaint about how the arrears are collected", LocalDate.of(2026, 10, 23), "1st class post",
                "CP 4471 3315", cms21);
        LetterFacts facts = Facts.bare().earlierLetter(complaint).build();
        LetterTemplate chase = LetterTemplates.CHASE_REPLY;
        assertEquals(Optional.of(cms21), chase.recipientFrom(facts));
        String text = new ReadBack(chase, facts.toBuilder().recipient(chase.recipientFrom(facts).orElseThrow())
                .build()).flat();
        assertTrue(text.contains("I am writing because I have had no reply to my letter of 23 Oct 2026 "
                + "(\u201cComplaint about how the arrears are collected\u201d)."), text);
        assertTrue(text.contains("Child Maintenance Service 21 Mail Handling Site A Wolverhampton WV98 2BU"), text);
        assertFalse(text.contains("Mitcheldean"), text);
        assertEquals(Optional.empty(), chase.recipientFrom(Facts.bare().earlierLetter(new EarlierLetter(
                LocalDate.of(2026, 10, 23), "Missed payments", null, "", "")).build()), "not known: the role's");
    }

    @Test
    @DisplayName("an address kept on one line is the same address as the address book's lines")
    void sameAddressWrittenEitherWay() {
        LetterFacts.Contact oneLine = new LetterFacts.Contact("Child Maintenance Service 21",
                List.of("Mail Handling Site A, Wolverhampton,  WV98 2BU"));
        assertTrue(Facts.CMS_COLLECTION.sameAddressAs(oneLine));
        assertFalse(Facts.CMS_GENERAL.sameAddressAs(oneLine));
    }
}
