package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/**
 * Under Collect and Pay what reaches the parent is what is left after the CMS's fee, so a figure before the fee cannot
 * be what "had not reached me". The letters say the figure before the fee was not paid, and about how much of it would
 * have reached the parent after the fee: the Payments page's figure, the After fee column less what arrived.
 */
class CollectAndPayFeeWordsTest {

    /** The reviewer's case: £45.00 weekly from 7 Sep 2026, £38.50 from 9 Nov, 4%, four sums from the CMS. */
    static ArrearsSchedule reviewerCase() {
        List<PaymentPlan> plans = List.of(
                new PaymentPlan(0, Money.of(new BigDecimal("45.00")), PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 7), "CMS"),
                new PaymentPlan(0, Money.of(new BigDecimal("38.50")), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 9), "CMS"));
        List<Payment> paid = List.of(cms(LocalDate.of(2026, 9, 14), "45.00", null),
                cms(LocalDate.of(2026, 9, 21), "45.00", null), cms(LocalDate.of(2026, 10, 5), "20.00", null),
                cms(LocalDate.of(2026, 10, 16), "45.00", LocalDate.of(2026, 10, 12)));
        return new ArrearsCalculator().calculate(plans, paid, List.of(), LocalDate.of(2026, 12, 5),
                FeeRule.of(new BigDecimal("4")));
    }

    private static Payment cms(LocalDate date, String amount, LocalDate forDue) {
        return new Payment(0, date, Money.of(new BigDecimal(amount)), PaymentMethod.THROUGH_CMS, "", "",
                Optional.ofNullable(forDue));
    }

    private static String letter(LetterTemplate template) throws Exception {
        LetterFacts complete = Facts.complete(template);
        LetterFacts.CaseDetails c = complete.caseDetails();
        LetterFacts facts = Facts.addressed(template, complete.toBuilder().caseDetails(new LetterFacts.CaseDetails(
                c.otherParentName(), c.otherParentAddress(), c.cmsReference(), Arrangement.COLLECT_AND_PAY,
                c.childrenFirstNames(), c.otherParentWork(), Optional.empty(), false))
                .arrears(ArrearsDetails.from(reviewerCase())).build());
        return new ReadBack(template, facts).flat();
    }

    @Test
    void theEnforcementRequestSaysTheFigureBeforeTheFeeWasNotPaidAndWhatWouldHaveReachedMe() throws Exception {
        String text = letter(LetterTemplates.ENFORCEMENT_REQUEST);
        assertTrue(text.contains("By my records, £397.53 of the maintenance due was outstanding on 5 Dec 2026; "
                + "after your Collect and Pay fee, about £381.64 of it should have reached me and had not. It has been "
                + "owed to me without a break since the payment due on 7 Sep 2026."), text);
        assertFalse(text.contains("been paid"), "under Collect and Pay the parent does not know what was paid: " + text);
        assertFalse(text.contains("before any Collect and Pay fee) had not reached me"), text);
    }

    @Test
    void theComplaintAboutCollectionSaysTheSame() throws Exception {
        String text = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertTrue(text.contains("By my records, £397.53 of the child maintenance due to me was outstanding on "
                + "5 Dec 2026; after your Collect and Pay fee, about £381.64 of it should have reached me and had not. I do not "
                + "know whether it was not collected from Jordan Reed, or was collected and not passed on to me."), text);
        assertFalse(text.contains("before any Collect and Pay fee) had not reached me"), text);
    }

    @Test
    void theLetterToTheOtherParentSaysTheSame() throws Exception {
        String text = letter(LetterTemplates.OTHER_PARENT);
        assertTrue(text.contains("£397.53 of the maintenance due has not reached me through the Child Maintenance "
                + "Service; after the Collect and Pay fee, about "
                + "£381.64 of it should have reached me and has not."), text);
        assertFalse(text.contains("been paid"), "under Collect and Pay the parent does not know what was paid: " + text);
        assertFalse(text.contains("before the Collect and Pay fee has not reached me"), text);
    }
}
