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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * A case moved between Collect and Pay and Direct Pay on a date: each due keeps the arrangement of its own date.
 *
 * <p>Worked by hand: £123.45 due on the 1st of each month from January 2026; the CMS keeps 4%. 4% of £123.45 is
 * £4.938, £4.94 to the penny, so a Collect and Pay due should reach the parent as £118.51; a Direct Pay due as
 * £123.45. Six dues, three under each arrangement: £740.70 before the fee, fees 3 x £4.94 = £14.82, so £725.88 after
 * it (3 x £118.51 = £355.53 plus 3 x £123.45 = £370.35).
 */
@DisplayName("Moving between Collect and Pay and Direct Pay: each due keeps its own fee in the column")
class ArrangementMoveTest {

    private static final List<PaymentPlan> MONTHLY = List.of(plan("123.45", PaymentFrequency.MONTHLY, "2026-01-01"));
    private static final LocalDate APRIL_1 = d("2026-04-01");
    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));
    /** Under Collect and Pay until 31 Mar, Direct Pay from 1 Apr. */
    private static final FeeRule TO_DIRECT_PAY = FOUR.movedOn(APRIL_1, false);
    /** Direct Pay until 31 Mar (the March payment was missed), Collect and Pay from 1 Apr. */
    private static final FeeRule TO_COLLECT_AND_PAY = FOUR.notUnderCollectAndPay().movedOn(APRIL_1, true);

    @Test
    void movedToDirectPayTheDuesBeforeKeepTheirFee() {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(MONTHLY,
                List.of(viaCms("2026-01-05", "118.51"), viaCms("2026-02-05", "118.51"), viaCms("2026-03-05", "118.51"),
                        pay("2026-04-01", "123.45"), pay("2026-05-01", "123.45"), pay("2026-06-01", "123.45")),
                List.of(), d("2026-06-10"), TO_DIRECT_PAY);
        assertEquals(List.of(m("4.94"), m("4.94"), m("4.94"), m("0.00"), m("0.00"), m("0.00")),
                schedule.lines().stream().map(ScheduleLine::fee).toList());
        assertEquals(List.of(m("118.51"), m("118.51"), m("118.51"), m("123.45"), m("123.45"), m("123.45")),
                schedule.lines().stream().map(ScheduleLine::expected).toList());
        assertTotals(schedule);
        assertEquals(Money.ZERO, schedule.owedNow(), "each £118.51 through the CMS was £123.45 collected");
        assertTrue(schedule.lines().stream().allMatch(line -> line.shortBy().isZero()));
        assertFalse(schedule.feeApplies(), "no fee on the case today");
        ArrearsSchedule inMarch = new ArrearsCalculator().calculate(MONTHLY, List.of(), List.of(), d("2026-03-10"),
                TO_DIRECT_PAY);
        assertTrue(inMarch.feeApplies(), "in March the case was under Collect and Pay");
        // Owed £370.35 in March on three dues of £123.45 at 4%: each due less its own fee, as the After fee column
        // adds up, 3 x £118.51 = £355.53 (the fee once on the sum, £14.81, would leave a penny more).
        assertEquals(m("355.53"), inMarch.afterFee(inMarch.owedNow()));
    }

    @Test
    void movedToCollectAndPayTheDuesBeforeHaveNoFeeOfTheirOwn() {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(MONTHLY,
                List.of(pay("2026-01-01", "123.45"), pay("2026-02-01", "123.45"),
                        viaCms("2026-04-05", "118.51"), viaCms("2026-05-05", "118.51"), viaCms("2026-06-05", "118.51")),
                List.of(new Adjustment(0, d("2026-03-20"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("123.45"), "",
                                FeeBasis.AFTER_FEE),
                        new Adjustment(0, d("2026-04-20"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("118.51"), "",
                                FeeBasis.AFTER_FEE)),
                d("2026-06-10"), TO_COLLECT_AND_PAY);
        assertEquals(List.of(m("0.00"), m("0.00"), m("0.00"), m("4.94"), m("4.94"), m("4.94")),
                schedule.lines().stream().map(ScheduleLine::fee).toList());
        assertEquals(List.of(m("123.45"), m("123.45"), m("123.45"), m("118.51"), m("118.51"), m("118.51")),
                schedule.lines().stream().map(ScheduleLine::expected).toList());
        assertTotals(schedule);
        assertEquals(m("123.45"), schedule.owedNow(), "only March's due, missed under Direct Pay");
        assertTrue(schedule.feeApplies());
        // March's due fell under Direct Pay, with no fee of its own in the column; still owed now the case is under
        // Collect and Pay, it would reach the parent less the 4% the CMS takes on what it collects.
        assertEquals(m("118.51"), schedule.afterFee(schedule.owedNow()), "March's due, collected by the CMS now");
        assertEquals(m("123.45"), schedule.owedOnPassedDuesCollectedFromOtherDays());
        // Each CMS figure after the fee is compared by its own date: in March no fee; in April the CMS takes its 4%
        // on all it collects now (£118.51), which is this record's figure, and the words say the fee is on March's.
        List<CmsDifference> figures = schedule.cmsDifferences();
        assertEquals(List.of(m("123.45"), m("118.51")), figures.stream().map(CmsDifference::appFigure).toList());
        assertEquals(List.of(false, true), figures.stream().map(CmsDifference::feeApplies).toList());
        assertTrue(figures.stream().allMatch(f -> f.difference().isZero()));
        assertTrue(figures.get(1).describe().endsWith("This record counts the Collect and Pay fee on the £123.45 that "
                + "fell due before the case was under Collect and Pay too, as the CMS takes its fee from what it "
                + "collects."), figures.get(1).describe());
    }

    @Test
    void whetherTheFeeAppliesIsDecidedByTheDayOfTheMove() {
        assertTrue(TO_DIRECT_PAY.underCollectAndPayOn(d("2026-03-31")));
        assertFalse(TO_DIRECT_PAY.underCollectAndPayOn(APRIL_1));
        assertEquals(new BigDecimal("4"), TO_DIRECT_PAY.percentOn(d("2026-03-31")));
        assertEquals(BigDecimal.ZERO, TO_DIRECT_PAY.percentOn(APRIL_1));
        assertFalse(TO_COLLECT_AND_PAY.underCollectAndPayOn(d("2026-03-31")));
        assertTrue(TO_COLLECT_AND_PAY.underCollectAndPayOn(APRIL_1));
        assertEquals(m("4.94"), TO_COLLECT_AND_PAY.feeOn(APRIL_1, m("123.45")));
        assertEquals(m("0.00"), TO_COLLECT_AND_PAY.feeOn(d("2026-03-01"), m("123.45")));
        // Money through the CMS is worked back at the rate of its day, whatever the arrangement then.
        assertEquals(m("123.45"), TO_DIRECT_PAY.collectedFor(d("2026-05-05"), m("118.51")));
        assertEquals(m("123.45"), TO_COLLECT_AND_PAY.collectedFor(d("2026-03-05"), m("118.51")));
        // A rate change keeps the moves; a first move before any period: the first period stands for the start.
        assertFalse(TO_DIRECT_PAY.withRateFrom(d("2026-05-01"), new BigDecimal("2")).underCollectAndPayOn(APRIL_1));
        FeeRule fromMay = new FeeRule(FOUR.percentFrom(), new java.util.TreeMap<>(java.util.Map.of(
                d("2026-05-01"), true)));
        assertTrue(fromMay.underCollectAndPayOn(d("2026-01-01")));
        assertFalse(new FeeRule(FOUR.percentFrom(), new java.util.TreeMap<>()).underCollectAndPayOn(APRIL_1));
    }

    /** The dues before the fee, less the fees, are the dues after it, to the penny. */
    private static void assertTotals(ArrearsSchedule schedule) {
        Money before = schedule.lines().stream().map(ScheduleLine::due).reduce(Money.ZERO, Money::plus);
        Money fees = schedule.lines().stream().map(ScheduleLine::fee).reduce(Money.ZERO, Money::plus);
        Money after = schedule.lines().stream().map(ScheduleLine::expected).reduce(Money.ZERO, Money::plus);
        assertEquals(m("740.70"), before);
        assertEquals(m("14.82"), fees);
        assertEquals(m("725.88"), after);
        assertEquals(before, schedule.totalDue());
        assertEquals(after, before.minus(fees));
        Money byMonth = schedule.expectedVsReceivedByMonth().values().stream().map(MonthTotals::expected)
                .reduce(Money.ZERO, Money::plus);
        assertEquals(m("740.70"), byMonth, "the chart's months (before the fee) add up to the same");
    }
}
