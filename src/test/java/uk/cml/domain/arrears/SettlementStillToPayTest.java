package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.AdjustmentKind.PART_PAYMENT_SETTLEMENT;
import static uk.cml.domain.arrears.AdjustmentKind.WRITE_OFF;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A part payment in full and final settlement clears the arrears only when the agreed sum is paid (seed 000: the
 * CMS confirms how and when it should be made, and can cancel the agreement if it is not). Until then the dues it
 * covers still show what is owed; only the part given up counts as cleared.
 *
 * <p>By hand: £310 monthly on the 28th from 28 Jan 2026, £286.40 from 28 Jun. 28 Jan paid; 28 Feb (a Saturday,
 * on time by Mon 2 Mar) only £156.25 on 3 Mar (short 153.75); 28 Mar paid; 28 Apr nothing; 28 May paid late on 6 Jun;
 * 28 Jun to 28 Nov paid on the day. Owed 153.75 + 310 = 463.75. The CMS writes off £200 on 15 Sep, oldest first: all
 * of February's 153.75 and 46.25 of April's (owed 263.75). On 20 Oct a settlement of £150 is agreed: 113.75 is
 * given up (of April, the only due still owed), and £150 stays owed on April until it is paid.
 */
@DisplayName("A settlement's agreed sum stays owed on the dues it covers until it is paid")
class SettlementStillToPayTest {

    private static final List<PaymentPlan> PLANS = List.of(plan("310.00", PaymentFrequency.MONTHLY, "2026-01-28"),
            plan("286.40", PaymentFrequency.MONTHLY, "2026-06-28"));
    private static final List<Adjustment> OUTCOMES = List.of(adjust("2026-09-15", WRITE_OFF, "200.00"),
            adjust("2026-10-20", PART_PAYMENT_SETTLEMENT, "150.00"));

    private static List<Payment> money(boolean settlementPaid) {
        List<Payment> paid = new ArrayList<>(List.of(pay("2026-01-28", "310.00"), pay("2026-03-03", "156.25"),
                pay("2026-03-28", "310.00"), pay("2026-06-06", "310.00")));
        for (String month : List.of("06", "07", "08", "09", "10", "11")) {
            paid.add(pay("2026-" + month + "-28", "286.40"));
        }
        if (settlementPaid) {
            paid.add(pay("2026-11-30", "150.00"));
        }
        return paid;
    }

    @Test
    void beforeTheAgreedSumArrivesItIsOwedOnTheDueItCovers() {
        ArrearsSchedule s = Build.schedule(PLANS, money(false), OUTCOMES, "2026-11-29");
        ScheduleLine april = s.lines().get(3);
        assertEquals("2026-04-28 | Nothing received | 0.00 | 150.00 | 463.75", Build.rows(s).get(3));
        assertEquals("Nothing; £150.00 to be paid under the settlement agreed 20 Oct 2026; £46.25 written off; "
                + "£113.75 given up in the settlement agreed 20 Oct 2026", april.arrivedText());
        // The short column adds up to what is owed, and only the part given up counts as cleared: 200 + 113.75.
        long short_ = s.lines().stream().mapToLong(line -> line.shortBy().pence()).sum();
        long cleared = s.lines().stream().mapToLong(line -> line.cleared().pence()).sum();
        assertEquals(m("150.00"), s.owedNow());
        assertEquals(15000, short_);
        assertEquals(31375, cleared);
        assertEquals(m("313.75"), s.totalCleared());
        assertEquals(m("150.00"), s.missedTotal(d("2026-01-28"), d("2026-11-29")));
        assertEquals(m("150.00"), s.settlement().orElseThrow().stillToArrive());
    }

    @Test
    void theMoneyThatPaysItIsShownAgainstTheSettlementsDueAndClearsIt() {
        // £150 on Mon 30 Nov, in 28 Nov's period: 28 Nov was paid on the day, so all of it pays the settlement, which
        // is owed on April: April is Settled, 28 Nov says where the money went. Owed 0.
        ArrearsSchedule s = Build.schedule(PLANS, money(true), OUTCOMES, "2026-12-01");
        assertEquals("2026-04-28 | Settled | 150.00 | 0.00 | 463.75", Build.rows(s).get(3));
        assertEquals("£150.00 on 30 Nov 2026 (paid under the settlement); £46.25 written off; £113.75 given up in the "
                + "settlement agreed 20 Oct 2026", s.lines().get(3).arrivedText());
        assertEquals("£286.40 on 28 Nov 2026; £150.00 on 30 Nov 2026, all paid under the settlement (see the dues it "
                + "covers)", s.lines().get(10).arrivedText());
        assertEquals(m("0.00"), s.owedNow());
        assertEquals(d("2026-11-30"), s.settlement().orElseThrow().paidInFull().orElseThrow());
        assertEquals(m("313.75"), s.totalCleared());
    }
}
