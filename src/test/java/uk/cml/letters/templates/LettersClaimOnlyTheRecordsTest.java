package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.evidence.CallDirection;

/**
 * Every sentence a letter prints is one the parent's records (bank statement, call log, letters posted) or the CMS's
 * own records bear out, for awkward records: nothing ever paid, everything paid, in credit, paid late, Collect and Pay
 * with its fee, a new case with nothing due yet, a call with no name taken. Each letter is read back from its PDF.
 */
class LettersClaimOnlyTheRecordsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
    private static final Money MONTHLY = Money.ofPence(21050);

    /** £210.50 due on the 1st of each month from 1 Mar 2026; each payment given as days after its due and pence. */
    private static ArrearsSchedule monthly(int daysAfter, long pence, int months, FeeRule fee, PaymentMethod how,
            Payment... extra) {
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            payments.add(new Payment(0, FIRST.plusMonths(i).plusDays(daysAfter), Money.ofPence(pence), how, "", ""));
        }
        payments.addAll(List.of(extra));
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, MONTHLY, PaymentFrequency.MONTHLY, FIRST, "CMS letter")), payments,
                List.of(), Facts.DATE, fee);
    }

    static ArrearsSchedule nothingEverPaid() {
        return monthly(0, 21050, 0, FeeRule.NONE, PaymentMethod.BANK_TRANSFER);
    }

    static ArrearsSchedule everythingPaid() {
        return monthly(0, 21050, 9, FeeRule.NONE, PaymentMethod.BANK_TRANSFER);
    }

    static ArrearsSchedule inCredit() {
        return monthly(0, 21050, 9, FeeRule.NONE, PaymentMethod.BANK_TRANSFER,
                new Payment(0, LocalDate.of(2026, 11, 10), Money.ofPence(30000), PaymentMethod.BANK_TRANSFER, "", ""));
    }

    static ArrearsSchedule allPaidLate() {
        return monthly(6, 21050, 9, FeeRule.NONE, PaymentMethod.BANK_TRANSFER);
    }

    /** Collect and Pay with the 4% fee: £202.08 passed on for each month to September, then nothing. */
    static ArrearsSchedule collectAndPay() {
        return monthly(3, 20208, 7, FeeRule.of(new BigDecimal("4")), PaymentMethod.THROUGH_CMS);
    }

    /** A case whose first payment is due after the letter's date. */
    static ArrearsSchedule newCase() {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, MONTHLY, PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 12, 1), "CMS letter")), List.of(), List.of(), Facts.DATE, FeeRule.NONE);
    }

    private static LetterFacts facts(LetterTemplate template, ArrearsSchedule schedule, Arrangement arrangement) {
        LetterFacts complete = Facts.complete(schedule);
        LetterFacts.CaseDetails c = complete.caseDetails();
        // The paying parent is alive: only the write-off tests of an estate record a death.
        return Facts.addressed(template, complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(
                c.otherParentName(), c.otherParentAddress(), c.cmsReference(), arrangement, c.childrenFirstNames(),
                c.otherParentWork(), Optional.empty(), false)).build());
    }

    private static String letter(LetterTemplate template, ArrearsSchedule schedule) throws IOException {
        return new ReadBack(template, facts(template, schedule, Arrangement.DIRECT_PAY)).flat();
    }

    @Nested
    @DisplayName("the money lost is claimed only as the CMS's mistakes or delays, not as 'the CMS's error'")
    class MoneyLost {

        @Test
        @DisplayName("each complaint letter with losses says what it claims, and never asserts an error")
        void mistakesOrDelays() throws IOException {
            for (LetterTemplate template : List.of(LetterTemplates.COLLECTION_COMPLAINT,
                    LetterTemplates.SENIOR_REVIEW, LetterTemplates.ICE_COMPLAINT)) {
                String text = new ReadBack(template, Facts.complete(template)).flat();
                assertTrue(text.contains("I lost these amounts because of the CMS's mistakes or delays in my case, "
                        + "each shown with how it was worked out:"), template + ": " + text);
                assertTrue(text.contains("Pay me £18.00 for the money I lost because of the CMS's mistakes or delays, "
                        + "set out under \"Money I lost\"."), template + ": " + text);
                assertFalse(text.contains("CMS's error"), template + ": " + text);
            }
        }
    }

    @Nested
    @DisplayName("the arrears table's matching is said as the parent's method")
    class Matching {

        @Test
        @DisplayName("money that arrived late is matched by me, not 'money paid late' stated as a rule")
        void saidAsMine() throws IOException {
            String text = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY,
                    Facts.complete(LetterTemplates.MISSED_DIRECT_PAY)).flat();
            assertTrue(text.contains("The first table below lists each payment due since 1 Jun 2026, what was "
                    + "paid towards it, and the balance owed at the end of the day before the next one was "
                    + "due (for the last, on 22 Nov 2026). "
                    + "The second table lists each payment I received since 1 Jun 2026, on the day it "
                    + "arrived."), text);
            // How the money was matched, as a note under the table of dues (on page 1 it pushed the tables down).
            assertTrue(text.indexOf("How I matched the money:") > text.indexOf("Payments due Date due")
                    && text.indexOf("How I matched the money:") < text.indexOf("Payments I received since"), text);
            assertTrue(text.contains("How I matched the money: a payment counts for the payment due on the day it "
                    + "arrived, or the latest one due before that. Money that arrives up to 7 days before a payment is due "
                    + "counts for that one instead. If I know which payment it was for, it counts for that one first. "
                    + "Anything left over pays the oldest payment still owed, then the next oldest. Anything left after that is "
                    + "kept for the next payments due."), text);
            assertFalse(text.contains("money paid late"), text);
        }

        @Test
        @DisplayName("with nothing ever paid there is nothing to match, so the letter says nothing of matching")
        void nothingToMatch() throws IOException {
            String text = letter(LetterTemplates.MISSED_DIRECT_PAY, nothingEverPaid());
            // Owed since March under Direct Pay with no report on record: the CMS has been told of none of it, so
            // the list goes back to where the arrears began, past the six months a letter otherwise lists.
            assertTrue(text.contains("The table below lists each payment due since 1 Mar 2026, what was paid "
                    + "towards it, and the balance owed at the end of the day before the next one was due (for the last, "
                    + "on 22 Nov 2026)."), text);
            assertFalse(text.contains("I matched money"), text);
            assertTrue(text.contains("I received no payments at all between 1 Mar 2026 and 22 Nov 2026."),
                    text);
        }
    }

    @Test
    @DisplayName("a letter to the CMS names the parents' roles, never 'I receive child maintenance' when none arrives")
    void rolesNotReceipt() throws IOException {
        for (LetterTemplate template : List.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.ENFORCEMENT_REQUEST,
                LetterTemplates.SUBJECT_ACCESS)) {
            String text = letter(template, nothingEverPaid());
            assertFalse(text.contains("I receive child maintenance"), template.key() + ": " + text);
            assertTrue(text.contains("My name is Sam Taylor. I am the receiving parent for my children Mia and Leo, "
                    + "and Jordan Reed is the paying parent."), template.key() + ": " + text);
        }
        // With a death recorded, the paying parent "was".
        String estate = new ReadBack(LetterTemplates.WRITE_OFF_REPLY, Facts.complete(LetterTemplates.WRITE_OFF_REPLY))
                .flat();
        assertTrue(estate.contains("and Jordan Reed was the paying parent."), estate);
    }

    @Test
    @DisplayName("the request to enforce does not fit when the records show nothing owed, and says why, not gaps")
    void enforcementWithNothingOwed() {
        for (ArrearsSchedule schedule : List.of(everythingPaid(), inCredit())) {
            for (Arrangement arrangement : List.of(Arrangement.COLLECT_AND_PAY, Arrangement.DIRECT_PAY)) {
                LetterFacts facts = facts(LetterTemplates.ENFORCEMENT_REQUEST, schedule, arrangement);
                assertEquals(Optional.of("By your records nothing is owed on 22 Nov 2026, so there are no "
                        + "arrears to ask the CMS to enforce. If payments were missed, record the payment plan and the "
                        + "money that arrived on the Payments page first."),
                        LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(facts), arrangement.name());
                // Still the letter offered for missed payments on Collect and Pay: the one to the other parent is no
                // better, and the writer says why this one does not fit.
                assertEquals(arrangement == Arrangement.COLLECT_AND_PAY ? LetterTemplates.ENFORCEMENT_REQUEST
                        : LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.forMissedPayments(facts));
            }
        }
        LetterFacts owed = facts(LetterTemplates.ENFORCEMENT_REQUEST, nothingEverPaid(), Arrangement.COLLECT_AND_PAY);
        assertEquals(Optional.empty(), LetterTemplates.ENFORCEMENT_REQUEST.doesNotFit(owed), "money owed: it fits");
    }

    @Nested
    @DisplayName("the request to move to Collect and Pay")
    class CollectAndPay {

        @Test
        @DisplayName("with everything paid on time claims no missed payment and asks nothing about arrears")
        void whenEverythingPaid() throws IOException {
            LetterFacts facts = facts(LetterTemplates.COLLECT_AND_PAY, everythingPaid(), Arrangement.DIRECT_PAY);
            String text = new ReadBack(LetterTemplates.COLLECT_AND_PAY, facts).flat();
            for (String claim : List.of("has not paid", "not received", "cannot rely", "arrived late",
                    "collect the arrears")) {
                assertFalse(text.contains(claim), claim + ": " + text);
            }
            assertTrue(LetterTemplates.COLLECT_AND_PAY.draft(facts).warnings().stream()
                    .anyMatch(w -> w.message().contains("no reason")), "the parent is told the letter gives none");
        }

        @Test
        @DisplayName("with the records empty claims no missed payment either")
        void noRecords() throws IOException {
            String text = new ReadBack(LetterTemplates.COLLECT_AND_PAY,
                    Facts.addressed(LetterTemplates.COLLECT_AND_PAY, Facts.bare().build())).flat();
            assertFalse(text.contains("has not paid") || text.contains("cannot rely"), text);
        }

        @Test
        @DisplayName("with every payment late says how many arrived late, and claims nothing owed")
        void paidLate() throws IOException {
            String text = letter(LetterTemplates.COLLECT_AND_PAY, allPaidLate());
            assertTrue(text.contains("By my records, all 6 payments due since 1 Jun 2026 arrived late. I cannot "
                    + "rely on payments arriving when they should"), text);
            assertFalse(text.contains("has not paid") || text.contains("collect the arrears"), text);
        }

        @Test
        @DisplayName("with part of each payment late says only part of each arrived late")
        void paidPartLate() throws IOException {
            // £110.50 on each due's day and £100.00 6 days later: each due paid in full, only its £100.00 late.
            List<Payment> rest = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                rest.add(new Payment(0, FIRST.plusMonths(i).plusDays(6), Money.ofPence(10000),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
            String text = letter(LetterTemplates.COLLECT_AND_PAY, monthly(0, 11050, 9, FeeRule.NONE,
                    PaymentMethod.BANK_TRANSFER, rest.toArray(Payment[]::new)));
            assertTrue(text.contains("By my records, all 6 payments due since 1 Jun 2026 arrived late, each only in "
                    + "part. I cannot rely on payments arriving when they should"), text);
            // One due of them wholly late: the count says which part.
            List<Payment> mixed = new ArrayList<>(rest);
            mixed.add(new Payment(0, LocalDate.of(2026, 11, 3), Money.ofPence(11050), PaymentMethod.BANK_TRANSFER,
                    "", ""));
            String oneWhole = letter(LetterTemplates.COLLECT_AND_PAY, monthly(0, 11050, 8, FeeRule.NONE,
                    PaymentMethod.BANK_TRANSFER, mixed.toArray(Payment[]::new)));
            assertTrue(oneWhole.contains("By my records, all 6 payments due since 1 Jun 2026 arrived late (5 of them "
                    + "only in part)."), oneWhole);
        }

        @Test
        @DisplayName("with money owed says it was not received, by the records, and asks how the arrears are collected")
        void owed() throws IOException {
            String text = letter(LetterTemplates.COLLECT_AND_PAY, nothingEverPaid());
            assertTrue(text.contains("I have not received all the maintenance you worked out Jordan Reed should pay. "
                    + "By my records: £1,894.50 is owed."), text);
            assertTrue(text.contains("Tell me how you will collect the arrears."), text);
        }
    }

    @Nested
    @DisplayName("the complaint about how arrears are collected")
    class CollectionComplaint {

        private static final String ARREARS_CLAIM = "how you are collecting the arrears on my case";
        private static final String WITHOUT_ARREARS = "I am writing to make a formal complaint about how you are "
                + "handling the collection of child maintenance on my case.";

        private static boolean warned(LetterFacts facts) {
            return LetterTemplates.COLLECTION_COMPLAINT.draft(facts).warnings().stream()
                    .anyMatch(w -> w.message().startsWith("Your payment records show nothing owed, so the letter "
                            + "does not say the CMS is collecting arrears"));
        }

        @Test
        @DisplayName("with nothing owed (all paid, in credit, a new case, no records, only today's due unpaid) says "
                + "no arrears are being collected, and warns the parent")
        void nothingOwed() throws IOException {
            // On 1 Dec 2026 the October and November dues are paid; December's is due today, not missed yet.
            ArrearsSchedule onlyTodaysDue = LettersOnADueDayTest.schedule(List.of(
                    new Payment(0, LocalDate.of(2026, 10, 1), Money.ofPence(25000), PaymentMethod.BANK_TRANSFER, "",
                            ""),
                    new Payment(0, LocalDate.of(2026, 11, 2), Money.ofPence(25000), PaymentMethod.BANK_TRANSFER, "",
                            "")), LettersOnADueDayTest.TODAY);
            List<LetterFacts> all = new ArrayList<>();
            for (ArrearsSchedule schedule : List.of(everythingPaid(), inCredit(), newCase(), onlyTodaysDue)) {
                all.add(facts(LetterTemplates.COLLECTION_COMPLAINT, schedule, Arrangement.COLLECT_AND_PAY));
            }
            all.add(Facts.addressed(LetterTemplates.COLLECTION_COMPLAINT, Facts.bare().build()));
            for (LetterFacts facts : all) {
                String text = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, facts).flat();
                assertTrue(text.contains(WITHOUT_ARREARS), text);
                assertFalse(text.contains(ARREARS_CLAIM) || text.contains("in arrears"), text);
                assertTrue(warned(facts), "the parent is told before sending: " + text);
            }
        }

        @Test
        @DisplayName("with money owed complains of how the arrears are collected and says how much has not reached me")
        void owed() throws IOException {
            LetterFacts facts = facts(LetterTemplates.COLLECTION_COMPLAINT, nothingEverPaid(),
                    Arrangement.COLLECT_AND_PAY);
            String text = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, facts).flat();
            // On Collect and Pay the records show what reached the parent, not what Jordan paid the CMS.
            assertTrue(text.contains("I am writing to make a formal complaint about " + ARREARS_CLAIM + ". By my "
                    + "records, £1,894.50 of the child maintenance due to me had not reached me on 22 Nov 2026."),
                    text);
            assertFalse(text.contains(WITHOUT_ARREARS), text);
            assertFalse(warned(facts));
        }

        @Test
        @DisplayName("under Direct Pay the CMS collects nothing until it takes a step: the complaint is about how it "
                + "is dealing with the arrears, and about how it is collecting them once a step is on record")
        void directPay() throws IOException {
            LetterFacts facts = facts(LetterTemplates.COLLECTION_COMPLAINT, nothingEverPaid(), Arrangement.DIRECT_PAY);
            LetterFacts noStep = facts.toBuilder().enforcement(new EnforcementDetails(null, "", false, List.of()))
                    .build();
            String text = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, noStep).flat();
            assertTrue(text.contains("formal complaint about how you are dealing with the arrears on my case."), text);
            assertFalse(text.contains(ARREARS_CLAIM), text);
            LetterFacts stepTaken = facts.toBuilder().enforcement(new EnforcementDetails(null, "", false, List.of(
                    new EnforcementDetails.Tried(EnforcementDetails.Step.DEDUCTION_FROM_EARNINGS,
                            LocalDate.of(2026, 10, 20))))).build();
            String collected = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, stepTaken).flat();
            assertTrue(collected.contains(ARREARS_CLAIM), collected);
        }
    }

    @Nested
    @DisplayName("the request for a breakdown of the arrears")
    class Breakdown {

        @Test
        @DisplayName("in credit says nothing is owed and how far ahead, never a minus amount 'owed'")
        void whenInCredit() throws IOException {
            String text = letter(LetterTemplates.ARREARS_BREAKDOWN, inCredit());
            assertFalse(text.contains("-£"), text);
            assertTrue(text.contains("My own records show nothing owed, and payments £300.00 ahead, on 22 Nov "
                    + "2026."), text);
            assertFalse(text.contains("collect the arrears"), text);
        }

        @Test
        @DisplayName("with everything paid, or a new case, asks for no collecting and states no £0.00 'owed'")
        void nothingOwed() throws IOException {
            for (ArrearsSchedule schedule : List.of(everythingPaid(), newCase())) {
                String text = letter(LetterTemplates.ARREARS_BREAKDOWN, schedule);
                assertTrue(text.contains("My own records show nothing owed on 22 Nov 2026."), text);
                assertFalse(text.contains("£0.00 owed") || text.contains("collect the arrears"), text);
            }
        }

        @Test
        @DisplayName("with arrears owed asks the CMS not to wait, without saying it is already taking steps")
        void owed() throws IOException {
            String text = letter(LetterTemplates.ARREARS_BREAKDOWN, nothingEverPaid());
            assertTrue(text.contains("Do not wait for the breakdown to take steps to collect the arrears from Jordan "
                    + "Reed."), text);
            assertFalse(text.contains("Keep taking steps"), text);
        }
    }

    @Nested
    @DisplayName("missed payments")
    class Missed {

        @Test
        @DisplayName("the Direct Pay report says what did not arrive, not that the other parent did not pay")
        void notReceived() throws IOException {
            String text = letter(LetterTemplates.MISSED_DIRECT_PAY, nothingEverPaid());
            assertTrue(text.contains("I am writing to tell you that I have not received all the child maintenance due "
                    + "from Jordan Reed under Direct Pay."), text);
            assertFalse(text.contains("has not paid"), text);
        }

        @Test
        @DisplayName("on Collect and Pay the CMS already knows: the letter offered is the request to enforce")
        void collectAndPayCase() {
            assertEquals(LetterTemplates.ENFORCEMENT_REQUEST,
                    LetterTemplates.forMissedPayments(Arrangement.COLLECT_AND_PAY));
            assertEquals(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.forMissedPayments(Arrangement.DIRECT_PAY));
            assertEquals(LetterTemplates.OTHER_PARENT, LetterTemplates.forMissedPayments(Arrangement.PRIVATE));
            LetterFacts facts = facts(LetterTemplates.MISSED_DIRECT_PAY, collectAndPay(), Arrangement.COLLECT_AND_PAY);
            assertTrue(LetterTemplates.MISSED_DIRECT_PAY.doesNotFit(facts).orElseThrow()
                    .startsWith("Your case has been on Collect and Pay from the start."));
        }

        @Test
        @DisplayName("the enforcement request on Collect and Pay with the 4% fee states the arrears the records show")
        void collectAndPayFee() throws IOException {
            LetterFacts facts = facts(LetterTemplates.ENFORCEMENT_REQUEST, collectAndPay(),
                    Arrangement.COLLECT_AND_PAY);
            String text = new ReadBack(LetterTemplates.ENFORCEMENT_REQUEST, facts).flat();
            assertTrue(text.contains("By my records, £421.00 of the maintenance due was outstanding on 22 Nov 2026; "
                    + "after your Collect and Pay fee, about £404.16 of it should have reached me and had not. It has been owed to me without a break since the payment due on 1 Oct 2026."), text);
            assertTrue(text.contains("I have no record of being told of any enforcement action so far."), text);
            assertFalse(text.contains("No enforcement action has been taken"), text);
        }
    }

    @Test
    @DisplayName("to the other parent on Collect and Pay: what did not reach me, as the CMS may hold money paid to it")
    void otherParentOnCollectAndPay() throws IOException {
        String text = new ReadBack(LetterTemplates.OTHER_PARENT, facts(LetterTemplates.OTHER_PARENT, collectAndPay(),
                Arrangement.COLLECT_AND_PAY)).flat();
        assertTrue(text.contains("that the Child Maintenance Service worked out you should pay through its Collect and "
                + "Pay service, because some of it has not reached me."), text);
        assertTrue(text.contains("Before the CMS fee, these payments come to £842.00."), text);
        String direct = letter(LetterTemplates.OTHER_PARENT, nothingEverPaid());
        assertTrue(direct.contains("because some of it has not been paid."), direct);
    }

    @Test
    @DisplayName("accepting a settlement states the rule, not that maintenance was paid 'as before'; asks, not 'carry on'")
    void settlement() throws IOException {
        String text = letter(LetterTemplates.SETTLEMENT_REPLY, nothingEverPaid());
        assertTrue(text.contains("The payment clears the arrears only, not maintenance that falls due after it."), text);
        assertFalse(text.contains("as before") || text.contains("carry on"), text);
        String writeOff = letter(LetterTemplates.WRITE_OFF_REPLY, nothingEverPaid());
        assertFalse(writeOff.contains("carry on trying"), writeOff);
    }

    @Test
    @DisplayName("the ICE letter never says 'Adjustments I need: none' for the parent: an empty field is asked for")
    void iceAdjustments() throws IOException {
        LetterFacts complete = Facts.complete(LetterTemplates.ICE_COMPLAINT);
        ComplaintDetails c = complete.complaint().orElseThrow();
        LetterFacts facts = complete.toBuilder().complaint(new ComplaintDetails(c.happenedOn(), c.whatHappened(),
                c.whatWentWrong(), c.wants(), c.actionWanted(), c.complainedOn(), c.cmsRepliedOn(),
                c.finalResponseOn(), c.contactPreference(), "")).build();
        String text = new ReadBack(LetterTemplates.ICE_COMPLAINT, facts).flat();
        assertFalse(text.contains("Adjustments I need: none"), text);
        assertTrue(text.contains("Adjustments I need: [any adjustments you need, or none]"), text);
        assertTrue(LetterTemplates.ICE_COMPLAINT.missing(facts).contains(
                new MissingFact("any adjustments you need, or none")));
    }

    @Test
    @DisplayName("a call logged with no name taken says so, so the letter can be sent without inventing a name")
    void callWithNoName() throws IOException {
        LetterFacts facts = Facts.addressed(LetterTemplates.CONFIRM_CALL, Facts.bare().call(new CallDetails(
                LocalDate.of(2026, 11, 20), LocalTime.of(9, 5), CallDirection.I_CALLED, "", "Arrears", "",
                "I was told the payment would be chased", "", null, false)).build());
        assertEquals(List.of(), LetterTemplates.CONFIRM_CALL.missing(facts));
        String text = new ReadBack(LetterTemplates.CONFIRM_CALL, facts).flat();
        assertTrue(text.contains("I did not get the name of the person I spoke to (Arrears team)."), text);
        assertTrue(text.contains("I am writing to confirm what was said when I phoned you on 20 Nov 2026 at "
                + "09:05."), text);
        assertFalse(text.contains("confirm in writing") || text.contains("I spoke to ["), text);
    }

    @Test
    @DisplayName("the subject access letter gives both grounds the ICO allows for more time, and posting as a condition")
    void subjectAccessExtension() throws IOException {
        String text = letter(LetterTemplates.SUBJECT_ACCESS, nothingEverPaid());
        assertTrue(text.contains("only if the request is complex or I have made a number of requests, and you must "
                + "tell me so within the first month."), text);
        // The app writes the letter before it is posted: how and when it goes is the condition, not a claim. Dated
        // Sun 22 Nov 2026, it is posted on Mon 23rd, the first day Post Offices open (not "the day it is dated"):
        // deemed delivered Wed 25th; the month ends on Christmas Day, moved on past the weekend and the Boxing Day
        // substitute (Mon 28th) to Tue 29 Dec.
        assertTrue(text.contains("Posted first class on 23 Nov 2026, this letter should reach you by 25 "
                + "Nov 2026, so your reply is due by 29 Dec 2026."), text);
        assertFalse(text.contains("I am posting this letter first class"), text);
    }
}
