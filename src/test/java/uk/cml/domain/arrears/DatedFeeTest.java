package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;
import static uk.cml.domain.arrears.Build.viaCms;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Collect and Pay fee kept with its dates: a new rate never reworks money that came before it")
class DatedFeeTest {

    private static final List<PaymentPlan> MONTHLY_100 = List.of(plan("100.00", PaymentFrequency.MONTHLY,
            "2026-01-01"));
    private static final FeeRule FOUR_THEN_TWO = FeeRule.of(new BigDecimal("4"))
            .withRateFrom(d("2026-03-01"), new BigDecimal("2"));

    @Test
    void aCutInTheRateLeavesEarlierPaymentsAtTheOldRate() {
        // £100 due on the 1st. Through the CMS: £96 on 5 Jan and 5 Feb (4% kept), £98 on 5 Mar (2% from 1 Mar).
        // Each works back to £100 collected: nothing owed, nothing in credit, every due paid.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(MONTHLY_100,
                List.of(viaCms("2026-01-05", "96.00"), viaCms("2026-02-05", "96.00"), viaCms("2026-03-05", "98.00")),
                List.of(), d("2026-03-10"), FOUR_THEN_TWO);
        assertEquals(m("0.00"), schedule.owedNow());
        // 1 Jan (New Year's Day), Sun 1 Feb and Sun 1 Mar are on time by Fri 2 Jan, Mon 2 Feb and Mon 2 Mar: 3 days late.
        assertEquals(List.of("2026-01-01 | Arrived late (3 days after Fri 2 Jan 2026) | 100.00 | 0.00 | 0.00",
                "2026-02-01 | Arrived late (3 days after Mon 2 Feb 2026) | 100.00 | 0.00 | 0.00",
                "2026-03-01 | Arrived late (3 days after Mon 2 Mar 2026) | 100.00 | 0.00 | 0.00"), Build.rows(schedule));
        assertEquals(List.of(m("4.00"), m("4.00"), m("2.00")),
                schedule.lines().stream().map(ScheduleLine::fee).toList(), "each due's fee at the rate of its date");
    }

    @Test
    void theRateInForceIsTheLatestOnOrBeforeTheDate() {
        assertEquals(new BigDecimal("4"), FOUR_THEN_TWO.rateOn(d("2026-02-28")));
        assertEquals(new BigDecimal("2"), FOUR_THEN_TWO.rateOn(d("2026-03-01")));
        assertEquals(new BigDecimal("4"), FOUR_THEN_TWO.percentOn(d("2026-02-28")));
        assertEquals(m("98.00"), FOUR_THEN_TWO.afterFee(d("2026-03-01"), m("100.00")));
        assertEquals(m("96.00"), FOUR_THEN_TWO.afterFee(d("2026-02-28"), m("100.00")));
    }

    @Test
    void afterLeavingCollectAndPayOldCmsPaymentsStillCountAsWhatTheCmsCollected() {
        // Moved to Direct Pay from March: the £96s that came through the CMS were £100 collected; £100 paid direct.
        FeeRule directPay = FeeRule.of(new BigDecimal("4")).notUnderCollectAndPay();
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(MONTHLY_100,
                List.of(viaCms("2026-01-05", "96.00"), viaCms("2026-02-05", "96.00"), pay("2026-03-01", "100.00")),
                List.of(), d("2026-03-10"), directPay);
        assertEquals(m("0.00"), schedule.owedNow(), "no phantom £4 a payment");
        assertFalse(schedule.feeApplies(), "no fee on a Direct Pay case now");
        assertEquals(m("100.00"), schedule.afterFee(m("100.00")), "nothing is taken from money paid direct");
        assertTrue(schedule.lines().stream().allMatch(line -> line.fee().isZero()), "dues have no fee");
        assertEquals(new BigDecimal("4"), directPay.rateOn(d("2026-02-05")));
        assertEquals(BigDecimal.ZERO, directPay.percentOn(d("2026-02-05")));
        assertEquals(m("100.00"), directPay.collectedFor(d("2026-02-05"), m("96.00")));
    }

    @Test
    void aNewRateKeepsWhetherTheCaseIsUnderCollectAndPay() {
        FeeRule directPay = FeeRule.of(new BigDecimal("4")).notUnderCollectAndPay()
                .withRateFrom(d("2026-03-01"), new BigDecimal("2"));
        assertFalse(directPay.underCollectAndPayOn(d("2026-03-02")));
        assertTrue(FOUR_THEN_TWO.underCollectAndPayOn(d("2026-03-02")));
        assertEquals(m("49.00"), directPay.collectedFor(d("2026-03-02"), m("48.02")));
    }
}
