package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT;
import static uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A part payment in full and final settlement, and what comes after it, worked out by hand. £50.00 weekly from
 * Monday 5 Jan 2026: dues 5, 12, 19, 26 Jan and 2 Feb; periods 3-9 Jan, 10-16 Jan, 17-23 Jan, 24-30 Jan, then
 * 31 Jan to the as-of date (6 Feb). Unless a test says otherwise, nothing is paid for 5, 12 or 19 Jan and on Tuesday
 * 20 Jan, once 19 Jan's due is missed, a settlement is agreed for £60.00 still to pay: 150 owed, so 90 is given up,
 * oldest first (5 Jan's 50 and 40 of 12 Jan's), and the 60 stays owed on 12 Jan (10) and 19 Jan (50) until it is paid
 * (seed 000: if it is not, the CMS can cancel the agreement). Money paid under it is shown against those dues, which
 * are then Settled. (A settlement on a due's own day leaves that due to be paid: HandWorkedCasesTest.)
 * Rows are "due date | status | received for it | still short | balance at the end of its period".
 */
@DisplayName("A settlement, then more money, a write-off or a second settlement")
class SettlementMatchingTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));
    private static final Adjustment SETTLED_FOR_60 = adjust("2026-01-20", PART_PAYMENT_SETTLEMENT, "60.00");
    private static final List<String> THREE_SETTLED = List.of(
            "2026-01-05 | Settled | 0.00 | 0.00 | 50.00",
            "2026-01-12 | Settled | 10.00 | 0.00 | 100.00",
            "2026-01-19 | Settled | 50.00 | 0.00 | 60.00");

    @Test
    void moneyBeyondTheSettlementIsCreditAndThePaidInFullDateStays() {
        // 26 Jan: £50 that day pays 26 Jan. £20 on 27 Jan: 26 Jan is paid, so it goes to the settlement (20 of 60).
        // £50 on 29 Jan: £40 completes the settlement, paid in full on 29 Jan; the other £10 is kept as credit.
        // Balance at 30 Jan: 60 + 50 - 50 - 20 - 50 = -10.
        // 2 Feb: the £10 credit at the start of its period, then £40 on the day completes it: Paid (bal 0).
        // The £40 on 2 Feb is after the settlement was paid in full: the paid-in-full date stays 29 Jan.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-26", "50.00"),
                pay("2026-01-27", "20.00"), pay("2026-01-29", "50.00"), pay("2026-02-02", "40.00")),
                List.of(SETTLED_FOR_60), "2026-02-06");
        assertEquals(rows("2026-01-26 | Paid | 50.00 | 0.00 | -10.00", "2026-02-02 | Paid | 50.00 | 0.00 | 0.00"),
                Build.rows(schedule));
        SettlementStatus settlement = schedule.settlement().orElseThrow();
        assertEquals(m("60.00"), settlement.toPay());
        assertEquals(m("60.00"), settlement.received());
        assertEquals(d("2026-01-29"), settlement.paidInFull().orElseThrow());
        assertTrue(settlement.warning().isEmpty());
        ScheduleLine twentySixth = schedule.lines().get(3);
        assertEquals(m("60.00"), twentySixth.towardsArrears());
        assertEquals(m("10.00"), twentySixth.heldAsCredit());
        assertEquals("£10.00 of £20.00 on 27 Jan 2026 (paid under the settlement); £40.00 given up in the settlement "
                + "agreed 20 Jan 2026", Build.arrived(schedule).get(1));
        assertEquals("£10.00 of £20.00 on 27 Jan 2026 (paid under the settlement); £40.00 of £50.00 on 29 Jan 2026 "
                + "(paid under the settlement)", Build.arrived(schedule).get(2));
        assertEquals(List.of("£50.00 on 26 Jan 2026; £20.00 on 27 Jan 2026, all paid under the settlement (see the "
                + "dues it covers); £50.00 on 29 Jan 2026, £40.00 of it towards arrears and £10.00 kept as credit",
                "£10.00 of £50.00 paid ahead on 29 Jan 2026; £40.00 on 2 Feb 2026"),
                Build.arrived(schedule).subList(3, 5));
    }

    @Test
    void aWriteOffAfterASettlementClearsWhatIsLeftOfItFirst() {
        // £70 on 26 Jan: £50 for 26 Jan, £20 to the settlement (12 Jan's 10, 10 of 19 Jan: 40 of it still to
        // arrive, on 19 Jan). Bal 30 Jan: 60 + 50 - 70 = 40. 2 Feb: nothing (bal 90). The CMS writes off £50 on 3 Feb: the oldest debt first, which is the £40
        // left of the settlement, then £10 of 2 Feb, which is still £40 short. Bal 6 Feb: 90 - 50 = 40, all of it
        // on 2 Feb; nothing more of the settlement is to arrive.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-26", "70.00")),
                List.of(SETTLED_FOR_60, adjust("2026-02-03", WRITE_OFF, "50.00")), "2026-02-06");
        assertEquals(List.of(THREE_SETTLED.get(0), "2026-01-12 | Settled | 10.00 | 0.00 | 100.00",
                "2026-01-19 | Settled | 10.00 | 0.00 | 60.00", "2026-01-26 | Paid | 50.00 | 0.00 | 40.00",
                "2026-02-02 | Nothing received | 0.00 | 40.00 | 40.00"), Build.rows(schedule));
        assertEquals("£10.00 of £70.00 on 26 Jan 2026 (paid under the settlement); £40.00 written off",
                schedule.lines().get(2).arrivedText());
        assertEquals("Nothing; £10.00 written off", schedule.lines().get(4).arrivedText());
        SettlementStatus settlement = schedule.settlement().orElseThrow();
        assertEquals(m("20.00"), settlement.received());
        assertEquals(m("0.00"), settlement.stillToArrive());
        assertTrue(settlement.warning().isEmpty());
        assertEquals(m("40.00"), schedule.owedNow());
    }

    @Test
    void aSmallerWriteOffIsNamedInTheWarningBesideTheSumAsAgreed() {
        // £70 on 26 Jan: £50 for 26 Jan, £20 to the settlement (40 still to arrive). 2 Feb: nothing (bal 90). The
        // CMS writes off £10 on 3 Feb: the oldest debt first, so £10 of the settlement, which leaves £30 of it to
        // arrive. Bal 6 Feb: 90 - 10 = 80 (30 of the settlement, 50 of 2 Feb). The warning keeps the £60 the parent
        // agreed and says where the £10 went, rather than "£20.00 of £50.00", a sum nobody agreed.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-26", "70.00")),
                List.of(SETTLED_FOR_60, adjust("2026-02-03", WRITE_OFF, "10.00")), "2026-02-06");
        SettlementStatus settlement = schedule.settlement().orElseThrow();
        assertEquals(m("30.00"), settlement.stillToArrive());
        assertEquals(m("10.00"), settlement.writtenOff());
        assertEquals("Settlement agreed on 20 Jan 2026: £20.00 of £60.00 has arrived and £10.00 of it was written off "
                + "or offset; £30.00 has not. If it does not arrive, tell the CMS.", settlement.warning().orElseThrow());
        assertEquals(m("80.00"), schedule.owedNow());
    }

    @Test
    void aSecondSettlementStartsFromWhatIsLeftOfTheFirst() {
        // £70 on 26 Jan: £50 for 26 Jan, £20 to the first settlement (40 still to arrive). 2 Feb: nothing.
        // On 3 Feb a new settlement for £30: owed 40 (the first one's rest, on 19 Jan) + 50 (2 Feb) = 90, so 60 is
        // given up (19 Jan's 40, 20 of 2 Feb) and £30 stays owed on 2 Feb. The new one replaces the first: £30 to
        // pay, nothing of it arrived yet (bal 30).
        // Due 250 = received 70 + cleared (90 + 60) + owed 30.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-26", "70.00")),
                List.of(SETTLED_FOR_60, adjust("2026-02-03", PART_PAYMENT_SETTLEMENT, "30.00")), "2026-02-06");
        assertEquals(List.of(THREE_SETTLED.get(0), "2026-01-12 | Settled | 10.00 | 0.00 | 100.00",
                "2026-01-19 | Settled | 10.00 | 0.00 | 60.00", "2026-01-26 | Paid | 50.00 | 0.00 | 40.00",
                "2026-02-02 | Nothing received | 0.00 | 30.00 | 30.00"), Build.rows(schedule));
        assertEquals("Nothing; £30.00 to be paid under the settlement agreed 3 Feb 2026; £20.00 given up in the "
                + "settlement agreed 3 Feb 2026", schedule.lines().get(4).arrivedText());
        SettlementStatus settlement = schedule.settlement().orElseThrow();
        assertEquals(d("2026-02-03"), settlement.agreedOn());
        assertEquals(m("30.00"), settlement.toPay());
        assertEquals(m("0.00"), settlement.received());
        assertEquals("Settlement agreed on 3 Feb 2026: £0.00 of £30.00 has arrived; £30.00 has not. If it does not "
                + "arrive, tell the CMS.", settlement.warning().orElseThrow());
        assertEquals(m("150.00"), schedule.totalCleared());
        assertEquals(m("30.00"), schedule.owedNow());
    }

    @Test
    void aDuePaidBeforeTheSettlementIsNotMarkedAsClearedByIt() {
        // 5 Jan: nothing (bal 50). 12 Jan: £50 that day, Paid (bal 50). Settlement for £20 on 13 Jan, in 12 Jan's
        // period: owed 50, all on 5 Jan, so 30 is given up and £20 is still owed on 5 Jan until it is paid. 12 Jan
        // owed nothing, so nothing was cleared on it and no adjustment is named as clearing it.
        ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-12", "50.00")),
                List.of(adjust("2026-01-13", PART_PAYMENT_SETTLEMENT, "20.00")), "2026-01-16");
        assertEquals(List.of("2026-01-05 | Nothing received | 0.00 | 20.00 | 50.00",
                "2026-01-12 | Paid | 50.00 | 0.00 | 20.00"), Build.rows(schedule));
        assertEquals(PART_PAYMENT_SETTLEMENT, schedule.lines().get(0).clearedBy());
        assertEquals(m("0.00"), schedule.lines().get(1).cleared());
        assertNull(schedule.lines().get(1).clearedBy());
    }

    private static List<String> rows(String twentySixth, String secondFeb) {
        return List.of(THREE_SETTLED.get(0), THREE_SETTLED.get(1), THREE_SETTLED.get(2), twentySixth, secondFeb);
    }
}
