package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.SeveralDues;

/**
 * The note under a payment worth several dues named four or more as "4 payments due, from Mon 2 Nov 2026 to Mon 23
 * Nov 2026", which reads as every due between, as the payments list's "3 dues, ... to ..." did (rv2). It names each.
 */
class SeveralDuesNoteWordsTest {

    @Test
    void fourOrMoreDuesAreEachNamed() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<PaymentPlan> plans = List.of(new PaymentPlan(0, Money.ofPence(50_00), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 2), "CMS letter"));
        Payment four = new Payment(0, today, Money.ofPence(200_00), PaymentMethod.BANK_TRANSFER, "", "");
        String note = SeveralDues.of(four, List.of(), payments -> new ArrearsCalculator().calculate(plans, payments,
                List.of(), today, FeeRule.NONE)).map(found -> SeveralDuesNote.text(found, four.amount()))
                .orElseThrow();
        assertTrue(note.contains("the 4 payments due on Mon 2 Nov 2026, Mon 9 Nov 2026, Mon 16 Nov 2026 and Mon 23 "
                + "Nov 2026"), note);
        assertFalse(note.contains(", from "), note);
    }
}
