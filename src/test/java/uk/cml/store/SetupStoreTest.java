package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentPlan;

/** Set-up's answers, with what should be paid, saved in one transaction on a real database file. */
class SetupStoreTest extends WithTheRecords {

    CaseStore cases;
    PaymentStore payments;
    SetupStore setup;

    @BeforeEach
    void open() {
        cases = records.cases();
        payments = records.payments();
        setup = records.setup();
    }

    @Test
    void thePlanGivenInSetUpIsTheOneTheArrearsAreWorkedOutFrom() {
        long id = setup.save(Optional.of(CaseStoreTest.me()), CaseStoreTest.aCase(),
                Optional.of(PaymentStoreTest.WEEKLY));

        assertEquals(CaseStoreTest.me(), cases.myDetails().orElseThrow());
        assertEquals(List.of(id), cases.cases().stream().map(c -> c.id()).toList());
        PaymentPlan saved = payments.plans(id).get(0);
        assertEquals(Money.ofPence(43_21), saved.amount());
        assertEquals(LocalDate.of(2026, 11, 1), saved.firstDue());
        // Dues on 1, 8, 15 and 22 Nov 2026 at £43.21, nothing paid: £172.84.
        assertEquals(Money.ofPence(4 * 43_21), payments.schedule(id, PaymentStoreTest.TODAY).owedNow());
        assertEquals(1, payments.plans(id).size());

        reopenTheRecords();
        PaymentStore reopened = records.payments();
        assertEquals(Money.ofPence(4 * 43_21), reopened.schedule(id, PaymentStoreTest.TODAY).owedNow(),
                "the plan is in the file, not only in memory");
    }

    @Test
    void withoutAPlanTheCaseIsSavedWithNoPlanAndAnotherCaseLeavesMyDetailsAlone() {
        long first = setup.save(Optional.of(CaseStoreTest.me()), CaseStoreTest.aCase(), Optional.empty());
        long second = setup.save(Optional.empty(), CaseStoreTest.aCase(), Optional.of(PaymentStoreTest.WEEKLY));

        assertTrue(payments.plans(first).isEmpty());
        assertEquals(1, payments.plans(second).size(), "the plan goes with the case it was given for");
        assertEquals(CaseStoreTest.me(), cases.myDetails().orElseThrow());
    }

    @Test
    void whenThePlanCannotBeSavedNothingIs() {
        // A plan with an id is a correction of a saved one; there is none, so its write fails.
        PaymentPlan notThere = new PaymentPlan(99, Money.ofPence(43_21), PaymentStoreTest.WEEKLY.frequency(),
                PaymentStoreTest.WEEKLY.firstDue(), "CMS calculation letter");

        assertThrows(StoreException.class, () -> setup.save(Optional.of(CaseStoreTest.me()), CaseStoreTest.aCase(),
                Optional.of(notThere)));

        assertTrue(cases.cases().isEmpty(), "no case without its plan");
        assertTrue(cases.myDetails().isEmpty(), "no half-finished set-up");
    }
}
