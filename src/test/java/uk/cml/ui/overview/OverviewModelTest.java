package uk.cml.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.common.ModelCase;

/** The Overview's figures read ahead at start-up are used once, for the same case and day, and never go stale. */
class OverviewModelTest {

    @TempDir
    Path folder;

    private static Money owed(OverviewModel.Found found) {
        return found.schedule().orElseThrow().owedNow();
    }

    @Test
    void theFiguresReadAheadServeTheFirstReadOnlyAndLaterReadsSeeNewRecords() {
        try (ModelCase records = new ModelCase(folder)) {
            // Due 20 Sep, 20 Oct and 20 Nov by the 22 Nov clock, nothing paid: £750.00 owed.
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            OverviewModel model = new OverviewModel(records.services.payments, List.of(records.services.payments));
            model.readAhead(records.caseId, ModelCase.TODAY);
            pay(records, 100_00);

            OverviewModel.Found first = model.read(records.caseId, ModelCase.TODAY);
            assertEquals(Money.ofPence(750_00), owed(first), "the first read takes what was read ahead");
            assertEquals(Money.ofPence(650_00), owed(model.read(records.caseId, ModelCase.TODAY)),
                    "the next read reads the records again, with the new payment");
        }
    }

    @Test
    void figuresReadAheadForAnotherDayOrCaseAreNotUsed() {
        try (ModelCase records = new ModelCase(folder)) {
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            OverviewModel model = new OverviewModel(records.services.payments, List.of());
            model.readAhead(records.caseId, ModelCase.TODAY.minusDays(3));
            pay(records, 100_00);
            // Read ahead on 19 Nov, before the payment: read on the 22nd it must be read again.
            assertEquals(Money.ofPence(650_00), owed(model.read(records.caseId, ModelCase.TODAY)));

            model.readAhead(records.caseId + 1, ModelCase.TODAY);
            pay(records, 50_00);
            assertEquals(Money.ofPence(600_00), owed(model.read(records.caseId, ModelCase.TODAY)),
                    "read ahead for another case: this one is read now");
        }
    }

    /**
     * Sun 22 Nov 2026 is a due's own day (on time if it arrives by Mon 23 Nov); 22 Oct's due was missed. The Overview
     * says today's is the next payment due, and "Owed now" leaves it out: £250.00, as the missed-payments letter
     * does. The to-do asking the parent to tell the CMS gives the same £250.00 and names today's £250.00 apart, not
     * missed yet. Before, "Owed now" and the to-do said £500.00, counting today's due as if it were already missed
     * while the same Overview gave it as the next payment due.
     */
    @Test
    void onADuesOwnDayTheOverviewAndTheToDosAgreeItIsStillToCome() {
        try (ModelCase records = new ModelCase(folder)) {
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 22), "CMS calculation letter"));
            records.services.payments.savePayment(records.caseId, new Payment(0, LocalDate.of(2026, 9, 22),
                    Money.ofPence(250_00), PaymentMethod.BANK_TRANSFER, "", ""));
            OverviewModel.Found found = new OverviewModel(records.services.payments,
                    List.of(records.services.payments)).read(records.caseId, ModelCase.TODAY);
            assertEquals(Money.ofPence(500_00), owed(found));
            assertEquals(Money.ofPence(250_00), found.schedule().orElseThrow().owedOnPassedDues(),
                    "what \"Owed now\" shows");
            assertEquals("£250.00 on Sun 22 Nov 2026 (today). On time if it arrives by Mon 23 Nov 2026.",
                    FigureWords.nextDue(found.schedule().orElseThrow(), ModelCase.TODAY));
            assertEquals("1 payment", FigureWords.missedInARow(found.schedule().orElseThrow()));
            assertEquals(List.of("The payment due on 22 Oct 2026 has not arrived in full, and £250.00 is owed, not counting the "
                    + "£250.00 due on 22 Nov 2026, which is not missed yet. If any of it came, record it on the Payments page first. Under Direct Pay the CMS only knows if you "
                    + "tell it: write to the CMS about the missed payments."),
                    found.todos().stream().map(uk.cml.domain.todo.TodoItem::what).toList());
        }
    }

    /**
     * "Owed now" and the payments' to-dos are worked out from one reading of the payments: the payments' to-dos used
     * to read the records and work out the arrears schedule, and the Overview then read and worked them out again
     * for its figures (for years of weekly payments the schedule is the page's largest piece: twice the work on
     * every refresh). A payment saved between the two readings (here by a source after the payments', standing in
     * for the parent saving on another page while the Overview reads) left the page saying £750.00 owed with a
     * to-do about the missed payments from before it, or nothing owed with that to-do.
     */
    @Test
    void theFiguresAndThePaymentsToDosComeFromOneReading() {
        try (ModelCase records = new ModelCase(folder)) {
            // Due 20 Sep, 20 Oct and 20 Nov by the 22 Nov clock, nothing paid: £750.00 owed.
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 20), "CMS calculation letter"));
            uk.cml.domain.todo.TodoSource paysInBetween = (caseId, today) -> {
                pay(records, 750_00);
                return List.of();
            };
            OverviewModel.Found found = new OverviewModel(records.services.payments,
                    List.of(records.services.payments, paysInBetween)).read(records.caseId, ModelCase.TODAY);

            List<uk.cml.domain.todo.TodoItem> fromTheSameRecords = new OverviewModel(records.services.payments,
                    List.of(records.services.payments)).read(records.caseId, ModelCase.TODAY).todos();
            assertEquals(List.of(), fromTheSameRecords, "all paid: nothing to do about payments");
            boolean paymentsToDo = !found.todos().isEmpty();
            boolean owed = owed(found).isPositive();
            assertEquals(owed, paymentsToDo, "figures and to-dos from the same records: owed " + owed(found)
                    + ", to-dos " + found.todos().stream().map(uk.cml.domain.todo.TodoItem::what).toList());
        }
    }

    private static void pay(ModelCase records, long pence) {
        records.services.payments.savePayment(records.caseId, new Payment(0, LocalDate.of(2026, 11, 21),
                Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", ""));
    }

    /**
     * Found by a reviewer: with no payment plan the Overview said it twice, "No payment plan yet ... [Add the payment
     * plan]" in What needs doing and "There is no payment plan yet ... [Add your payment plan]" under it. The page's
     * own no-plan card says it, with its button, so What needs doing leaves it out.
     */
    @Test
    void noPlanIsSaidOnceByThePagesOwnCard() {
        try (ModelCase records = new ModelCase(folder)) {
            OverviewModel model = new OverviewModel(records.services.payments, List.of(records.services.payments));
            OverviewModel.Found found = model.read(records.caseId, ModelCase.TODAY);
            assertTrue(found.schedule().isEmpty());
            assertEquals(List.of(), found.todos(), "no second 'add the payment plan'");
        }
    }
}
