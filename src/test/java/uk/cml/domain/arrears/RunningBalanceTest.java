package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * The arrears' age from totals alone, worked by hand on cases where this app's matching (money in a due's own days
 * pays that due first, only what is over it pays the oldest due still owed) and strict oldest-first attribution of
 * every payment, which the CMS may use, disagree about which dues are unpaid.
 */
@DisplayName("The running balance dates the arrears whatever dues the payments are put towards")
class RunningBalanceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    /** £100.00 due on the 1st of each month from {@code first}; each payment on the 1st of its month. */
    static ArrearsSchedule monthly(LocalDate first, LocalDate asOf, int... paidByMonth) {
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < paidByMonth.length; i++) {
            if (paidByMonth[i] > 0) {
                payments.add(new Payment(0, first.plusMonths(i), Money.ofPence(paidByMonth[i] * 100L),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(10000),
                PaymentFrequency.MONTHLY, first, "CMS letter")), payments, List.of(), asOf, FeeRule.NONE);
    }

    /**
     * Aug missed, Sep £100, Oct £200, Nov missed. Balance at the end of 1 Aug £100, 1 Sep £100, 1 Oct £0, 1 Nov
     * £100. This app puts Oct's extra £100 towards Aug (paid late, 61 days) and Sep is paid on its day; oldest first,
     * Sep's £100 pays Aug (31 days late) and Oct's pays Sep (30 days late) and Oct. Either way £100 is owed, and has
     * been without a break since Mon 2 Nov only (Sunday 1 Nov's due was on time until the end of it).
     */
    static ArrearsSchedule missedThenMadeUp() {
        return monthly(LocalDate.of(2026, 8, 1), AS_OF, 0, 100, 200, 0);
    }

    /**
     * Jul missed, Aug £100, Sep £100, Oct £150, Nov missed. Balance £100 from 1 Jul, £50 after 1 Oct, £150 from
     * 1 Nov: never zero. This app leaves £50 short on Jul (Oct's extra £50 pays the only due still owed, Jul);
     * oldest first, Jul, Aug and Sep are paid and £50 of Oct and all of Nov are owed. So "the oldest payment still
     * owed" is 1 Jul one way and 1 Oct the other; "owed without a break since 1 Jul" holds both ways.
     */
    static ArrearsSchedule neverCaughtUp() {
        return monthly(LocalDate.of(2026, 7, 1), AS_OF, 0, 100, 100, 150, 0);
    }

    @Test
    @DisplayName("Aug missed, Sep £100, Oct £200, Nov missed: £100 owed, without a break since Mon 2 Nov")
    void madeUpThenMissed() {
        ArrearsSchedule schedule = missedThenMadeUp();
        assertEquals(Money.ofPence(10000), schedule.balanceOn(LocalDate.of(2026, 8, 1)));
        assertEquals(Money.ofPence(10000), schedule.balanceOn(LocalDate.of(2026, 9, 1)));
        assertEquals(Money.ZERO, schedule.balanceOn(LocalDate.of(2026, 10, 1)));
        assertEquals(Money.ofPence(10000), schedule.owedNow());
        // Sun 1 Nov's due was on time until the end of Mon 2 Nov: missed, so owed, from then.
        assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), RunningBalance.owedWithoutBreakSince(schedule));
        // This app's matching: Aug was paid late by Oct's money, Sep on its day. Oldest first would say otherwise,
        // which is why no letter states it as fact.
        assertEquals(LineStatus.PAID_LATE, schedule.lines().get(0).status());
        // Sat 1 Aug was on time by Mon 3 Aug: late from then to 1 Oct, 59 days (61 from its date).
        assertEquals(59, schedule.lines().get(0).daysLate());
        assertEquals(LineStatus.PAID, schedule.lines().get(1).status());
    }

    @Test
    @DisplayName("Jul missed, Aug £100, Sep £100, Oct £150, Nov missed: owed since 1 Jul, though oldest first owes only Oct and Nov")
    void neverBackToZero() {
        ArrearsSchedule schedule = neverCaughtUp();
        assertEquals(Money.ofPence(5000), schedule.balanceOn(LocalDate.of(2026, 10, 1)));
        assertEquals(Money.ofPence(15000), schedule.owedNow());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), RunningBalance.owedWithoutBreakSince(schedule));
        // This app's matching leaves £50 of Jul short, so by it £50 is more than 3 months old (cut-off 22 Aug).
        assertEquals(Money.ofPence(5000), schedule.lines().get(0).shortBy());
        assertEquals(Money.ofPence(5000), schedule.owedOlderThanMonths(3));
        // Oldest first, nothing that old is owed; the least age, true either way: £150 less Sep, Oct, Nov's £300.
        assertEquals(Money.ZERO, RunningBalance.olderThanMonthsAtLeast(schedule, 3));
        // Older than 1 month (cut-off 22 Oct): £150 less Nov's £100, owed on Oct or before however it is put.
        assertEquals(Money.ofPence(5000), RunningBalance.olderThanMonthsAtLeast(schedule, 1));
    }

    @Test
    @DisplayName("a balance that reached zero, even for a day, starts the count again; nothing owed has no date")
    void breaks() {
        // Jul missed, Aug £200 (back to zero on 1 Aug), Sep missed: owed since 1 Sep.
        ArrearsSchedule caughtUp = monthly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 20), 0, 200, 0);
        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), RunningBalance.owedWithoutBreakSince(caughtUp));
        // Every due paid: nothing owed, no date, no age.
        ArrearsSchedule paid = monthly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 20), 100, 100, 100);
        assertEquals(Optional.empty(), RunningBalance.owedWithoutBreakSince(paid));
        assertEquals(Money.ZERO, RunningBalance.olderThanMonthsAtLeast(paid, 1));
        // Paid ahead, then a due missed that the credit only partly covers: owed from the end of the day it was on
        // time by (Sat 1 Aug 2026: Mon 3 Aug).
        ArrearsSchedule ahead = monthly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 20), 150, 0, 100);
        assertEquals(Money.ofPence(5000), ahead.owedNow());
        assertEquals(Optional.of(LocalDate.of(2026, 8, 3)), RunningBalance.owedWithoutBreakSince(ahead));
    }
}
