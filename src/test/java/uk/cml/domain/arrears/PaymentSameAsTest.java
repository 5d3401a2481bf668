package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

class PaymentSameAsTest {

    private static Payment payment(long id, int day, long pence) {
        return new Payment(id, LocalDate.of(2026, 11, day), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    private final List<Payment> recorded = List.of(payment(1, 16, 212_40), payment(2, 20, 100_00));

    @Test
    void theSameDayAndAmountIsFound() {
        assertEquals(Optional.of(recorded.get(0)), PaymentRules.sameAs(payment(0, 16, 212_40), 0, recorded));
    }

    @Test
    void anotherDayOrAmountIsNot() {
        assertEquals(Optional.empty(), PaymentRules.sameAs(payment(0, 17, 212_40), 0, recorded));
        assertEquals(Optional.empty(), PaymentRules.sameAs(payment(0, 16, 212_41), 0, recorded));
    }

    @Test
    void thePaymentBeingCorrectedIsNotTheSameAsItself() {
        assertEquals(Optional.empty(), PaymentRules.sameAs(payment(1, 16, 212_40), 1, recorded));
    }
}
