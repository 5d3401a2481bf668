package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;

class TableBinTest extends WithJordanReedsCase {

    PaymentStore payments;

    @BeforeEach
    void open() {
        payments = records.payments();
    }

    @Test
    void aBinnedPaymentIsListedWithItsAmountAndDateAndPutBackThroughItsStore() {
        payments.savePlan(caseId, PaymentStoreTest.WEEKLY);
        long id = payments.savePayment(caseId, new Payment(0, LocalDate.of(2026, 11, 2), Money.ofPence(1_234_56),
                PaymentMethod.BANK_TRANSFER, "", ""));
        List<BinSource> bins = TableBin.forPayments(records.database, payments);
        assertTrue(bins.stream().allMatch(bin -> bin.binned(caseId).isEmpty()), "nothing binned yet");

        payments.moveToBin(PaymentStore.Kind.PAYMENT, id);
        List<BinnedItem> binned = bins.get(0).binned(caseId);
        assertEquals(1, binned.size());
        assertEquals("Payment", binned.get(0).kind());
        assertEquals("Payment of £1,234.56 on 2 Nov 2026", binned.get(0).title());
        assertEquals(LocalDate.of(2026, 11, 2), binned.get(0).happenedOn());
        assertEquals(java.util.Optional.empty(), binned.get(0).timeOfDay(), "a payment has a day, not a time");
        assertTrue(payments.payments(caseId).isEmpty());

        bins.get(0).restore(binned.get(0).sourceId());
        assertEquals(1, payments.payments(caseId).size());
        assertTrue(bins.get(0).binned(caseId).isEmpty());
    }
}
