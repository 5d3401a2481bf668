package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A due that money arrived for after its on-time day says so, whether or not it was paid in full. Worked by hand,
 * line by line; the matching of money to dues and every total are as before (the rows' received, short and balance
 * figures are the ones the old code gave).
 */
@DisplayName("Money that came late for a due is late, paid in full or not")
class LateThoughShortTest {

    private static Payment pay(long id, String date, String pounds) {
        return new Payment(id, d(date), m(pounds), PaymentMethod.BANK_TRANSFER, "", "");
    }

    /**
     * The reviewer's case: Monthly Direct Pay £212.40 due on the 1st from Mon 1 Jun 2026. Paid 1 Jun £212.40 (id 1);
     * Fri 3 Jul £100.00 (2); nothing in August; Tue 1 Sep £212.40 (3); Tue 15 Sep £150.00 (4); Fri 2 Oct £212.40 (5);
     * nothing in Nov or Dec. Schedule to Sat 5 Dec 2026. Monthly money counts from 7 days before a due.
     *
     * <pre>
     * 1 Jun  paid 212.40 on 1 Jun, on time                               Paid
     * 1 Jul  (Wed) 100.00 on Fri 3 Jul, 2 days late; 112.40 short until 15 Sep   Paid in full, late
     * 1 Aug  (Sat, on time by Mon 3 Aug) nothing in its days                Part paid, late
     *        15 Sep's 150.00 is over 1 Sep's due and goes to the oldest due still owed first: 112.40 completes
     *        July (76 days late), then 37.60 to August, 43 days after Mon 3 Aug (45 from 1 Aug); 174.80 short
     * 1 Sep  (Tue) 212.40 on 1 Sep, on time                               Paid
     * 1 Oct  (Thu) 212.40 on Fri 2 Oct, 1 day late                        Arrived late (1 day)
     * 1 Nov  (Sun) nothing; 1 Dec (Tue) nothing                           Nothing received
     * Due 7 x 212.40 = 1,486.80; paid 887.20; owed 599.60 = 174.80 + 212.40 + 212.40
     * </pre>
     */
    @Test
    @DisplayName("Reviewer's monthly case: July, August and October were late, not only October")
    void reviewersMonthlyCase() {
        ArrearsSchedule s = Build.schedule(List.of(plan("212.40", PaymentFrequency.MONTHLY, "2026-06-01")),
                List.of(pay(1, "2026-06-01", "212.40"), pay(2, "2026-07-03", "100.00"),
                        pay(3, "2026-09-01", "212.40"), pay(4, "2026-09-15", "150.00"),
                        pay(5, "2026-10-02", "212.40")), List.of(), "2026-12-05");
        assertEquals(List.of(
                "2026-06-01 | Paid | 212.40 | 0.00 | 0.00",
                "2026-07-01 | Paid in full, late: £100.00 arrived 2 days late; £112.40 of the £150.00 that arrived"
                        + " on 15 Sep 2026 counts towards it (76 days late) | 212.40 | 0.00 | 112.40",
                "2026-08-01 | Part paid: £37.60 of the £150.00 that arrived on 15 Sep 2026 counts towards it (43 days"
                        + " late, after Mon 3 Aug 2026); £174.80 still owed | 37.60 | 174.80 | 324.80",
                "2026-09-01 | Paid | 212.40 | 0.00 | 174.80",
                "2026-10-01 | Arrived late (1 day) | 212.40 | 0.00 | 174.80",
                "2026-11-01 | Nothing received | 0.00 | 212.40 | 387.20",
                "2026-12-01 | Nothing received | 0.00 | 212.40 | 599.60"), Build.rows(s));
        assertEquals(m("599.60"), s.owedNow());
        assertEquals(m("1486.80"), s.totalDue());
        assertEquals(m("887.20"), s.totalReceived());

        ScheduleLine july = s.lines().get(1);
        ScheduleLine august = s.lines().get(2);
        ScheduleLine october = s.lines().get(4);
        assertEquals(LineStatus.PAID_LATE, july.status());
        assertEquals("Part paid, late (short £174.80)", august.statusChipText());
        assertEquals("Part paid, late\n(short £174.80)", august.statusChipTextOnTwoLines());
        assertTrue(july.lateBy(2));
        assertEquals(2, july.daysLateBy(2));
        assertTrue(july.lateBy(4), "15 Sep's money completed July");
        assertEquals(76, july.daysLateBy(4));
        assertTrue(august.lateBy(4));
        assertEquals(43, august.daysLateBy(4));
        assertTrue(october.lateBy(5));
        assertEquals(1, october.daysLateBy(5));
        assertFalse(s.lines().get(0).lateBy(1));
        assertFalse(s.lines().get(3).lateBy(3));
        assertEquals(3, s.lines().stream().filter(ScheduleLine::arrivedLate).count());

        Map<Long, List<ScheduleLine>> late = s.paidLate();
        assertEquals(java.util.Set.of(2L, 4L, 5L), late.keySet());
        assertEquals(List.of(july), late.get(2L));
        assertEquals(List.of(july, august), late.get(4L));
        assertEquals(List.of(october), late.get(5L));
    }

    /**
     * Weekly £40.00 from Mon 2 Nov 2026 (weekly money counts from 2 days before a due). Schedule to Tue 1 Dec.
     *
     * <pre>
     * 2 Nov   40.00 on 2 Nov (id 1), on time                                      Paid
     * 9 Nov   20.00 on 9 Nov (2), on time; 20.00 on Thu 12 Nov (3), 3 days late  In full, part late: only id 3
     * 16 Nov  25.00 on Wed 18 Nov (4), 2 days late; 15.00 short                  Part paid, late
     * 23 Nov  10.00 on 23 Nov (5), on time; 10.00 on Thu 26 Nov (6), 3 days late; 20.00 short
     * 30 Nov  nothing                                                             Nothing received
     * Due 5 x 40.00 = 200.00; paid 125.00; owed 75.00 = 15.00 + 20.00 + 40.00
     * </pre>
     */
    @Test
    @DisplayName("Weekly: a due paid in two parts, on time then late, and part-paid dues with late money")
    void weeklyCase() {
        ArrearsSchedule s = Build.schedule(List.of(weekly("40.00", "2026-11-02")),
                List.of(pay(1, "2026-11-02", "40.00"), pay(2, "2026-11-09", "20.00"), pay(3, "2026-11-12", "20.00"),
                        pay(4, "2026-11-18", "25.00"), pay(5, "2026-11-23", "10.00"), pay(6, "2026-11-26", "10.00")),
                List.of(), "2026-12-01");
        assertEquals(List.of(
                "2026-11-02 | Paid | 40.00 | 0.00 | 0.00",
                // Half came on its day: not "Arrived late (3 days)" as if all of it came late (LatePartOnTimeTest).
                "2026-11-09 | Paid in full: £20.00 arrived on time; £20.00 arrived 3 days late | 40.00 | 0.00 | 0.00",
                "2026-11-16 | Part paid: £25.00 arrived 2 days late; £15.00 still owed | 25.00 | 15.00 | 15.00",
                "2026-11-23 | Part paid: £10.00 arrived on time; £10.00 arrived 3 days late; £20.00 still owed"
                        + " | 20.00 | 20.00 | 35.00",
                "2026-11-30 | Nothing received | 0.00 | 40.00 | 75.00"), Build.rows(s));
        assertEquals(m("75.00"), s.owedNow());

        ScheduleLine nine = s.lines().get(1);
        assertFalse(nine.lateBy(2), "the half that came on its day was on time");
        assertTrue(nine.lateBy(3));
        assertEquals(3, nine.daysLate());
        assertEquals(List.of(new ScheduleLine.LateMoney(3, d("2026-11-12"), m("20.00"), 3)), nine.lateMoney());
        ScheduleLine twentyThird = s.lines().get(3);
        assertFalse(twentyThird.lateBy(5));
        assertTrue(twentyThird.lateBy(6));
        assertEquals(java.util.Set.of(3L, 4L, 6L), s.paidLate().keySet());
    }

    /**
     * Money paid over an earlier due keeps its story beside late money (PaidOverTest's case): monthly £100.00 on the
     * 3rd from 3 Jun 2026; 3 Jun £100.00; 3 Jul £150.00 (£50.00 over, kept); Thu 27 Aug £130.00, in 3 Sep's days:
     * £100.00 pays 3 Sep early, £30.00 goes to 3 Aug (Mon), 24 days late. 3 Aug: £50.00 paid over + £30.00 late;
     * £20.00 short. The paid-over money is not called late: it came before.
     */
    @Test
    @DisplayName("Paid over from an earlier due, then late money: both said, only the late money late")
    void paidOverThenLate() {
        ArrearsSchedule s = Build.schedule(List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-06-03")),
                List.of(pay(1, "2026-06-03", "100.00"), pay(2, "2026-07-03", "150.00"), pay(3, "2026-08-27", "130.00")),
                List.of(), "2026-09-10");
        ScheduleLine august = s.lines().get(2);
        assertEquals("2026-08-03 | Part paid: £50.00 paid over on 3 Jul 2026 counts towards it; £30.00 of the £130.00 that arrived on 27 Aug 2026"
                + " counts towards it (24 days late); £20.00 still owed | 80.00 | 20.00 | 20.00", Build.rows(s).get(2));
        assertFalse(august.lateBy(2));
        assertTrue(august.lateBy(3));
        assertEquals(java.util.Set.of(3L), s.paidLate().keySet());
        assertEquals(m("20.00"), s.owedNow());
    }
}
