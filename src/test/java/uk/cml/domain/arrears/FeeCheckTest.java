package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * £45.00 from the CMS for a £45.00 due, when 4% would leave £43.20, is worked back to £46.88 collected, and £1.88 of it
 * spills to older dues. Most likely the plan's amount or the fee is wrong, or the CMS passed it on without a fee: the
 * parent is asked to check, and nothing is changed.
 */
class FeeCheckTest {

    private static final List<PaymentPlan> PLANS = List.of(weekly("45.00", "2026-09-07"), weekly("38.50", "2026-11-09"));
    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));

    private static Optional<String> check(String date, String amount, PaymentMethod method, Optional<String> forDue,
            FeeRule fee) {
        return PaymentRules.feeCheck(d(date), m(amount), method, forDue.map(Build::d), PLANS, fee);
    }

    @Test
    void theFullAmountDueFromTheCmsIsAskedAbout() {
        assertEquals(Optional.of("Under Collect and Pay the CMS keeps 4% of each payment it passes on, so £43.20 "
                + "would arrive for a £45.00 payment. If £45.00 did arrive, please check the amount in your payment "
                + "plan and the Collect and Pay fee on the Case page."),
                check("2026-09-14", "45.00", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR));
        // The plan of the due it was said to be for, not of the day it came.
        assertEquals(Optional.empty(), check("2026-11-10", "45.00", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR));
        assertEquals(true, check("2026-11-10", "45.00", PaymentMethod.THROUGH_CMS, Optional.of("2026-11-02"), FOUR)
                .isPresent());
        assertEquals(true, check("2026-11-10", "38.50", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR)
                .isPresent());
    }

    @Test
    void otherAmountsOtherWaysAndNoFeeAreNot() {
        assertEquals(Optional.empty(), check("2026-09-14", "43.20", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR));
        assertEquals(Optional.empty(), check("2026-09-14", "20.00", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR));
        assertEquals(Optional.empty(), check("2026-09-14", "45.00", PaymentMethod.BANK_TRANSFER, Optional.empty(), FOUR));
        assertEquals(Optional.empty(), check("2026-09-14", "45.00", PaymentMethod.THROUGH_CMS, Optional.empty(),
                FeeRule.NONE));
        assertEquals(Optional.empty(), check("2026-09-01", "45.00", PaymentMethod.THROUGH_CMS, Optional.empty(), FOUR),
                "before any plan");
    }
}
