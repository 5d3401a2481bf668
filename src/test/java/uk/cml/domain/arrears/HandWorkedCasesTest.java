package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.viaCms;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Cases worked by hand, in pence, from what a bank statement and the CMS would show, before looking at what the
 * app gives. Each comment is the working; the assertions are the app's answer, which must agree with it.
 *
 * <p>Calendar used (England and Wales, worked from the rules in cms-facts.md):
 * Fri 25 Dec 2026 Christmas Day; Sat 26 Dec Boxing Day, so Mon 28 Dec 2026 is its substitute; Fri 1 Jan 2027;
 * Easter Sunday 2027 is 28 Mar, so Good Friday Fri 26 Mar and Easter Monday Mon 29 Mar 2027; spring bank holiday
 * 2027 is the last Monday in May, Mon 31 May 2027. A due on a weekend or bank holiday is on time by the next
 * working day; a due is not missed until that day is over.
 *
 * <p>The app's matching (DueMatcher): money from a few days before a due (weekly 2, fortnightly 3, every 4 weeks 5,
 * monthly 7) pays that due first, then the oldest due still owed, then is credit for later dues. Rows below
 * are "date | status | received for it | still short | balance at the end of its period", in pounds.
 */
@DisplayName("Hand-worked cases: owed, statuses, balances and fees as a parent's bank statement and the CMS see them")
class HandWorkedCasesTest {

    private static final BigDecimal FOUR = new BigDecimal("4");

    private static Money p(long pence) {
        return Money.ofPence(pence);
    }

    private static ArrearsSchedule seenOn(String asOf, List<PaymentPlan> plans, List<Payment> payments,
            List<Adjustment> adjustments) {
        return Build.schedule(plans, payments, adjustments, asOf);
    }

    @Nested
    @DisplayName("Weekly £50 on Mondays from 2 Nov 2026: on time, a day late, part paid, missed, then a lump sum")
    class Weekly {

        // Dues 2, 9, 16, 23, 30 Nov 2026, 5000p each, all working days. Periods (2 days early): 2 Nov 31 Oct-6 Nov,
        // 9 Nov 7-13 Nov, 16 Nov 14-20 Nov, 23 Nov 21-27 Nov, 30 Nov 28-30 Nov.
        // Money: Mon 2 Nov 5000 (on time); Tue 10 Nov 5000 (a day late); Mon 16 Nov 3000 (2000 short);
        // nothing for 23 Nov; Sat 28 Nov 12000, a lump sum: 5000 pays 30 Nov early, 5000 makes up 23 Nov (5 days
        // late), 2000 completes 16 Nov (12 days late). Due 5 x 5000 = 25000, received 25000, owed 0.
        private final List<PaymentPlan> plans = List.of(weekly("50.00", "2026-11-02"));
        private final List<Payment> money = List.of(pay("2026-11-02", "50.00"), pay("2026-11-10", "50.00"),
                pay("2026-11-16", "30.00"), pay("2026-11-28", "120.00"));

        @Test
        @DisplayName("on Fri 27 Nov: 16 Nov part paid (£20 short), 23 Nov missed, £70 owed")
        void beforeTheLumpSum() {
            // Balance: 2 Nov 0; 9 Nov +5000 (end of 9 Nov 5000, paid 10 Nov) -> 0; 16 Nov +5000 -3000 = 2000;
            // 23 Nov +5000 = 7000. Missed: 2000 + 5000 = 7000, two in a row.
            ArrearsSchedule s = seenOn("2026-11-27", plans, money, List.of());
            assertEquals(List.of(
                    "2026-11-02 | Paid | 50.00 | 0.00 | 0.00",
                    "2026-11-09 | Arrived late (1 day) | 50.00 | 0.00 | 0.00",
                    "2026-11-16 | Part paid: £30.00 arrived on time; £20.00 still owed | 30.00 | 20.00 | 20.00",
                    "2026-11-23 | Nothing received | 0.00 | 50.00 | 70.00"), Build.rows(s));
            assertEquals(p(7000), s.owedNow());
            assertEquals(p(7000), s.owedOnPassedDues());
            assertEquals(p(7000), s.missedTotal(d("2026-11-01"), d("2026-11-27")));
            assertEquals(2, s.missedInARow());
            assertEquals(p(5000), s.owedOn(d("2026-11-09")), "9 Nov's due is owed at the end of 9 Nov");
            assertEquals(p(0), s.owedOn(d("2026-11-10")));
            assertEquals(p(2000), s.owedOn(d("2026-11-22")));
        }

        @Test
        @DisplayName("on Mon 30 Nov: the lump sum pays 30 Nov early and makes up 23 and 16 Nov late; nothing owed")
        void afterTheLumpSum() {
            ArrearsSchedule s = seenOn("2026-11-30", plans, money, List.of());
            assertEquals(List.of(
                    "2026-11-02 | Paid | 50.00 | 0.00 | 0.00",
                    "2026-11-09 | Arrived late (1 day) | 50.00 | 0.00 | 0.00",
                    // £30.00 of it came on its day: not "Arrived late (12 days)" as if all of it came late
                    "2026-11-16 | Paid in full: £30.00 arrived on time; £20.00 of the £120.00 that arrived on 28 Nov 2026 counts towards it (12 days late) | 50.00 | 0.00"
                            + " | 20.00",
                    // At the end of Sun 29 Nov, the day before the next due: 5000 in credit by the bank (28 Nov's
                    // 12000), but 5000 of it is 30 Nov's, counted on its day: 0.
                    "2026-11-23 | Arrived late (5 days) | 50.00 | 0.00 | 0.00",
                    "2026-11-30 | Paid | 50.00 | 0.00 | 0.00"), Build.rows(s));
            assertEquals(p(25000), s.totalDue());
            assertEquals(p(25000), s.totalReceived());
            assertEquals(p(0), s.owedNow());
            assertEquals(p(0), s.owedOnPassedDues());
            assertEquals(p(0), s.missedTotal(d("2026-11-01"), d("2026-11-30")));
            // End of Sat 28 Nov: 20000 due - 25000 received = 5000 in credit until 30 Nov's due.
            assertEquals(p(-5000), s.owedOn(d("2026-11-28")));
            assertEquals(p(7000), s.owedOn(d("2026-11-27")));
        }
    }

    @Nested
    @DisplayName("Fortnightly £84.37 on Fridays from 4 Dec 2026, through Christmas and New Year")
    class Fortnightly {

        // Dues Fri 4 Dec, Fri 18 Dec 2026, Fri 1 Jan 2027 (New Year's Day: on time by Mon 4 Jan), Fri 15 Jan 2027;
        // 8437p each. Periods (3 days early): 4 Dec 1-14 Dec, 18 Dec 15-28 Dec, 1 Jan 29 Dec-11 Jan, 15 Jan 12 Jan on.
        private final List<PaymentPlan> plans = List.of(plan("84.37", PaymentFrequency.FORTNIGHTLY, "2026-12-04"));

        @Test
        @DisplayName("paid 4 days late for 18 Dec, on Mon 4 Jan for the bank-holiday due; 15 Jan due today")
        void throughTheHolidays() {
            // 4 Dec 8437 Paid; Tue 22 Dec 8437: 18 Dec was on time by Fri 18 Dec, so 4 days late; Mon 4 Jan 8437 is
            // the first working day after New Year's Day, so on time. Seen on Fri 15 Jan with nothing yet: due today,
            // owed 8437 in the running balance but 0 on dues whose day is over.
            ArrearsSchedule s = seenOn("2027-01-15", plans, List.of(pay("2026-12-04", "84.37"),
                    pay("2026-12-22", "84.37"), pay("2027-01-04", "84.37")), List.of());
            assertEquals(List.of(
                    "2026-12-04 | Paid | 84.37 | 0.00 | 0.00",
                    "2026-12-18 | Arrived late (4 days) | 84.37 | 0.00 | 0.00",
                    "2027-01-01 | Paid (due on New Year's Day, a bank holiday; on time by the next working day, 4 Jan 2027) | 84.37 | 0.00 | 0.00",
                    "2027-01-15 | Due today | 0.00 | 84.37 | 84.37"), Build.rows(s));
            assertEquals(p(4 * 8437), s.totalDue());
            assertEquals(p(3 * 8437), s.totalReceived());
            assertEquals(p(8437), s.owedNow());
            assertEquals(p(0), s.owedOnPassedDues());
            assertEquals(p(8437), s.stillDueNow());
            assertEquals(0, s.missedInARow());
        }

        @Test
        @DisplayName("on Sat 2 Jan 2027 the New Year's Day due is not missed; on Tue 5 Jan with nothing it is")
        void newYearsDayDue() {
            List<Payment> money = List.of(pay("2026-12-04", "84.37"), pay("2026-12-22", "84.37"));
            // Sat 2 Jan: dues 3 x 8437 = 25311, received 16874, balance 8437, all of it the 1 Jan due still to come.
            ArrearsSchedule saturday = seenOn("2027-01-02", plans, money, List.of());
            assertEquals("2027-01-01 | On time if it arrives by Mon 4 Jan 2027 | 0.00 | 84.37 | 84.37",
                    Build.rows(saturday).get(2));
            assertEquals(p(8437), saturday.owedNow());
            assertEquals(p(0), saturday.owedOnPassedDues());
            assertEquals(p(0), saturday.owedOn(d("2027-01-01")));
            // Mon 4 Jan, the day it is on time by: still not missed.
            assertEquals(p(0), seenOn("2027-01-04", plans, money, List.of()).owedOnPassedDues());
            // Tue 5 Jan: missed.
            ArrearsSchedule tuesday = seenOn("2027-01-05", plans, money, List.of());
            assertEquals("2027-01-01 | Nothing received | 0.00 | 84.37 | 84.37", Build.rows(tuesday).get(2));
            assertEquals(p(8437), tuesday.owedOnPassedDues());
            assertEquals(p(8437), tuesday.missedTotal(d("2026-12-01"), d("2027-01-05")));
            assertEquals(1, tuesday.missedInARow());
        }
    }

    @Nested
    @DisplayName("Every 4 weeks £200 on Fridays from 26 Feb 2027: Good Friday, an overpayment, a payment in advance")
    class FourWeekly {

        // Dues Fri 26 Feb, Fri 26 Mar (Good Friday: on time by Tue 30 Mar, after Easter Monday), Fri 23 Apr,
        // Fri 21 May, Fri 18 Jun 2027; 20000p each. Periods (5 days early): 26 Feb 21 Feb-20 Mar, 26 Mar 21 Mar-17 Apr,
        // 23 Apr 18 Apr-15 May, 21 May 16 May-12 Jun, 18 Jun 13 Jun on.
        private final List<PaymentPlan> plans = List.of(plan("200.00", PaymentFrequency.FOUR_WEEKLY, "2027-02-26"));

        @Test
        @DisplayName("on Tue 30 Mar is on time; £250 on 23 Apr leaves £50 credit; 10 Jun pays 18 Jun in advance")
        void overpaidAndInAdvance() {
            // 26 Feb 20000 Paid. Tue 30 Mar 20000: on time. 23 Apr 25000: 20000 pays it, 5000 credit (balance -5000).
            // 21 May: 5000 credit + 15000 on the day = Paid (not in advance: most of it came on the day).
            // Thu 10 Jun 20000 is in 21 May's period (18 Jun's starts 13 Jun); 21 May is paid, nothing older is owed,
            // so it is credit (balance -20000) and pays 18 Jun in advance. Due 100000, received 100000, owed 0.
            ArrearsSchedule s = seenOn("2027-06-18", plans, List.of(pay("2027-02-26", "200.00"),
                    pay("2027-03-30", "200.00"), pay("2027-04-23", "250.00"), pay("2027-05-21", "150.00"),
                    pay("2027-06-10", "200.00")), List.of());
            assertEquals(List.of(
                    "2027-02-26 | Paid | 200.00 | 0.00 | 0.00",
                    "2027-03-26 | Paid (due on Good Friday, a bank holiday; on time by the next working day, 30 Mar 2027) | 200.00 | 0.00 | 0.00",
                    "2027-04-23 | Paid | 200.00 | 0.00 | -50.00",
                    "2027-05-21 | Paid | 200.00 | 0.00 | -200.00",
                    "2027-06-18 | Paid in advance | 200.00 | 0.00 | 0.00"), Build.rows(s));
            assertEquals(p(100000), s.totalDue());
            assertEquals(p(100000), s.totalReceived());
            assertEquals(p(0), s.owedNow());
            assertEquals(p(-5000), s.owedOn(d("2027-05-20")));
            assertEquals(p(-20000), s.owedOn(d("2027-06-17")));
        }

        @Test
        @DisplayName("over Easter 2027 the Good Friday due is not missed until Tue 30 Mar is over; Wed 31 Mar is late")
        void goodFriday() {
            List<Payment> febOnly = List.of(pay("2027-02-26", "200.00"));
            ArrearsSchedule easterMonday = seenOn("2027-03-29", plans, febOnly, List.of());
            assertEquals("2027-03-26 | On time if it arrives by Tue 30 Mar 2027 | 0.00 | 200.00 | 200.00",
                    Build.rows(easterMonday).get(1));
            assertEquals(p(20000), easterMonday.owedNow());
            assertEquals(p(0), easterMonday.owedOnPassedDues());
            ArrearsSchedule wednesday = seenOn("2027-03-31", plans, febOnly, List.of());
            assertEquals("2027-03-26 | Nothing received | 0.00 | 200.00 | 200.00", Build.rows(wednesday).get(1));
            assertEquals(p(20000), wednesday.owedOnPassedDues());
            // Arriving Wed 31 Mar: 1 day after Tue 30 Mar, the day it was on time by (5 after 26 Mar).
            ArrearsSchedule late = seenOn("2027-03-31", plans, List.of(pay("2027-02-26", "200.00"),
                    pay("2027-03-31", "200.00")), List.of());
            assertEquals("2027-03-26 | Arrived late (1 day after Tue 30 Mar 2027) | 200.00 | 0.00 | 0.00", Build.rows(late).get(1));
        }
    }

    @Nested
    @DisplayName("Monthly on a day some months lack: the last day of a short month, back to the day after")
    class MonthEnds {

        @Test
        @DisplayName("£310 on the 31st from Sat 31 Oct 2026: 30 Nov, 31 Dec, Sun 31 Jan, Sun 28 Feb, 31 Mar")
        void onThe31st() {
            // Dues counted from the anchor: 31 Oct (Sat: on time by Mon 2 Nov), 30 Nov, 31 Dec (Thu), 31 Jan 2027
            // (Sun: Mon 1 Feb), 28 Feb 2027 (Sun, the last day of February: Mon 1 Mar), 31 Mar (Wed). That is what a
            // parent and the CMS expect of "the 31st": the month's last day when it has no 31st, never drifting.
            // Money: Mon 2 Nov, 30 Nov, Mon 4 Jan (31 Dec was a working day: 4 days late), Mon 1 Feb, Mon 1 Mar,
            // nothing for 31 Mar. Seen Thu 1 Apr: 6 x 31000 = 186000 due, 155000 received, 31000 owed.
            List<PaymentPlan> plans = List.of(plan("310.00", PaymentFrequency.MONTHLY, "2026-10-31"));
            ArrearsSchedule s = seenOn("2027-04-01", plans, List.of(pay("2026-11-02", "310.00"),
                    pay("2026-11-30", "310.00"), pay("2027-01-04", "310.00"), pay("2027-02-01", "310.00"),
                    pay("2027-03-01", "310.00")), List.of());
            assertEquals(List.of(
                    "2026-10-31 | Paid (due on a Saturday; on time by the next working day, 2 Nov 2026) | 310.00 | 0.00 | 0.00",
                    "2026-11-30 | Paid | 310.00 | 0.00 | 0.00",
                    "2026-12-31 | Arrived late (4 days) | 310.00 | 0.00 | 0.00",
                    "2027-01-31 | Paid (due on a Sunday; on time by the next working day, 1 Feb 2027) | 310.00 | 0.00 | 0.00",
                    "2027-02-28 | Paid (due on a Sunday; on time by the next working day, 1 Mar 2027) | 310.00 | 0.00 | 0.00",
                    "2027-03-31 | Nothing received | 0.00 | 310.00 | 310.00"), Build.rows(s));
            assertEquals(p(186000), s.totalDue());
            assertEquals(p(155000), s.totalReceived());
            assertEquals(p(31000), s.owedOnPassedDues());
            assertEquals(Optional.of(d("2027-04-30")), s.nextDue(d("2027-04-01")).map(Due::date));
        }

        @Test
        @DisplayName("£150 on the 29th from 29 Jan 2027: Sun 28 Feb, Easter Monday 29 Mar, Sat 29 May before a bank holiday")
        void onThe29th() {
            // Dues 29 Jan (Fri), 28 Feb (Sun: Mon 1 Mar), 29 Mar (Easter Monday: Tue 30 Mar), 29 Apr (Thu),
            // 29 May (Sat; Mon 31 May is the spring bank holiday: on time by Tue 1 Jun). 15000p each.
            // Money: 29 Jan 15000; Mon 1 Mar 15000 (on time); Tue 30 Mar 15000 (on time); 29 Apr 10000 (5000
            // short); Tue 1 Jun 20000: 15000 pays 29 May on time, 5000 completes 29 Apr, 33 days after it.
            List<PaymentPlan> plans = List.of(plan("150.00", PaymentFrequency.MONTHLY, "2027-01-29"));
            List<Payment> money = List.of(pay("2027-01-29", "150.00"), pay("2027-03-01", "150.00"),
                    pay("2027-03-30", "150.00"), pay("2027-04-29", "100.00"), pay("2027-06-01", "200.00"));
            ArrearsSchedule june = seenOn("2027-06-01", plans, money, List.of());
            assertEquals(List.of(
                    "2027-01-29 | Paid | 150.00 | 0.00 | 0.00",
                    "2027-02-28 | Paid (due on a Sunday; on time by the next working day, 1 Mar 2027) | 150.00 | 0.00 | 0.00",
                    "2027-03-29 | Paid (due on Easter Monday, a bank holiday; on time by the next working day, 30 Mar 2027) | 150.00 | 0.00 | 0.00",
                    "2027-04-29 | Paid in full: £100.00 arrived on time; £50.00 of the £200.00 that arrived on 1 Jun 2027 counts towards it (33 days late) | 150.00 | 0.00"
                            + " | 50.00",
                    "2027-05-29 | Paid (due on a Saturday; on time by the next working day, 1 Jun 2027) | 150.00 | 0.00 | 0.00"), Build.rows(june));
            assertEquals(p(0), june.owedNow());
            // On the bank holiday Mon 31 May, before the 1 Jun money: 29 May is still to come, 29 Apr's 5000 is owed.
            ArrearsSchedule bankHoliday = seenOn("2027-05-31", plans, money, List.of());
            assertEquals("2027-05-29 | On time if it arrives by Tue 1 Jun 2027 | 0.00 | 150.00 | 200.00",
                    Build.rows(bankHoliday).get(4));
            assertEquals(p(20000), bankHoliday.owedNow());
            assertEquals(p(5000), bankHoliday.owedOnPassedDues());
            assertEquals(p(5000), bankHoliday.owedOn(d("2027-05-28")));
            assertEquals(p(5000), bankHoliday.missedTotal(d("2027-01-01"), d("2027-05-31")));
        }
    }

    @Test
    @DisplayName("A new CMS calculation from Fri 23 Oct 2026: weekly £40 becomes fortnightly £90; £40 still paid once")
    void planChangesMidWay() {
        // Plan 1: £40 weekly on Mondays from 5 Oct 2026. Plan 2 (new calculation): £90 fortnightly from Fri 23 Oct.
        // Dues 5, 12, 19 Oct (4000 each: plan 1 stops the day before 23 Oct), then 23 Oct, 6 Nov, 20 Nov (9000 each).
        // Money: 4000 on 5, 12 and 19 Oct; 9000 on 23 Oct; 4000 on 6 Nov (the old amount: 5000 short); 9000 on
        // 20 Nov. Due 12000 + 27000 = 39000; received 12000 + 9000 + 4000 + 9000 = 34000; owed 5000 from 6 Nov.
        PaymentPlan before = new PaymentPlan(1, Build.m("40.00"), PaymentFrequency.WEEKLY, d("2026-10-05"), "Old");
        PaymentPlan after = new PaymentPlan(2, Build.m("90.00"), PaymentFrequency.FORTNIGHTLY, d("2026-10-23"),
                "New calculation");
        ArrearsSchedule s = seenOn("2026-11-27", List.of(after, before), List.of(pay("2026-10-05", "40.00"),
                pay("2026-10-12", "40.00"), pay("2026-10-19", "40.00"), pay("2026-10-23", "90.00"),
                pay("2026-11-06", "40.00"), pay("2026-11-20", "90.00")), List.of());
        assertEquals(List.of(
                "2026-10-05 | Paid | 40.00 | 0.00 | 0.00",
                "2026-10-12 | Paid | 40.00 | 0.00 | 0.00",
                "2026-10-19 | Paid | 40.00 | 0.00 | 0.00",
                "2026-10-23 | Paid | 90.00 | 0.00 | 0.00",
                "2026-11-06 | Part paid: £40.00 arrived on time; £50.00 still owed | 40.00 | 50.00 | 50.00",
                "2026-11-20 | Paid | 90.00 | 0.00 | 50.00"), Build.rows(s));
        assertEquals(List.of(1L, 1L, 1L, 2L, 2L, 2L), s.lines().stream().map(ScheduleLine::planId).toList());
        assertEquals(p(39000), s.totalDue());
        assertEquals(p(34000), s.totalReceived());
        assertEquals(p(5000), s.owedNow());
        assertEquals(p(5000), s.missedTotal(d("2026-10-01"), d("2026-11-27")));
        assertEquals(p(0), s.owedOn(d("2026-11-05")));
        assertEquals(p(5000), s.owedOn(d("2026-11-06")));
        assertEquals(Optional.of(new Due(d("2026-12-04"), Build.m("90.00"), Money.ZERO, Build.m("90.00"), 2,
                PaymentFrequency.FORTNIGHTLY, false)), s.nextDue(d("2026-11-27")));
    }

    @Nested
    @DisplayName("Collect and Pay at 4%: £37.45 weekly from Wed 7 Oct 2026")
    class CollectAndPay {

        // The paying parent owes £37.45 a week of maintenance and pays the CMS 20% on top as a collection fee:
        // 3745 + 749 (20% of 3745 = 749.0p) = 4494p a week goes to the CMS. That 749p is the CMS's fee, not
        // maintenance: it is never owed to the receiving parent, so it is in none of her figures.
        // The receiving parent has 4% taken off: 4% of 3745 = 149.8p -> 150p, so 3595p should arrive each week.
        // Money passed on: 7 Oct 3595 (collected 3745: 3745 - 150 = 3595; 3744 and 3746 give 3594 and 3596);
        // 14 Oct 2000 (collected 2083: 4% = 83.32p -> 83p, 2083 - 83 = 2000; 2082 gives 1999, 2084 gives 2001);
        // nothing for 21 Oct. Seen Thu 22 Oct, before the fee (as the CMS states arrears, what the paying parent
        // owes in maintenance): due 3 x 3745 = 11235, counted 3745 + 2083 = 5828, owed 5407; short on 14 Oct
        // 3745 - 2083 = 1662.
        private final List<PaymentPlan> plans = List.of(weekly("37.45", "2026-10-07"));
        private final List<Payment> money = List.of(viaCms("2026-10-07", "35.95"), viaCms("2026-10-14", "20.00"));

        @Test
        @DisplayName("arrears before the fee are what the paying parent owes in maintenance, without his 20% fee")
        void beforeTheFee() {
            ArrearsSchedule s = new ArrearsCalculator().calculate(plans, money, List.of(), d("2026-10-22"),
                    FeeRule.of(FOUR));
            assertEquals(List.of(
                    "2026-10-07 | Arrived in full | 37.45 | 0.00 | 0.00",
                    "2026-10-14 | Part arrived: £20.83 arrived on time; £16.62 still owed (amounts before the"
                            + " CMS fee) | 20.83 | 16.62 | 16.62",
                    "2026-10-21 | Nothing received | 0.00 | 37.45 | 54.07"), Build.rows(s));
            assertEquals(p(11235), s.totalDue(), "3 x 3745, not 3 x 4494 with the paying parent's 20% fee");
            assertEquals(p(5828), s.totalReceived());
            assertEquals(p(5407), s.owedNow());
            assertEquals(p(5407), s.missedTotal(d("2026-10-01"), d("2026-10-22")));
            ScheduleLine first = s.lines().get(0);
            assertEquals(p(150), first.fee(), "4% taken from the receiving parent's side");
            assertEquals(p(3595), first.expected());
            assertEquals("Maintenance due (weekly): £37.45, £35.95 after the £1.50 Collect and Pay fee",
                    first.description());
        }

        @Test
        @DisplayName("after the 4% fee: what the parent would receive, a penny off the bank statement's shortfall")
        void afterTheFee() {
            // If the CMS collected the 5407 owed in one sum it would keep 4% = 216.28p -> 216p and pass on 5191.
            // The bank statement's own shortfall is 3 x 3595 - (3595 + 2000) = 5190: the After fee column less what
            // arrived. The figure "about" what should still arrive is that one, penny for penny, so it never reads a
            // penny off the figures beside it (a reviewer found "about £381.63" beside a column adding up to
            // £381.64): 14 Oct's due keeps its own fee (150p) less the 83p taken on the 2083 passed on, 67p.
            ArrearsSchedule s = new ArrearsCalculator().calculate(plans, money, List.of(), d("2026-10-22"),
                    FeeRule.of(FOUR));
            assertTrue(s.feeApplies());
            assertEquals(p(5190), s.afterFee(s.owedNow()));
            assertEquals(p(2000), s.passedOnThroughCms(d("2026-10-14"), p(2083)));
            List<ReceivedPayment> received = s.received(d("2026-10-01"), d("2026-10-22"));
            assertEquals(List.of(p(3595), p(2000)), received.stream().map(ReceivedPayment::received).toList());
            assertEquals(List.of(p(3745), p(2083)), received.stream().map(ReceivedPayment::counted).toList());
        }

        @Test
        @DisplayName("the fee cut to 2% from 19 Oct: 21 Oct's due has 75p taken; money of 14 Oct is still worked at 4%")
        void feeCutOnADate() {
            // 2% of 3745 = 74.9p -> 75p, so 3670 should arrive for 21 Oct. 14 Oct's 2000 was passed on at 4%: 2083.
            FeeRule cut = FeeRule.of(FOUR).withRateFrom(d("2026-10-19"), new BigDecimal("2"));
            ArrearsSchedule s = new ArrearsCalculator().calculate(plans, money, List.of(), d("2026-10-22"), cut);
            assertEquals(p(75), s.lines().get(2).fee());
            assertEquals(p(3670), s.lines().get(2).expected());
            assertEquals(p(5407), s.owedNow());
            // After the fee, each due at its own rate (not today's 2% on the whole, 5299): 14 Oct's 3595 after the
            // fee less the 2000 that arrived is 1595, 21 Oct's 3745 at 2% is 3670 (the After fee column): 5265.
            assertEquals(p(5265), s.afterFee(s.owedNow()));
        }
    }

    @Nested
    @DisplayName("Monthly £250 from 15 Jan 2026: an offset, a write-off and a part payment in full and final settlement")
    class Outcomes {

        // Dues 15 Jan (Thu), 15 Feb (Sun), 15 Mar (Sun), 15 Apr, 15 May, 15 Jun 2026; 25000 each. Periods (7 days
        // early): 15 Jan 8 Jan-7 Feb, 15 Feb 8 Feb-7 Mar, 15 Mar 8 Mar-7 Apr, 15 Apr 8 Apr-7 May, 15 May 8 May-7 Jun.
        // Money: 15 Jan 25000; nothing for Feb, Mar, Apr: 75000 owed from 15 Apr.
        // Mon 20 Apr offset 10000 (overpaid after care changed): 65000; clears the oldest, 15 Feb (15000 left).
        // Fri 1 May write-off 15000: 50000; clears the rest of 15 Feb.
        // Tue 5 May settlement: the 50000 owed (15 Mar, 15 Apr) comes down to 30000 to be paid: 20000 given up, of
        // 15 Mar, oldest first; 30000 still owed (5000 of 15 Mar, 25000 of 15 Apr) until it is paid.
        // 15 May 25000 pays May's due; Wed 20 May 30000 is beyond May's due, so it pays the settlement, shown against
        // the dues it covers (5000 to 15 Mar, 25000 to 15 Apr), both then Settled: 0 owed.
        // 15 Jun 25000. Due 150000 = received 105000 + cleared 45000 (10000 + 15000 + 20000).
        private final List<PaymentPlan> plans = List.of(plan("250.00", PaymentFrequency.MONTHLY, "2026-01-15"));
        private final List<Payment> money = List.of(pay("2026-01-15", "250.00"), pay("2026-05-15", "250.00"),
                pay("2026-05-20", "300.00"), pay("2026-06-15", "250.00"));
        private final List<Adjustment> outcomes = List.of(adjust("2026-04-20", AdjustmentKind.OFFSET, "100.00"),
                adjust("2026-05-01", AdjustmentKind.WRITE_OFF, "150.00"),
                adjust("2026-05-05", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "300.00"));

        @Test
        @DisplayName("the balance steps down 750 -> 650 -> 500 -> 300 -> 0 and every line says how it ended")
        void balanceAndLines() {
            ArrearsSchedule s = seenOn("2026-06-15", plans, money, outcomes);
            assertEquals(List.of(
                    "2026-01-15 | Paid | 250.00 | 0.00 | 0.00",
                    "2026-02-15 | Written off | 0.00 | 0.00 | 250.00",
                    "2026-03-15 | Settled | 50.00 | 0.00 | 500.00",
                    "2026-04-15 | Settled | 250.00 | 0.00 | 300.00",
                    "2026-05-15 | Paid | 250.00 | 0.00 | 0.00",
                    "2026-06-15 | Paid | 250.00 | 0.00 | 0.00"), Build.rows(s));
            assertEquals(p(75000), s.owedOn(d("2026-04-19")));
            assertEquals(p(65000), s.owedOn(d("2026-04-20")));
            assertEquals(p(50000), s.owedOn(d("2026-05-01")));
            assertEquals(p(30000), s.owedOn(d("2026-05-05")));
            assertEquals(p(30000), s.owedOn(d("2026-05-19")));
            assertEquals(p(0), s.owedOn(d("2026-05-20")));
            assertEquals(p(150000), s.totalDue());
            assertEquals(p(105000), s.totalReceived());
            assertEquals(p(45000), s.totalCleared());
            assertEquals(p(0), s.owedNow());
            SettlementStatus settled = s.settlement().orElseThrow();
            assertEquals(p(30000), settled.toPay());
            assertEquals(p(30000), settled.received());
            assertEquals(Optional.of(d("2026-05-20")), settled.paidInFull());
        }

        @Test
        @DisplayName("15 Feb was £100 offset and £150 written off, and its words say both")
        void offsetAndWriteOffOnOneDue() {
            ArrearsSchedule s = seenOn("2026-06-15", plans, money, outcomes);
            assertEquals("Nothing; £100.00 offset; £150.00 written off", s.lines().get(1).arrivedText());
        }
    }

    @Nested
    @DisplayName("Weekly £45 on Saturdays from 19 Dec 2026: Christmas")
    class Christmas {

        // Dues Sat 19 Dec (on time by Mon 21 Dec), Sat 26 Dec (Boxing Day; Mon 28 Dec is its substitute bank
        // holiday, so on time by Tue 29 Dec), Sat 2 Jan 2027 (on time by Mon 4 Jan). 4500 each.
        // Periods: 19 Dec 17-23 Dec, 26 Dec 24-30 Dec, 2 Jan 31 Dec on.
        private final List<PaymentPlan> plans = List.of(weekly("45.00", "2026-12-19"));

        @Test
        @DisplayName("26 Dec's due is owed but not missed on the 28th or 29th, missed on the 30th")
        void viewedOverChristmas() {
            List<Payment> money = List.of(pay("2026-12-21", "45.00"));
            for (String day : List.of("2026-12-26", "2026-12-28", "2026-12-29")) {
                ArrearsSchedule s = seenOn(day, plans, money, List.of());
                assertEquals(List.of(
                        "2026-12-19 | Paid (due on a Saturday; on time by the next working day, 21 Dec 2026) | 45.00 | 0.00 | 0.00",
                        "2026-12-26 | On time if it arrives by Tue 29 Dec 2026 | 0.00 | 45.00 | 45.00"),
                        Build.rows(s), day);
                assertEquals(p(4500), s.owedNow(), day);
                assertEquals(p(0), s.owedOnPassedDues(), day);
                assertEquals(0, s.missedInARow(), day);
                assertEquals(p(0), s.missedTotal(d("2026-12-01"), d(day)), day);
            }
            ArrearsSchedule wednesday = seenOn("2026-12-30", plans, money, List.of());
            assertEquals("2026-12-26 | Nothing received | 0.00 | 45.00 | 45.00", Build.rows(wednesday).get(1));
            assertEquals(p(4500), wednesday.owedOnPassedDues());
            assertEquals(1, wednesday.missedInARow());
        }

        @Test
        @DisplayName("money on Tue 29 Dec for the Boxing Day due is on time")
        void paidOnTheWorkingDayAfter() {
            ArrearsSchedule s = seenOn("2026-12-30", plans, List.of(pay("2026-12-21", "45.00"),
                    pay("2026-12-29", "45.00")), List.of());
            assertEquals("2026-12-26 | Paid (due on a Saturday; on time by the next working day, 29 Dec 2026) | 45.00 | 0.00 | 0.00", Build.rows(s).get(1));
            assertEquals(p(0), s.owedOnPassedDues());
        }

        @Test
        @DisplayName("a pack to Mon 28 Dec made on 4 Jan does not call 26 Dec's due missed: it arrived on time on the 29th")
        void packToABankHolidayMadeLater() {
            // At the end of 28 Dec the 26 Dec due could still arrive on time (by Tue 29 Dec), and it did. The pack
            // for the period to 28 Dec leaves out the 29 Dec money (after its end), so the due must read as not
            // missed yet at that date, and the owed figure at 28 Dec is 0, not 4500.
            ArrearsSchedule pack = new ArrearsCalculator().calculate(plans, List.of(pay("2026-12-21", "45.00"),
                    pay("2026-12-29", "45.00")), List.of(), d("2026-12-28"), d("2027-01-04"), FeeRule.NONE);
            assertEquals("2026-12-26 | On time if it arrives by Tue 29 Dec 2026 | 0.00 | 45.00 | 45.00",
                    Build.rows(pack).get(1));
            assertEquals(p(0), pack.owedOn(d("2026-12-28")));
            assertEquals(p(0), pack.owedOnPassedDues());
            assertEquals(0, pack.missedInARow());
            assertEquals(p(0), pack.missedTotal(d("2026-12-01"), d("2026-12-28")));
        }
    }

    @Test
    @DisplayName("Late for Christmas, early for New Year: money in the next due's days pays that due first")
    void lateMoneyInTheNextDuesDays() {
        // Weekly £50 on Fridays from 18 Dec 2026: 18 Dec (working day), 25 Dec (Christmas: on time by Tue 29 Dec),
        // 1 Jan 2027 (New Year's Day: on time by Mon 4 Jan), 8 Jan. Periods: 18 Dec 16-22 Dec, 25 Dec 23-29 Dec,
        // 1 Jan 30 Dec-5 Jan, 8 Jan 6 Jan on.
        // Money: 18 Dec 5000; Wed 30 Dec 5000; Mon 4 Jan 5000; 8 Jan 5000. Balance: 0 throughout the end.
        // A parent reading the bank statement would say 30 Dec's money was Christmas's, a day after it was on time
        // by (5 days after 25 Dec), and 4 Jan's was New Year's, on time. The app's rule puts 30 Dec's money, which
        // is in 1 Jan's days, on 1 Jan first, then 4 Jan's on Christmas: 6 days after Tue 29 Dec. The balance is the same either
        // way; only which due is called late, and by how much, differs. This asserts what the app does (a judgement
        // for the project, reported): 6 days late where the statement shows money 1 day after the day it was on time by.
        ArrearsSchedule s = seenOn("2027-01-08", List.of(weekly("50.00", "2026-12-18")), List.of(
                pay("2026-12-18", "50.00"), pay("2026-12-30", "50.00"), pay("2027-01-04", "50.00"),
                pay("2027-01-08", "50.00")), List.of());
        assertEquals(List.of(
                "2026-12-18 | Paid | 50.00 | 0.00 | 0.00",
                // At the end of Thu 31 Dec, the day before the next due: 10000 due, 10000 arrived, but 30 Dec's is
                // New Year's, counted on 1 Jan: Christmas's 5000 is still owed that day.
                "2026-12-25 | Arrived late (6 days after Tue 29 Dec 2026) | 50.00 | 0.00 | 50.00",
                "2027-01-01 | Paid | 50.00 | 0.00 | 0.00",
                "2027-01-08 | Paid | 50.00 | 0.00 | 0.00"), Build.rows(s));
        assertEquals(p(0), s.owedNow());
        assertEquals(p(5000), s.owedOn(d("2026-12-29")));
        assertEquals(p(0), s.owedOn(d("2026-12-30")));
    }

    @Test
    @DisplayName("A settlement agreed on a due's own day, that due arriving the next day")
    void settlementOnADueDay() {
        // Monthly £100 from Mon 15 Jun 2026: 15 Jun, 15 Jul, 15 Aug (Sat: on time by Mon 17 Aug), 15 Sep (Tue).
        // Nothing for Jun, Jul, Aug: 30000 of arrears. Tue 15 Sep: settlement agreed, 15000 to be paid for them.
        // September's 10000 arrives Wed 16 Sep, a day late.
        // By hand (the seed: a part payment "will only clear the arrears ... the other parent will have to keep
        // making regular payments"): on 15 Sep September's due is not missed yet, so it is not arrears and not in the
        // settlement. After 16 Sep: Sep paid late (1 day), 15000 of the settlement still to come, owed 15000.
        ArrearsSchedule s = seenOn("2026-09-30", List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-06-15")),
                List.of(pay("2026-09-16", "100.00")),
                List.of(adjust("2026-09-15", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "150.00")));
        assertEquals(p(15000), s.owedNow());
        assertEquals(List.of(
                // The 15000 given up clears June and half of July, oldest first; the 15000 to be paid is still owed.
                "2026-06-15 | Settled | 0.00 | 0.00 | 100.00",
                "2026-07-15 | Nothing received | 0.00 | 50.00 | 200.00",
                "2026-08-15 | Nothing received | 0.00 | 100.00 | 300.00",
                "2026-09-15 | Arrived late (1 day) | 100.00 | 0.00 | 150.00"), Build.rows(s));
        SettlementStatus settled = s.settlement().orElseThrow();
        assertEquals(p(15000), settled.toPay(), "the agreed sum is for the three missed months only");
        assertEquals(p(0), settled.received(), "September's regular payment is not the settlement being paid");
        // On 15 Sep itself the settlement left September's due to be paid as usual: owed 15000, 10000 still to come.
        ArrearsSchedule onTheDay = seenOn("2026-09-15", List.of(plan("100.00", PaymentFrequency.MONTHLY,
                "2026-06-15")), List.of(), List.of(adjust("2026-09-15", AdjustmentKind.PART_PAYMENT_SETTLEMENT,
                "150.00")));
        assertEquals(p(15000), onTheDay.owedOnPassedDues());
        assertEquals(p(10000), onTheDay.stillDueNow());
    }

    @Test
    @DisplayName("A write-off or an offset on a due's own day clears arrears only, never that day's due")
    void writeOffOnADueDay() {
        // Weekly £50 on Mondays from 5 Jan 2026; 5 Jan paid, 12 Jan nothing. Mon 19 Jan: the CMS writes off £80.
        // By hand: on 19 Jan the arrears are 12 Jan's 5000; 19 Jan's due is not missed until the day is over. So 5000
        // is written off (all the arrears; the rest of the £80 has nothing to clear) and 19 Jan's 5000 is still to be
        // paid. It arrives Tue 20 Jan, a day late. Seen on 23 Jan: owed 0, 12 Jan "Written off", 19 Jan late.
        List<PaymentPlan> plans = List.of(weekly("50.00", "2026-01-05"));
        List<Payment> payments = List.of(pay("2026-01-05", "50.00"), pay("2026-01-20", "50.00"));
        for (AdjustmentKind kind : List.of(AdjustmentKind.WRITE_OFF, AdjustmentKind.OFFSET)) {
            ArrearsSchedule s = seenOn("2026-01-23", plans, payments, List.of(adjust("2026-01-19", kind, "80.00")));
            assertEquals(p(5000), s.totalCleared(), kind.name());
            assertEquals(p(0), s.owedNow(), kind.name());
            assertEquals(LineStatus.clearedBy(kind), s.lines().get(1).status(), kind.name());
            assertEquals(LineStatus.PAID_LATE, s.lines().get(2).status(), kind.name());
            // On the day itself: nothing owed, 19 Jan's 5000 still to come.
            ArrearsSchedule onTheDay = seenOn("2026-01-19", plans, payments, List.of(adjust("2026-01-19", kind,
                    "80.00")));
            assertEquals(p(0), onTheDay.owedOnPassedDues(), kind.name());
            assertEquals(p(5000), onTheDay.stillDueNow(), kind.name());
        }
    }
}
