package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.viaCms;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Collect and Pay fee: per due payment, rounded half-up to the penny")
class CollectAndPayFeeTest {

    @ParameterizedTest(name = "{0}% of £{1} = £{2}, expected £{3}")
    @CsvSource({
        "4, 43.21, 1.73, 41.48",  // 172.84p -> 173p
        "4, 10.13, 0.41, 9.72",   // 40.52p -> 41p
        "4, 12.50, 0.50, 12.00",  // exactly 50p
        "2, 10.25, 0.21, 10.04",  // 20.5p -> 21p: half-up (half-even would give 20p)
        "2, 0.25, 0.01, 0.24",    // 0.5p -> 1p
        "2, 43.21, 0.86, 42.35",  // 86.42p -> 86p
        "0, 43.21, 0.00, 43.21",
    })
    void feeAndExpected(String percent, String due, String fee, String expected) {
        FeeRule rule = FeeRule.of(new BigDecimal(percent));
        assertEquals(m(fee), rule.feeOn(d("2026-01-05"), m(due)));
        Due first = DueGenerator.dueUpTo(List.of(weekly(due, "2026-01-05")), d("2026-01-05"), rule).get(0);
        assertEquals(m(expected), first.expected());
    }

    @Test
    void theScheduleIsWorkedBeforeTheFee() {
        // Four dues of £43.21 at 4%, nothing paid: the paying parent owes 4 x £43.21 = £172.84 (as the CMS says).
        // After the fee on each due, as the After fee column adds up: 4 x (43.21 - 1.73) = 4 x 41.48 = £165.92
        // (the fee once on the sum would be 6.9136 -> £6.91, £165.93: only a penny of rounding apart).
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(), List.of(), d("2026-01-26"), FeeRule.of(new BigDecimal("4")));
        assertEquals(m("172.84"), schedule.totalDue());
        assertEquals(m("172.84"), schedule.owedNow());
        assertTrue(schedule.feeApplies());
        assertEquals(m("165.92"), schedule.afterFee(schedule.owedNow()));
    }

    @Test
    void feeCanChangeOnADate() {
        // 4% until 18 Jan, 2% from 19 Jan: expected 41.48, 41.48, then 43.21 - 0.86 = 42.35.
        FeeRule rule = FeeRule.of(new BigDecimal("4")).withRateFrom(d("2026-01-19"), new BigDecimal("2"));
        List<Money> expected = DueGenerator.dueUpTo(List.of(weekly("43.21", "2026-01-05")), d("2026-01-19"), rule)
                .stream().map(Due::expected).toList();
        assertEquals(List.of(m("41.48"), m("41.48"), m("42.35")), expected);
    }

    @Test
    void paymentsThroughTheCmsCountAsWhatTheCmsCollected() {
        // £41.48 passed on on 5 Jan: the CMS collected £43.21 (4% = 172.84p -> £1.73): paid in full.
        // £41.00 on 12 Jan: collected £42.71 (fee 170.84p -> £1.71, 42.71 - 1.71 = 41.00), so 50p short before
        // the fee; after the fee on that 50p (2p) the parent is 48p short, as 41.48 - 41.00 says.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(Build.viaCms("2026-01-05", "41.48"), Build.viaCms("2026-01-12", "41.00")), List.of(),
                d("2026-01-13"), FeeRule.of(Optional.of(new BigDecimal("4"))));
        ScheduleLine first = schedule.lines().get(0);
        assertEquals(LineStatus.PAID, first.status());
        assertEquals(m("1.73"), first.fee());
        assertEquals(m("41.48"), first.expected());
        assertEquals("Maintenance due (weekly): £43.21, £41.48 after the £1.73 Collect and Pay fee",
                first.description());
        // What arrived is what reached the parent, £41.48; the CMS's £43.21 is named as before its fee.
        assertEquals("£41.48 on 5 Jan 2026 (£43.21 before the CMS fee)", first.arrivedText());
        ScheduleLine second = schedule.lines().get(1);
        assertEquals(LineStatus.PART_PAID, second.status());
        assertEquals(m("0.50"), second.shortBy());
        assertEquals(m("0.50"), schedule.owedNow());
        assertEquals(m("0.48"), schedule.afterFee(schedule.owedNow()));
    }

    /**
     * Beside the due payments' "After fee" column (£41.48 for each), what arrived is what reached the parent: "£41.48
     * on 5 Jan 2026" (it read "£43.21 on 5 Jan 2026", the CMS's figure before its fee, which no bank statement shows).
     * £41.00, which is not what the column says, also names what the CMS counted for it, in the column heading's words
     * ("before fee"), as the row's short figure counts that. The timeline, quick entry and the spreadsheet keep the
     * words whole (arrivedText), and a due with no fee has nothing beside it to leave out.
     */
    @Test
    void besideTheAfterFeeColumnOnlyAPaymentThatRepeatsItLeavesOutItsAfterFeeWords() {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(Build.viaCms("2026-01-05", "41.48"), Build.viaCms("2026-01-12", "41.00")), List.of(),
                d("2026-01-13"), FeeRule.of(Optional.of(new BigDecimal("4"))));
        assertEquals("£41.48 on 5 Jan 2026", schedule.lines().get(0).arrivedTextBesideExpected());
        assertEquals("£41.48 on 5 Jan 2026 (£43.21 before the CMS fee)", schedule.lines().get(0).arrivedText());
        assertEquals("£41.00 on 12 Jan 2026 (£42.71 before fee)", schedule.lines().get(1).arrivedTextBesideExpected());

        // The same £41.48 passed on, on a due with no fee (a private arrangement's): nothing beside it says £41.48.
        ArrearsSchedule noFee = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(Build.viaCms("2026-01-05", "41.48")), List.of(), d("2026-01-06"), FeeRule.NONE);
        assertEquals(noFee.lines().get(0).arrivedText(), noFee.lines().get(0).arrivedTextBesideExpected());
    }

    @ParameterizedTest(name = "£{0} passed on was £{1} collected")
    @CsvSource({
        "23.75, 24.74", // 2 x £12.37: fee on 24.74 = 98.96p -> 99p; 24.74 - 0.99 = 23.75
        "41.48, 43.21", // fee 172.84p -> 173p
        "19.45, 20.26", // 2 x £10.13: fee 81.04p -> 81p
        "82.96, 86.42", // 2 x £43.21 in one go: fee 345.68p -> 346p
        "0.96, 1.00",   // fee 4p exactly
    })
    void collectedForWorksTheFeeBack(String passedOn, String collected) {
        FeeRule rule = FeeRule.of(new BigDecimal("4"));
        assertEquals(m(collected), rule.collectedFor(d("2026-01-05"), m(passedOn)));
        assertEquals(m(passedOn), rule.afterFee(d("2026-01-05"), m(collected)));
    }

    @Test
    void whenTwoSumsCollectedPassOnTheSameAmountTheLargerIsTaken() {
        // At 4%: £50.12 collected, fee 200.48p -> 200p, passes on £48.12; £50.13 collected, fee 200.52p -> 201p,
        // also passes on £48.12. The larger, £50.13, is taken, so the arrears are never a rounding penny too high.
        FeeRule rule = FeeRule.of(new BigDecimal("4"));
        assertEquals(m("48.12"), rule.afterFee(d("2026-01-05"), m("50.12")));
        assertEquals(m("48.12"), rule.afterFee(d("2026-01-05"), m("50.13")));
        assertEquals(m("50.13"), rule.collectedFor(d("2026-01-05"), m("48.12")));
    }

    @Test
    void whenTwoSumsCollectedPassOnTheSameAmountAWholeNumberOfDuesIsTaken() {
        // At 4%: £51.87 collected, fee 207.48p -> 207p, passes on £49.80; £51.88 collected, fee 207.52p -> 208p,
        // also £49.80. With £51.87 due each week the CMS collected £51.87: taking £51.88 made a penny of credit that
        // never existed, one more each week.
        FeeRule rule = FeeRule.of(new BigDecimal("4"));
        assertEquals(m("51.88"), rule.collectedFor(d("2026-01-05"), m("49.80")));
        assertEquals(m("51.87"), rule.collectedFor(d("2026-01-05"), m("49.80"), List.of(m("51.87"))));
        assertEquals(m("51.87"), rule.collectedFor(d("2026-01-05"), m("49.80"), List.of(m("17.29"))));
        // The larger still wins when it is the whole number of dues, or when neither is.
        assertEquals(m("51.88"), rule.collectedFor(d("2026-01-05"), m("49.80"), List.of(m("25.94"))));
        assertEquals(m("51.88"), rule.collectedFor(d("2026-01-05"), m("49.80"), List.of(m("40.00"))));
        // Only one sum passes on £41.48 (£43.21), whatever is due.
        assertEquals(m("43.21"), rule.collectedFor(d("2026-01-05"), m("41.48"), List.of(m("43.20"))));
    }

    @Test
    void aYearPaidExactlyThroughTheCmsLeavesNoCredit() {
        // £51.87 a week under Collect and Pay at 4%, and every week exactly £49.80 passed on on the due day: a year
        // later nothing is owed and nothing is in credit (it showed £0.52 of credit, a penny a week).
        List<Payment> payments = new ArrayList<>();
        for (java.time.LocalDate due = d("2026-01-05"); due.isBefore(d("2027-01-01")); due = due.plusWeeks(1)) {
            payments.add(viaCms(due.toString(), "49.80"));
        }
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("51.87", "2026-01-05")),
                payments, List.of(), d("2026-12-31"), FeeRule.of(new BigDecimal("4")));
        assertEquals(Money.ZERO, schedule.owedNow());
    }

    @Test
    void twoDuesPassedOnTogetherAtTheirOwnAfterFeeFiguresLeaveNoRoundingPenny() {
        // Worked by hand. £51.87 a week from Fri 6 Nov 2026, Collect and Pay at 4%.
        // The fee on each due: 4% of 5,187p = 207.48p -> 207p, so each due's "after the fee" figure is
        // 5,187 - 207 = 4,980p = £49.80, and that is what the bank statement shows for one week.
        // 6 Nov: £49.80 passed on, for the 6 Nov due. 13 Nov: £99.60 = 2 x £49.80, the 13 and 20 Nov dues passed on
        // together, each with its own fee taken.
        // Worked back as if the fee were taken once on the sum: c - round(4% of c) = 9,960p has one answer,
        // c = 10,375p (fee 415.00p), £103.75: not 2 x £51.87 = £103.74, so the app counted a penny more than was
        // collected. Read as two dues with the fee on each: 9,960 / 4,980 = 2, so 2 x £51.87 = £103.74 collected.
        // On Mon 16 Nov: due 6 and 13 Nov = £103.74; counted £51.87 + £103.74 = £155.61; owed £103.74 - £155.61 =
        // -£51.87, exactly the 20 Nov due held as credit (it was -£51.88). On Fri 20 Nov: due £155.61, owed £0.00,
        // and the 20 Nov due arrived in advance.
        FeeRule rule = FeeRule.of(new BigDecimal("4"));
        List<PaymentPlan> plans = List.of(weekly("51.87", "2026-11-06"));
        List<Payment> payments = List.of(viaCms("2026-11-06", "49.80"), viaCms("2026-11-13", "99.60"));
        ArrearsCalculator calculator = new ArrearsCalculator();
        ArrearsSchedule monday = calculator.calculate(plans, payments, List.of(), d("2026-11-16"), rule);
        assertEquals(m("103.74"), monday.totalDue());
        assertEquals(m("-51.87"), monday.owedNow());
        ArrearsSchedule friday = calculator.calculate(plans, payments, List.of(), d("2026-11-20"), rule);
        assertEquals(Money.ZERO, friday.owedNow());
        assertEquals("Arrived in advance", friday.lines().get(2).statusText());
        // The same two dues with the fee taken once on the sum collected: 4% of 10,374p = 414.96p -> 415p, so
        // £99.59 passed on; that too is £103.74 collected.
        assertEquals(m("103.74"), rule.collectedFor(d("2026-11-13"), m("99.59"), List.of(m("51.87"))));
        assertEquals(m("103.74"), rule.collectedFor(d("2026-11-13"), m("99.60"), List.of(m("51.87"))));
        // Three dues of £12.37 (fee 49.48p -> 49p, £11.88 each after it) passed on together: 3 x £11.88 = £35.64,
        // which as one sum is 3,712p (fee 148.48p -> 148p) or 3,713p (148.52p -> 149p) collected, the larger taken:
        // two pence more than the 3 x £12.37 = £37.11 the CMS collected.
        assertEquals(m("37.13"), rule.collectedFor(d("2026-11-13"), m("35.64")));
        assertEquals(m("37.11"), rule.collectedFor(d("2026-11-13"), m("35.64"), List.of(m("12.37"))));
        // A sum that is neither way a whole number of dues is worked back as before: the larger sum collected.
        assertEquals(m("51.88"), rule.collectedFor(d("2026-11-13"), m("49.80"), List.of(m("40.00"))));
    }

    @ParameterizedTest(name = "at {0}% every sum up to £100 passed on is worked back to the largest sum collected")
    @ValueSource(strings = {"4", "2", "2.5", "33.33"})
    void collectedForIsTheLargestSumThatPassesOnTheAmount(String percent) {
        // Checked against counting up penny by penny: each extra penny collected adds 0p or 1p to the fee, so
        // what is passed on climbs by 0p or 1p, and every amount is passed on for some sum collected.
        FeeRule rule = FeeRule.of(new BigDecimal(percent));
        long collected = 0;
        for (long passedOn = 1; passedOn <= 10_000; passedOn++) {
            while (rule.afterFee(d("2026-01-05"), Money.ofPence(collected + 1)).pence() <= passedOn) {
                collected++;
            }
            assertEquals(collected, rule.collectedFor(d("2026-01-05"), Money.ofPence(passedOn)).pence());
        }
    }

    @Test
    void withoutAFeeAPaymentThroughTheCmsCountsAsItIs() {
        // 4% until the rate is cut to 0% on 1 Feb 2026: £48.00 passed on on 2 Feb was £48.00 collected; on 30 Jan
        // it was £50.00 collected (4% of 50.00 = 2.00).
        FeeRule rule = FeeRule.of(new BigDecimal("4")).withRateFrom(d("2026-02-01"), BigDecimal.ZERO);
        assertEquals(m("48.00"), rule.collectedFor(d("2026-02-02"), m("48.00")));
        assertEquals(m("50.00"), rule.collectedFor(d("2026-01-30"), m("48.00")));
        assertEquals(m("48.00"), FeeRule.NONE.collectedFor(d("2026-02-02"), m("48.00")));
    }

    @Test
    void afterTheFeeCreditKeepsItsSign() {
        // £50.00 of credit at 4%: fee 2.00, so -£48.00. Nothing stays nothing; with no fee the amount is as it is.
        FeeRule rule = FeeRule.of(new BigDecimal("4"));
        assertEquals(m("-48.00"), rule.afterFee(d("2026-01-05"), m("-50.00")));
        assertEquals(m("48.00"), rule.afterFee(d("2026-01-05"), m("50.00")));
        assertEquals(m("0.00"), rule.afterFee(d("2026-01-05"), m("0.00")));
        assertEquals(m("-50.00"), FeeRule.NONE.afterFee(d("2026-01-05"), m("-50.00")));
    }

    @Test
    void theFeeAppliesOnlyWhenARateAboveNoughtIsInForceOnTheScheduleDate() {
        List<PaymentPlan> plans = List.of(weekly("50.00", "2026-01-05"));
        FeeRule cutToNothing = FeeRule.of(new BigDecimal("4")).withRateFrom(d("2026-01-10"), BigDecimal.ZERO);
        // Under Collect and Pay from the start, with no rate until 1 Feb (FeeRule.NONE is a case never under it).
        FeeRule startsLater = new FeeRule(new java.util.TreeMap<>()).withRateFrom(d("2026-02-01"), new BigDecimal("4"));
        ArrearsCalculator calculator = new ArrearsCalculator();
        assertFalse(calculator.calculate(plans, List.of(), List.of(), d("2026-01-12"), FeeRule.NONE).feeApplies());
        assertFalse(calculator.calculate(plans, List.of(), List.of(), d("2026-01-12"), cutToNothing).feeApplies());
        assertTrue(calculator.calculate(plans, List.of(), List.of(), d("2026-01-09"), cutToNothing).feeApplies());
        assertFalse(calculator.calculate(plans, List.of(), List.of(), d("2026-01-31"), startsLater).feeApplies());
        assertTrue(calculator.calculate(plans, List.of(), List.of(), d("2026-02-01"), startsLater).feeApplies());
    }

    @Test
    void oneCmsPaymentForTwoDuesLeavesNoRoundingPenny() {
        // £12.37 weekly at 4%: fee per due 49.48p -> 49p, so 2 x £11.88 = £23.76 if worked per due. The CMS
        // collects £24.74 once and takes 98.96p -> 99p, passing on £23.75. Worked back, £23.75 is £24.74
        // collected = 2 x £12.37: both dues paid in full, nothing owed, no penny "part paid".
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("12.37", "2026-01-05")),
                List.of(Build.viaCms("2026-01-12", "23.75")), List.of(), d("2026-01-16"),
                FeeRule.of(new BigDecimal("4")));
        assertEquals(List.of("2026-01-05 | Arrived late (7 days) | 12.37 | 0.00 | 12.37",
                "2026-01-12 | Arrived in full | 12.37 | 0.00 | 0.00"), Build.rows(schedule));
        assertEquals(0, schedule.missedInARow());
    }

    @Test
    void aCmsFigureIsComparedOnTheSameSideOfTheFee() {
        // £43.21 weekly at 4% from 5 Jan, nothing paid: on 13 Jan the paying parent owes 86.42 before the fee;
        // after it 86.42 - 3.46 (345.68p) = 82.96. (A figure given on 12 Jan itself would leave that day's due
        // out: CmsFigureOnADueDayTest.)
        FeeRule fee = FeeRule.of(new BigDecimal("4"));
        List<Adjustment> figures = List.of(
                new Adjustment(0, d("2026-01-13"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("86.42"), "", FeeBasis.BEFORE_FEE),
                new Adjustment(0, d("2026-01-13"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("82.96"), "", FeeBasis.AFTER_FEE),
                new Adjustment(0, d("2026-01-13"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("82.96"), "", FeeBasis.BEFORE_FEE));
        List<CmsDifference> compared = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(), figures, d("2026-01-13"), fee).cmsDifferences();
        assertEquals(m("0.00"), compared.get(0).difference()); // before v before: agree
        assertEquals(m("0.00"), compared.get(1).difference()); // after v after: agree, no "difference" of the fee
        assertEquals(m("3.46"), compared.get(2).difference()); // 82.96 said to be before the fee: 3.46 less
        assertEquals("The CMS said the arrears were £82.96 as at 13 Jan 2026, after the Collect and Pay fee (what you "
                + "should receive). This record shows £82.96 on 13 Jan 2026, on the same basis: the figures agree.",
                compared.get(1).describe());
    }

    @Test
    void aCmsFigureAfterTheFeeTakenOnEachDueIsNoDifference() {
        // Worked by hand. £51.87 a week from Fri 6 Nov 2026 at 4%, nothing paid: on Mon 16 Nov the paying parent
        // owes 2 x £51.87 = £103.74. After the fee taken once on that sum: 4% of 10,374p = 414.96p -> 415p, so
        // £99.59. After the fee taken on each due: 2 x (5,187 - 207) = 2 x 4,980p = £99.60, what the "After the fee"
        // column adds up to. The CMS saying either is no difference (it said £0.01, a penny that is only rounding);
        // £99.50 is compared with the fee on each due, £99.60, as the column: 10p.
        FeeRule fee = FeeRule.of(new BigDecimal("4"));
        List<Adjustment> figures = List.of(
                new Adjustment(0, d("2026-11-16"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("99.60"), "", FeeBasis.AFTER_FEE),
                new Adjustment(0, d("2026-11-16"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("99.59"), "", FeeBasis.AFTER_FEE),
                new Adjustment(0, d("2026-11-16"), AdjustmentKind.CMS_CONFIRMED_FIGURE, m("99.50"), "", FeeBasis.AFTER_FEE));
        List<CmsDifference> compared = new ArrearsCalculator().calculate(List.of(weekly("51.87", "2026-11-06")),
                List.of(), figures, d("2026-11-16"), fee).cmsDifferences();
        assertEquals(m("0.00"), compared.get(0).difference());
        assertEquals(m("99.60"), compared.get(0).appFigure());
        assertEquals(m("0.00"), compared.get(1).difference());
        assertEquals(m("0.10"), compared.get(2).difference());
        assertEquals(m("99.60"), compared.get(2).appFigure());
        assertTrue(compared.get(0).describe().endsWith("the figures agree."), compared.get(0).describe());
    }

    @Test
    void noFeeWhenEmpty() {
        assertTrue(FeeRule.of(Optional.empty()).percentFrom().isEmpty());
        assertEquals(m("0.00"), FeeRule.NONE.feeOn(d("2026-01-05"), m("43.21")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100", "150"})
    void refusesImpossibleRates(String percent) {
        assertThrows(IllegalArgumentException.class, () -> FeeRule.of(new BigDecimal(percent)));
    }
}
