package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.domain.todo.TodoItem;

/**
 * Reviewer's find: a call logged before "Did you tell them about missed payments on this call?" was asked has no
 * answer, counts as not told, and nothing asked the parent to answer it, so their letters silently stopped saying
 * "I told you by phone". While arrears are owed, a call on or after the first short due with no answer is a to-do;
 * an answer (Yes or No) ends it. Real SQLite. The case of {@link CmsToldOfArrearsTest}: £50 every Monday from
 * 5 Oct 2026, nothing on 12 Oct, £20 on 19 Oct; today Sun 22 Nov 2026, £80 owed.
 */
class UnansweredCallTodosTest extends WithJordanReedsCase {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ASK = "Did you tell the CMS about missed payments on your call of ";

    PaymentStore payments;
    CallStore calls;

    @BeforeEach
    void aDirectPayCaseWithArrears() {
        payments = records.payments();
        calls = records.calls();
        CmsToldOfArrearsTest.fiftyEachMondayWithAMissAndAPart(payments, caseId);
    }

    @Test
    @DisplayName("an unanswered call in the arrears period asks for the answer; answered Yes or No, it goes")
    void anUnansweredCallInTheArrearsPeriodAsks() {
        long old = calls.add(call(LocalDate.of(2026, 11, 10), Optional.empty()));
        assertEquals(List.of("Did you tell the CMS about missed payments on your call of 10 Nov 2026? Answer on "
                + "the Calls page so your letters can say so."), asks());
        assertEquals(List.of(old), asking().stream().map(TodoItem::sourceId).toList(), "it opens that call");
        assertEquals(List.of(LocalDate.of(2026, 11, 10)), asking().stream().map(TodoItem::due).toList());

        calls.correct(calls.find(old).orElseThrow().withToldMissedPayments(Optional.of(MissedPaymentsTold.NO)));
        assertEquals(List.of(), asks(), "answered No: nothing to ask");
        calls.correct(calls.find(old).orElseThrow().withToldMissedPayments(Optional.of(MissedPaymentsTold.YES)));
        assertEquals(List.of(), asks(), "answered Yes: nothing to ask");
    }

    @Test
    @DisplayName("an answered call, one before anything was missed, and one in the bin never ask")
    void onlyUnansweredCallsInTheArrearsPeriodAsk() {
        calls.add(call(LocalDate.of(2026, 11, 10), Optional.of(MissedPaymentsTold.YES)));
        calls.add(call(LocalDate.of(2026, 11, 11), Optional.of(MissedPaymentsTold.NO)));
        calls.add(call(LocalDate.of(2026, 10, 6), Optional.empty()));
        long binned = calls.add(call(LocalDate.of(2026, 11, 12), Optional.empty()));
        calls.moveToBin(binned);
        assertEquals(List.of(), asks());
    }

    @Test
    @DisplayName("several unanswered calls: one to-do each for the three newest, never the same call twice")
    void severalCallsAreCapped() {
        for (int day = 13; day <= 17; day++) {
            calls.add(call(LocalDate.of(2026, 10, day), Optional.empty()));
        }
        assertEquals(List.of(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 15)),
                asking().stream().map(TodoItem::due).toList());
    }

    @Test
    @DisplayName("nothing owed: an unanswered call asks nothing")
    void nothingOwed() {
        payments.savePayment(caseId, new Payment(0, TODAY.minusDays(1), Money.ofPounds(80),
                PaymentMethod.BANK_TRANSFER, "", ""));
        calls.add(call(LocalDate.of(2026, 11, 10), Optional.empty()));
        assertEquals(List.of(), asks());
    }

    private Call call(LocalDate day, Optional<MissedPaymentsTold> told) {
        return new Call(0, caseId, day.atTime(10, 0), CallDirection.I_CALLED, "0800 171 2345", "Sam", "", "",
                "About the arrears", "", Optional.empty(), "Missed payments reported", Optional.empty(), false,
                false, null, told);
    }

    private List<TodoItem> asking() {
        return payments.todos(caseId, TODAY).stream().filter(t -> t.what().startsWith(ASK)).toList();
    }

    private List<String> asks() {
        return asking().stream().map(TodoItem::what).toList();
    }
}
