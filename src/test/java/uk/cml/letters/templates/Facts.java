package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.CmsReference;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
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

/** A complete, made-up set of facts dated 22 November 2026, and variations of it for the tests. */
final class Facts {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    static final LetterFacts.Contact CMS_GENERAL = new LetterFacts.Contact("Child Maintenance Service",
            List.of("PO Box 249", "Mitcheldean", "GL17 1AJ"));
    static final LetterFacts.Contact CMS_COLLECTION = new LetterFacts.Contact("Child Maintenance Service 21",
            List.of("Mail Handling Site A", "Wolverhampton", "WV98 2BU"));
    static final LetterFacts.Contact ICE = new LetterFacts.Contact("Independent Case Examiner",
            List.of("PO Box 209", "Bootle", "L20 7WA"));

    /** The calendar and the published figures, as the facts table holds them when nothing has been changed. */
    static final Deadlines DEADLINES = new Deadlines(SeededFacts.calendar(), SeededFacts.published());

    private Facts() {
    }

    static LetterFacts.Builder bare() {
        return LetterFacts.builder(
                new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close", "Leeds", "LS6 2AB"),
                        "07700 900123", "sam@example.com"),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia", "Leo")),
                DATE).niNumber("AB 12 34 56 C").deadlines(DEADLINES);
    }

    /** Every detail filled: no template should find anything missing. */
    static LetterFacts complete(LetterTemplate template) {
        return addressed(template, complete(schedule()));
    }

    /**
     * {@link #complete(LetterTemplate)} with the case on {@code arrangement} since the start and only what set-up asks
     * of it: the other parent's name and address, the reference and the children (work not known, no death, the
     * address not kept private).
     */
    static LetterFacts complete(LetterTemplate template, Arrangement arrangement) {
        LetterFacts complete = complete(template);
        LetterFacts.CaseDetails c = complete.caseDetails();
        return complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(c.otherParentName(),
                c.otherParentAddress(), c.cmsReference(), arrangement, c.childrenFirstNames())).build();
    }

    /** The facts with the recipient the app suggests for this template on this case. */
    static LetterFacts addressed(LetterTemplate template, LetterFacts facts) {
        return facts.toBuilder().recipient(recipientFor(template.recipientRole(facts))).build();
    }

    static LetterFacts.Contact recipientFor(RecipientRole role) {
        return switch (role) {
            case CMS_GENERAL -> CMS_GENERAL;
            case CMS_COLLECTION -> CMS_COLLECTION;
            case ICE -> ICE;
            case OTHER_PARENT -> LetterFacts.Contact.NONE;
        };
    }

    static LetterFacts complete(ArrearsSchedule schedule) {
        return bare()
                .call(new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42), CallDirection.I_CALLED,
                        "Priya Shah", "Direct Pay", "PS4471", "I said two payments were missed", "write to Jordan Reed",
                        LocalDate.of(2026, 12, 4), false))
                .arrears(ArrearsDetails.from(schedule))
                .earlierLetter(new EarlierLetter(LocalDate.of(2026, 10, 18), "Missed Direct Pay payments",
                        LocalDate.of(2026, 10, 19), "first class post", "CP 4821 0093").kept(true, true))
                .effectOnChild(List.of("I have fallen behind with the rent", "No money for school uniform"))
                .complaint(new ComplaintDetails(LocalDate.of(2026, 8, 22), "Payments stopped",
                        "No arrears notice was sent", EnumSet.allOf(ComplaintDetails.Remedy.class),
                        "Send an arrears notice", LocalDate.of(2026, 9, 23), LocalDate.of(2026, 10, 13),
                        LocalDate.of(2026, 10, 22), "by email", "large print",
                        "The reply does not say when an arrears notice will be sent")
                        .withKept(EnumSet.allOf(ComplaintDetails.Kept.class)))
                .caseDetails(new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia", "Leo"),
                        WorkSituation.EMPLOYED, Optional.of(LocalDate.of(2026, 9, 30)), false))
                .decision(new DecisionDetails(LocalDate.of(2026, 11, 10), "the weekly amount of maintenance",
                        "The income used is two years old", "", true))
                .enforcement(new EnforcementDetails(null, "Acme Ltd", false, List.of()))
                .losses(List.of(new LossItem("Overdraft charges", Money.ofPence(1800), "3 charges of £6.00")))
                .writeOff(new WriteOffDetails(LocalDate.of(2026, 11, 12), Money.ofPence(53150), "I have debts",
                        "Carol Reed, 3 Mill Lane, Bradford"))
                .settlement(new SettlementDetails(LocalDate.of(2026, 11, 17), Money.ofPence(31890),
                        SettlementDetails.Decision.ACCEPT, List.of("Paid by 20 December 2026")))
                .build();
    }

    /**
     * £210.50 due on the 1st of each month from 1 March 2026 to 1 November 2026: March to August paid,
     * 1 Sep part paid (£100.00), 1 Oct and 1 Nov missed; £531.50 owed. The CMS said £310.50 on 4 October 2026.
     */
    static ArrearsSchedule schedule() {
        return schedule(List.of(new Adjustment(0, LocalDate.of(2026, 10, 4), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Money.ofPence(31050), "")));
    }

    /** The same dues and payments, with these CMS figures (or write-offs, offsets, settlements) instead. */
    static ArrearsSchedule schedule(List<Adjustment> adjustments) {
        LocalDate first = LocalDate.of(2026, 3, 1);
        Money monthly = Money.ofPence(21050);
        List<Payment> payments = new ArrayList<>();
        for (int month = 0; month < 7; month++) {
            payments.add(new Payment(0, first.plusMonths(month).plusDays(1), month == 6 ? Money.ofPence(10000)
                    : monthly, PaymentMethod.BANK_TRANSFER, "", ""));
        }
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, monthly, PaymentFrequency.MONTHLY, first, "CMS letter")), payments,
                adjustments, DATE, FeeRule.NONE);
    }

    /** {@code weeks} weekly dues of £65.00, none paid, ending before 22 November 2026. */
    static ArrearsSchedule unpaidWeeks(int weeks) {
        LocalDate first = DATE.minusWeeks(weeks);
        return new ArrearsCalculator().calculate(
                List.of(new PaymentPlan(0, Money.ofPence(6500), PaymentFrequency.WEEKLY, first, "CMS letter")),
                List.of(), List.of(), DATE.minusDays(1), FeeRule.NONE);
    }
}
