package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Money beyond the due in whose period it arrived (and beyond a settlement's sum) pays the OLDEST due still owed
 * first, unless the parent linked the payment to a due. This is the general rule of appropriation in English law
 * (Clayton's Case, Devaynes v Noble 1816: in a running account where neither side says which debt a payment is for,
 * the earliest debt is paid first), and it never makes a debt look older than the records show. Worked by hand
 * before running: "date | status | received | short | balance".
 */
@DisplayName("Extra money pays the oldest payment still owed, unless linked to a payment")
class OldestOwedFirstTest {

    // Weekly £57.50 on Fridays from Fri 4 Sep 2026 (2 early days): 4 Sep paid; 11 and 18 Sep missed; £115 on Fri
    // 25 Sep. £57.50 pays 25 Sep (its own period), the other £57.50 pays the oldest still owed, 11 Sep, 14 days
    // late. 18 Sep: nothing received. Due 4 x 5750 = 23000, received 5750 + 11500 = 17250, owed 5750.
    private final List<PaymentPlan> weekly = List.of(weekly("57.50", "2026-09-04"));
    private final List<Payment> weeklyMoney = List.of(pay("2026-09-04", "57.50"), pay("2026-09-25", "115.00"));

    @Test
    @DisplayName("the reviewer's case: £115 on Fri 25 Sep pays 25 Sep and 11 Sep late; 18 Sep nothing received")
    void weeklyExtraPaysTheOldestMiss() {
        ArrearsSchedule s = Build.schedule(weekly, weeklyMoney, List.of(), "2026-09-28");
        assertEquals(List.of(
                "2026-09-04 | Paid | 57.50 | 0.00 | 0.00",
                // Balance at the end of Thu 17 Sep, the day before the next due's: 11 Sep still owed then.
                "2026-09-11 | Arrived late (14 days) | 57.50 | 0.00 | 57.50",
                "2026-09-18 | Nothing received | 0.00 | 57.50 | 115.00",
                "2026-09-25 | Paid | 57.50 | 0.00 | 57.50"), Build.rows(s));
        assertEquals(Money.ofPence(5750), s.owedNow());
        assertEquals(0, s.missedInARow(), "the latest due, 25 Sep, was paid: no run of misses now");
    }

    @Test
    @DisplayName("linked to 18 Sep, the £115 pays 18 Sep late and 25 Sep; 11 Sep stays owed")
    void aLinkStillComesFirst() {
        List<Payment> money = List.of(weeklyMoney.get(0),
                weeklyMoney.get(1).linkedTo(Optional.of(d("2026-09-18"))));
        ArrearsSchedule s = Build.schedule(weekly, money, List.of(), "2026-09-28");
        assertEquals(List.of(
                "2026-09-04 | Paid | 57.50 | 0.00 | 0.00",
                "2026-09-11 | Nothing received | 0.00 | 57.50 | 57.50",
                "2026-09-18 | Arrived late (7 days) | 57.50 | 0.00 | 115.00",
                "2026-09-25 | Paid | 57.50 | 0.00 | 57.50"), Build.rows(s));
        assertEquals(Money.ofPence(5750), s.owedNow(), "a link moves which due money pays, never the balance");
    }

    @Test
    @DisplayName("monthly: January and February missed, double on 15 Mar: January paid late, February nothing")
    void monthlyDoubleOnMarchsDay() {
        // £200 a month from Fri 15 Jan 2027 (15 Feb and 15 Mar are Mondays). £400 on Mon 15 Mar: £200 for March,
        // £200 for January, 59 days late (15 Jan to 15 Mar 2027). February stays owed: £200.
        List<PaymentPlan> monthly = List.of(plan("200.00", PaymentFrequency.MONTHLY, "2027-01-15"));
        ArrearsSchedule s = Build.schedule(monthly, List.of(pay("2027-03-15", "400.00")), List.of(), "2027-03-20");
        assertEquals(List.of(
                "2027-01-15 | Arrived late (59 days) | 200.00 | 0.00 | 200.00",
                "2027-02-15 | Nothing received | 0.00 | 200.00 | 400.00",
                "2027-03-15 | Paid | 200.00 | 0.00 | 200.00"), Build.rows(s));
        assertEquals(Money.ofPence(20000), s.owedNow());
        // The £200 still owed is February's: more than a month old on 20 Mar (15 Feb is before 20 Feb), not two.
        assertEquals(Money.ofPence(20000), s.owedOlderThanMonths(1));
        assertEquals(Money.ofPence(0), s.owedOlderThanMonths(2), "January was paid: nothing is two months old");
    }

    @Test
    @DisplayName("several misses, part of the extra: the oldest is paid first, the next oldest part paid")
    void oldestFirstThenTheNext() {
        // Weekly £57.50 from 4 Sep: 4, 11, 18 Sep missed; £100 on Fri 25 Sep: 57.50 for 25 Sep, then 42.50: all
        // of it to 4 Sep (the oldest), which stays 15.00 short; 11 and 18 Sep nothing received.
        ArrearsSchedule s = Build.schedule(weekly, List.of(pay("2026-09-25", "100.00")), List.of(), "2026-09-28");
        assertEquals(List.of(
                // Balances are by date: on 4 Sep's line, the end of Thu 10 Sep, before the £100 arrived.
                "2026-09-04 | Part paid: £42.50 of the £100.00 that arrived on 25 Sep 2026 counts towards it (21 days"
                        + " late); £15.00 still owed | 42.50 | 15.00 | 57.50",
                "2026-09-11 | Nothing received | 0.00 | 57.50 | 115.00",
                "2026-09-18 | Nothing received | 0.00 | 57.50 | 172.50",
                "2026-09-25 | Paid | 57.50 | 0.00 | 130.00"), Build.rows(s));
    }
}
