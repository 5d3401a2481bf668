package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.plan;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The receiving parent's Collect and Pay fee is taken from what the CMS collects, so money still owed once the case
 * is under Collect and Pay is counted less the fee whatever arrangement it fell due under (Child Support Fees
 * Regulations, reg 7(3) in Great Britain, reg 3(3) in the Northern Ireland mirror: "4% of any payment ... which the
 * Department has collected"; a written answer: "The receiving parent charge is only applied from the maintenance that
 * the Child Maintenance Service has successfully collected"). What the paying parent owes (before the fee) is
 * unchanged.
 *
 * <p>Worked by hand: £100.00 due on the 1st of each month from January 2026 under Direct Pay, nothing paid; the case
 * moved to Collect and Pay on 20 Mar 2026, the CMS keeping 4%. On 25 Mar £300.00 is owed (three Direct Pay dues);
 * collected by the CMS, 3 x (£100.00 - £4.00) = £288.00 reaches the parent.
 */
@DisplayName("The Collect and Pay fee follows collection: arrears of Direct Pay days collected by the CMS have it too")
class FeeFollowsCollectionTest {

    private static final List<PaymentPlan> MONTHLY = List.of(plan("100.00", PaymentFrequency.MONTHLY, "2026-01-01"));
    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));
    /** Direct Pay until 19 Mar, Collect and Pay from 20 Mar. */
    private static final FeeRule MOVED = FOUR.notUnderCollectAndPay().movedOn(d("2026-03-20"), true);

    private static ArrearsSchedule on(String asOf, FeeRule rule, Adjustment... adjustments) {
        return new ArrearsCalculator().calculate(MONTHLY, List.of(), List.of(adjustments), d(asOf), rule);
    }

    @Test
    void threeMissedDirectPayDuesCollectedByTheCmsReachTheParentLessTheFee() {
        ArrearsSchedule s = on("2026-03-25", MOVED);
        assertEquals(m("300.00"), s.owedOnPassedDues(), "what the paying parent owes is unchanged");
        assertEquals(m("288.00"), s.owedOnPassedDuesAfterFee(), "3 x £96.00: the CMS takes its 4% on what it collects");
        assertEquals(m("300.00"), s.owedOnPassedDuesCollectedFromOtherDays(),
                "the part that fell due under Direct Pay, which the words name");
    }

    @Test
    void withDuesSinceTheMoveEveryDueOwedHasTheFee() {
        // Apr and May fell due under Collect and Pay, also unpaid: 5 x £96.00.
        ArrearsSchedule s = on("2026-05-10", MOVED);
        assertEquals(m("500.00"), s.owedOnPassedDues());
        assertEquals(m("480.00"), s.owedOnPassedDuesAfterFee());
        assertEquals(m("192.00"), s.shortSinceAfterFee(d("2026-03-20")), "Apr and May");
    }

    @Test
    void directPayArrearsAreCollectedAtTheRateInForceWhenCollected() {
        // The fee cut to 2% from 1 May: the Direct Pay dues, collected now, at 2% (3 x £98.00); April's due, of a
        // Collect and Pay day under the 4% rate, keeps its £96.00 as before; May's at 2%, £98.00.
        FeeRule cut = MOVED.withRateFrom(d("2026-05-01"), new BigDecimal("2"));
        ArrearsSchedule s = on("2026-05-10", cut);
        assertEquals(m("500.00"), s.owedOnPassedDues());
        assertEquals(m("488.00"), s.owedOnPassedDuesAfterFee(), "294 + 96 + 98");
    }

    @Test
    void stillUnderDirectPayNothingIsCollectedByTheCmsSoNoFee() {
        ArrearsSchedule s = on("2026-03-25", FOUR.notUnderCollectAndPay());
        assertEquals(m("300.00"), s.owedOnPassedDuesAfterFee());
    }

    @Test
    void arrearsOfAPrivateArrangementAreNeverCollectedByTheCmsSoHaveNoFee() {
        // Private until 19 Mar (the CMS cannot collect those arrears: seed 000), Collect and Pay from 20 Mar.
        FeeRule fromPrivate = FOUR.notUnderCollectAndPay().privateUntil(d("2026-03-20"))
                .movedOn(d("2026-03-20"), true);
        ArrearsSchedule s = on("2026-04-10", fromPrivate);
        assertEquals(m("400.00"), s.owedOnPassedDues());
        assertEquals(m("396.00"), s.owedOnPassedDuesAfterFee(), "3 x £100.00 private + April's £96.00");
    }

    @Test
    void aCmsFigureAfterTheFeeOnEitherReadingAgreesAndSaysWhichItMatched() {
        Adjustment collected = new Adjustment(0, d("2026-03-25"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("288.00"),
                "", FeeBasis.AFTER_FEE);
        CmsDifference one = on("2026-03-30", MOVED, collected).cmsDifference().orElseThrow();
        assertTrue(one.difference().isZero(), one.describe());
        assertEquals(m("288.00"), one.appFigure());
        assertTrue(one.describe().contains("counts the Collect and Pay fee on the £300.00 that fell due before the "
                + "case was under Collect and Pay"), one.describe());

        // The CMS leaving the Direct Pay arrears whole (for example to be paid to the parent directly): no difference
        // either, and the words say that is how it matched.
        Adjustment whole = new Adjustment(0, d("2026-03-25"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("300.00"), "",
                FeeBasis.AFTER_FEE);
        CmsDifference two = on("2026-03-30", MOVED, whole).cmsDifference().orElseThrow();
        assertTrue(two.difference().isZero(), two.describe());
        assertEquals(m("300.00"), two.appFigure());
        assertTrue(two.describe().contains("with no fee on the £300.00 that fell due before the case was under "
                + "Collect and Pay"), two.describe());

        // A figure that is neither is a difference, shown against this record's figure on the collection reading.
        Adjustment wrong = new Adjustment(0, d("2026-03-25"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("250.00"), "",
                FeeBasis.AFTER_FEE);
        CmsDifference three = on("2026-03-30", MOVED, wrong).cmsDifference().orElseThrow();
        assertEquals(m("288.00"), three.appFigure());
        assertEquals(m("38.00"), three.difference());
    }
}
