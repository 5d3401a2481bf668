package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Money paid over one due and carried to the next, when nothing arrived in that next due's own days. Worked by hand
 * first, as a bank statement shows it; the assertions are the app's answer.
 *
 * <p>Plan: £100.00 a month from Wed 3 Jun 2026; dues Wed 3 Jun, Fri 3 Jul, Mon 3 Aug, Thu 3 Sep 2026 (all working
 * days). Monthly money counts from 7 days before a due, so the periods are 3 Jun: 27 May-26 Jun; 3 Jul: 27 Jun-26
 * Jul; 3 Aug: 27 Jul-26 Aug; 3 Sep: from 27 Aug. Rows are "date | status | counted for it | still short | balance at
 * the end of the day before the next due (the latest: the schedule's date)".
 *
 * <p>Nothing arrived in 3 Aug's days in any of these cases: the statement for 27 Jul-26 Aug shows no payment. The
 * £50.00 carried from July counts towards it, so £50.00 is owed; but its status must not read "Part paid", which
 * says money arrived for it, and the statement contradicts that.
 */
@DisplayName("Paid over one due, nothing in the next due's days: the next due says nothing arrived, and what counts")
class PaidOverTest {

    private static final List<PaymentPlan> MONTHLY = List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-06-03"));

    private static final String AUGUST_SAID = "Nothing received; £50.00 paid over on 3 Jul 2026 counts towards it; "
            + "£50.00 still owed";

    private static ScheduleLine line(ArrearsSchedule s, String date) {
        return s.lines().stream().filter(l -> l.date().equals(d(date))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("£150 on 3 Jul, nothing in August's days: August is Nothing received, £50 counts, £50 owed")
    void paidOverThenMissed() {
        // Due 3 x 10000 = 30000; arrived 10000 (3 Jun) + 15000 (3 Jul) = 25000; owed 5000 on 2 Sep.
        // 3 Jul: 10000 pays it, no older arrears, 5000 kept as credit: balance end of 2 Aug = 20000 - 25000 = -5000.
        // 3 Aug: nothing in 27 Jul-26 Aug; the 5000 credit counts for it; 5000 still owed; balance 5000.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-06-03", "100.00"), pay("2026-07-03", "150.00")),
                List.of(), "2026-09-02");
        assertEquals(List.of(
                "2026-06-03 | Paid | 100.00 | 0.00 | 0.00",
                "2026-07-03 | Paid | 100.00 | 0.00 | -50.00",
                "2026-08-03 | " + AUGUST_SAID + " | 50.00 | 50.00 | 50.00"), Build.rows(s));
        ScheduleLine august = line(s, "2026-08-03");
        assertEquals(LineStatus.NOTHING_RECEIVED, august.status());
        assertEquals("Nothing received (£50.00 still owed)", august.statusChipText());
        assertEquals("Nothing received\n(£50.00 still owed)", august.statusChipTextOnTwoLines());
        assertEquals("Nothing arrived; £50.00 of £150.00 paid ahead on 3 Jul 2026", august.arrivedText());
        assertEquals("Nothing arrived; £50.00 of £150.00 paid ahead on 3 Jul 2026", august.arrivedTextBesideExpected());
        // The totals are as before: the carried £50 still counts.
        assertEquals(Money.ofPence(5000), s.owedNow());
        assertEquals(Money.ofPence(5000), s.missedTotal(d("2026-06-01"), d("2026-09-02")));
        assertEquals(1, s.missedInARow());
    }

    @Test
    @DisplayName("June missed, £250 on 3 Jul: July paid, June made up late, £50 carried; August says nothing arrived")
    void paidOverWithOlderArrears() {
        // Nothing in 27 May-26 Jun, so 3 Jun is owed 10000 at the end of 2 Jul.
        // 3 Jul 25000: 10000 pays 3 Jul; older arrears first: 10000 completes 3 Jun (30 days late); 5000 left is credit.
        // 3 Aug: nothing in its days; 5000 credit counts; 5000 owed. Due 30000, arrived 25000: owed 5000.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-07-03", "250.00")), List.of(), "2026-09-02");
        assertEquals(List.of(
                "2026-06-03 | Arrived late (30 days) | 100.00 | 0.00 | 100.00",
                "2026-07-03 | Paid | 100.00 | 0.00 | -50.00",
                "2026-08-03 | " + AUGUST_SAID + " | 50.00 | 50.00 | 50.00"), Build.rows(s));
        assertEquals(Money.ofPence(5000), s.owedNow());
    }

    @Test
    @DisplayName("June missed, £150 on 3 Jul: the surplus makes up part of June, nothing carried, August plain missed")
    void surplusGoesToOlderArrearsBeforeCredit() {
        // 3 Jul 15000: 10000 pays 3 Jul, 5000 goes to 3 Jun (arrived later, so June is part paid); nothing is credit.
        // 3 Aug: nothing at all counts for it. Due 30000, arrived 15000: owed 15000.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-07-03", "150.00")), List.of(), "2026-09-02");
        assertEquals(List.of(
                "2026-06-03 | Part paid: £50.00 of the £150.00 that arrived on 3 Jul 2026 counts towards it (30 days late); £50.00 still owed | 50.00 | 50.00 | 100.00",
                "2026-07-03 | Paid | 100.00 | 0.00 | 50.00",
                "2026-08-03 | Nothing received | 0.00 | 100.00 | 150.00"), Build.rows(s));
        assertEquals("£50.00 of £150.00 on 3 Jul 2026 (towards arrears)", line(s, "2026-06-03").arrivedText());
        assertEquals(Money.ofPence(15000), s.owedNow());
    }

    @Test
    @DisplayName("Paid over at the latest due: credit until the next due; due today still to come; then nothing arrived")
    void paidOverAtTheLatestDue() {
        List<Payment> money = List.of(pay("2026-06-03", "100.00"), pay("2026-07-03", "150.00"));
        // On 20 Jul: 3 Jul is the latest due, paid, 5000 over: balance -5000 (in credit), nothing owed.
        ArrearsSchedule july = Build.schedule(MONTHLY, money, List.of(), "2026-07-20");
        assertEquals("2026-07-03 | Paid | 100.00 | 0.00 | -50.00", Build.rows(july).get(1));
        assertEquals(Money.ofPence(-5000), july.owedNow());
        // On Mon 3 Aug itself the due is not missed yet: 5000 counts, 5000 still to come.
        ArrearsSchedule onTheDay = Build.schedule(MONTHLY, money, List.of(), "2026-08-03");
        assertEquals("2026-08-03 | Due today (£50.00 still to come) | 50.00 | 50.00 | 50.00",
                Build.rows(onTheDay).get(2));
        // The day after, it is missed: nothing arrived for it.
        ArrearsSchedule after = Build.schedule(MONTHLY, money, List.of(), "2026-08-04");
        assertEquals("2026-08-03 | " + AUGUST_SAID + " | 50.00 | 50.00 | 50.00", Build.rows(after).get(2));
        assertEquals(Money.ofPence(5000), after.owedNow());
    }

    @Test
    @DisplayName("Carried money and later money for August: part paid, as money did arrive for it")
    void paidOverThenPartMadeUpLater() {
        // 27 Aug 13000 is in 3 Sep's days: 10000 pays 3 Sep early, 3000 goes to 3 Aug (the latest still owed).
        // 3 Aug: 5000 carried + 3000 later = 8000; 2000 short. Money did arrive for it (on 27 Aug): Part paid.
        // Balance at the end of 2 Sep: due 30000 (3 Sep's early money counts on its own day), arrived 38000 less the
        // 10000 early for 3 Sep = 28000, so 2000.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-06-03", "100.00"), pay("2026-07-03", "150.00"),
                pay("2026-08-27", "130.00")), List.of(), "2026-09-10");
        // The £50.00 paid over came before August's days and is not late; the £30.00 on 27 Aug came 24 days late.
        assertEquals("2026-08-03 | Part paid: £50.00 paid over on 3 Jul 2026 counts towards it; £30.00 of the £130.00 that arrived on 27 Aug 2026"
                + " counts towards it (24 days late); £20.00 still owed | 80.00 | 20.00 | 20.00", Build.rows(s).get(2));
        assertEquals("£50.00 of £150.00 paid ahead on 3 Jul 2026; £30.00 of £130.00 on 27 Aug 2026 (towards arrears)",
                line(s, "2026-08-03").arrivedText());
    }

    @Test
    @DisplayName("Two payments over, both carried into one missed due: both are named")
    void twoOverpaymentsCarried() {
        // 3 Jul 12000: 10000 pays it, 2000 credit. Mon 20 Jul 3000, still in July's days, July already paid: credit.
        // 3 Aug: nothing in its days; 2000 + 3000 carried count; 5000 still owed.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-06-03", "100.00"), pay("2026-07-03", "120.00"),
                pay("2026-07-20", "30.00")), List.of(), "2026-09-02");
        ScheduleLine august = line(s, "2026-08-03");
        assertEquals(LineStatus.NOTHING_RECEIVED, august.status());
        assertEquals("Nothing received; money paid over earlier (£20.00 on 3 Jul 2026, £30.00 on 20 Jul 2026) counts "
                + "towards it; £50.00 still owed", august.statusText());
        assertEquals(Money.ofPence(5000), august.shortBy());
        assertEquals(Money.ofPence(5000), s.owedNow());
    }

    @Test
    @DisplayName("Money the parent said was for August, sent early but short: August is part paid, as they said")
    void linkedEarlyMoneyIsMoneyForThatDue() {
        // 3 Jun 10000; 3 Jul 10000; Fri 10 Jul 5000, which the parent said was for 3 Aug (bank reference "August"):
        // held for 3 Aug. Nothing in 3 Aug's days. The parent says the 5000 was sent for August: that is money for
        // it, so "Part paid" is what they know, not "Nothing received", and it came before August's days.
        ArrearsSchedule s = Build.schedule(MONTHLY, List.of(pay("2026-06-03", "100.00"), pay("2026-07-03", "100.00"),
                pay("2026-07-10", "50.00").linkedTo(java.util.Optional.of(d("2026-08-03")))), List.of(), "2026-09-02");
        ScheduleLine august = line(s, "2026-08-03");
        assertEquals(LineStatus.PART_PAID, august.status());
        assertEquals("Part paid: £50.00 paid over on 10 Jul 2026 counts towards it; £50.00 still owed",
                august.statusText());
        assertEquals("Part paid on time (short £50.00)", august.statusChipText());
        assertEquals(Money.ofPence(5000), s.owedNow());
    }
}
