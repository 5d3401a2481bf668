package uk.cml.app;

import uk.cml.store.SeededFacts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.templates.ArrearsDetails;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.ComplaintDetails;
import uk.cml.letters.templates.Deadlines;
import uk.cml.letters.templates.DecisionDetails;
import uk.cml.letters.templates.EarlierLetter;
import uk.cml.letters.templates.EnforcementDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LossItem;
import uk.cml.letters.templates.SettlementDetails;
import uk.cml.letters.templates.WriteOffDetails;

/**
 * Three made-up cases every letter is rendered for: Direct Pay with a complaint history, Collect and Pay with a
 * write-off proposal after the paying parent died, and a private arrangement. Dated Tuesday 15 December 2026, so
 * the deadlines cross Christmas, Boxing Day and New Year's Day.
 */
final class LetterCases {

    static final LocalDate DATE = LocalDate.of(2026, 12, 15);

    /** {@code complete}: every letter has all it needs from this case. */
    record Case(String name, LetterFacts facts, boolean complete) {
        @Override
        public String toString() {
            return name;
        }
    }

    private LetterCases() {
    }

    static List<Case> all() {
        return List.of(directPayWithComplaints(), collectAndPayDeceased(), privateArrangement());
    }

    static Case directPayWithComplaints() {
        LetterFacts facts = base("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"), Arrangement.DIRECT_PAY,
                WorkSituation.EMPLOYED, null)
                .call(new CallDetails(DATE.minusDays(3), LocalTime.of(9, 5), CallDirection.I_CALLED, "Priya",
                        "Arrears team", "", "I said the November payment had not arrived",
                        "a letter to me about the arrears", DATE.plusDays(10), false))
                .arrears(ArrearsDetails.from(schedule(Money.ofPence(21050), 6)))
                .earlierLetter(new EarlierLetter(DATE.minusDays(40), "the missed payments", DATE.minusDays(40),
                        "first class post", "CP 4821 0093"))
                .effectOnChild(List.of("I have fallen behind with the rent", "Mia has no winter coat"))
                .complaint(new ComplaintDetails(DATE.minusMonths(4), "Payments stopped in September",
                        "No arrears notice was sent", EnumSet.allOf(ComplaintDetails.Remedy.class),
                        "send Jordan Reed an arrears notice", DATE.minusDays(70), DATE.minusDays(50),
                        DATE.minusDays(20), "by email", "none", "The reply does not say when action will be taken"))
                .losses(List.of(new LossItem("Overdraft charges", Money.ofPence(1800), "3 charges of £6.00")))
                .decision(new DecisionDetails(DATE.minusDays(10), "the weekly amount from 1 December 2026",
                        "the income used is two years old", ""))
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of(new EnforcementDetails.Tried(
                        EnforcementDetails.Step.ARREARS_NOTICE, DATE.minusDays(30)))))
                .settlement(new SettlementDetails(DATE.minusDays(4), Money.ofPence(50000),
                        SettlementDetails.Decision.DECLINE, List.of()))
                .writeOff(new WriteOffDetails(DATE.minusDays(35), null, "the arrears would pay the rent I owe", ""))
                .build();
        return new Case("Direct Pay with a complaint history", facts, true);
    }

    static Case collectAndPayDeceased() {
        LocalDate died = DATE.minusMonths(5);
        LetterFacts facts = base("Alex Morgan", List.of("Flat 2", "19 High Street", "York", "YO1 7HJ"),
                Arrangement.COLLECT_AND_PAY, WorkSituation.SELF_EMPLOYED, died)
                .arrears(ArrearsDetails.from(schedule(Money.ofPence(30000), 8)))
                .writeOff(new WriteOffDetails(DATE.minusDays(40), Money.ofPence(240000),
                        "the arrears would repay what I borrowed for the children's clothes",
                        "Sam Morgan, 4 Ash Road, York YO10 3PQ"))
                .enforcement(new EnforcementDetails(null, "", true, List.of(
                        new EnforcementDetails.Tried(EnforcementDetails.Step.DEDUCTION_FROM_ACCOUNT,
                                DATE.minusMonths(7)))))
                .complaint(new ComplaintDetails(null, "Nobody replied about the estate", "No reply in 3 months",
                        EnumSet.of(ComplaintDetails.Remedy.EXPLANATION), "", DATE.minusDays(60), DATE.minusDays(30),
                        DATE.minusMonths(7), "by post", "large print", "It does not answer my question"))
                .decision(new DecisionDetails(DATE.minusMonths(2), "the date the arrears were calculated to",
                        "it leaves out October", "I was in hospital"))
                .settlement(new SettlementDetails(DATE.minusDays(2), Money.ofPence(120000),
                        SettlementDetails.Decision.ACCEPT, List.of("paid by 31 January 2027")))
                .earlierLetter(new EarlierLetter(DATE.minusDays(21), "", DATE.minusDays(20), "", ""))
                .call(new CallDetails(DATE.minusDays(1), LocalTime.of(14, 30), CallDirection.CMS_CALLED, "Tom Lee",
                        "", "TL12", "I asked about the estate", "", null, false))
                .build();
        return new Case("Collect and Pay, write-off, paying parent died", facts, false);
    }

    static Case privateArrangement() {
        LetterFacts facts = base("Chris Patel", List.of("8 Park View", "Leicester", "LE2 1XY"), Arrangement.PRIVATE,
                WorkSituation.NOT_KNOWN, null)
                .arrears(ArrearsDetails.from(schedule(Money.ofPence(4000), 10)))
                .build();
        return new Case("Private arrangement", facts, false);
    }

    private static LetterFacts.Builder base(String other, List<String> otherAddress, Arrangement arrangement,
            WorkSituation work, LocalDate died) {
        Optional<CmsReference> reference = arrangement.involvesCms() ? Optional.of(new CmsReference("121298765432"))
                : Optional.empty();
        return LetterFacts.builder(new LetterFacts.Contact("Robin Ellis", List.of("22 Elm Grove", "Leeds", "LS7 3QP"),
                        "07700 900777", ""),
                new LetterFacts.CaseDetails(other, otherAddress, reference, arrangement, List.of("Mia"), work,
                        Optional.ofNullable(died), false), DATE).niNumber("QQ 12 34 56 A")
                .deadlines(new Deadlines(SeededFacts.calendar(), SeededFacts.published()));
    }

    /** Monthly dues on the 10th for 12 months to December 2026; the last {@code unpaid} are not paid. */
    private static ArrearsSchedule schedule(Money monthly, int unpaid) {
        LocalDate first = LocalDate.of(2026, 1, 10);
        List<Payment> payments = new ArrayList<>();
        for (int month = 0; month < 12 - unpaid; month++) {
            payments.add(new Payment(0, first.plusMonths(month), monthly, PaymentMethod.BANK_TRANSFER, "", ""));
        }
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, monthly, PaymentFrequency.MONTHLY, first, "CMS letter")), payments,
                List.of(), DATE, FeeRule.NONE);
    }
}
