package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
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
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * A Direct Pay complaint names one by one only the dues a report on record told the CMS of; what else is owed is one
 * line. That line says which payments it is about and stands at its place by date (a reviewer read "Other payments
 * due: £143.00 still owed on them." first, above the September dues it came after, and could not tell which weeks).
 */
@DisplayName("A complaint's line for the dues not yet reported says their dates and comes after the earlier ones")
class ComplaintNamesLaterDuesByDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Payment paid(int month, long pence) {
        return new Payment(0, LocalDate.of(2026, month, 1), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    @Test
    @DisplayName("August and September reported on 20 Sep; October part paid, November and December missed since")
    void laterDuesAfterTheReportedOnes() throws IOException {
        List<Payment> payments = new ArrayList<>();
        for (int month : new int[] {1, 2, 3, 4, 5, 6, 7}) {
            payments.add(paid(month, 25000));
        }
        payments.add(paid(10, 10000));
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(25000),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 1), "CMS letter")), payments, List.of(), TODAY,
                FeeRule.NONE);
        ArrearsDetails arrears = ArrearsDetails.from(schedule, ArrangementHistory.since(Arrangement.DIRECT_PAY),
                Optional.of(LocalDate.of(2026, 9, 20)));
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        LetterFacts facts = Facts.addressed(complaint, Facts.complete(schedule).toBuilder().letterDate(TODAY)
                .arrears(arrears).build());
        String text = new ReadBack(complaint, facts).flat();
        String later = "Payments due from 1 Oct 2026 to 1 Dec 2026: £650.00 still owed on them.";
        assertTrue(text.contains(later), text);
        assertFalse(text.contains("Other payments due"), text);
        assertTrue(text.indexOf("1 Sep 2026: £250.00 was due.") < text.indexOf(later), "oldest first: " + text);
    }
}
