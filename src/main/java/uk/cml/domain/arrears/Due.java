package uk.cml.domain.arrears;

import java.time.LocalDate;
import uk.cml.domain.Money;

/**
 * One payment that fell (or will fall) due under a plan.
 *
 * @param amount   the amount the plan says is due
 * @param fee      the Collect and Pay fee kept from it (zero without Collect and Pay)
 * @param expected what the parent should receive: {@code amount - fee}
 * @param collectAndPay whether the case was under Collect and Pay on its date, so its money is passed on by the CMS
 *                 and the parent knows only when it arrived, not when the paying parent paid
 */
public record Due(LocalDate date, Money amount, Money fee, Money expected, long planId, PaymentFrequency frequency,
        boolean collectAndPay) {

    static Due of(PaymentPlan plan, LocalDate date, FeeRule feeRule) {
        Money fee = feeRule.feeOn(date, plan.amount());
        return new Due(date, plan.amount(), fee, plan.amount().minus(fee), plan.id(), plan.frequency(),
                feeRule.underCollectAndPayOn(date));
    }
}
