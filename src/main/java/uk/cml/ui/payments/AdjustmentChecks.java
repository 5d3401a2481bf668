package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.ui.common.Messages;

/**
 * Checks an adjustment typed on the form. The domain's amount rules are private to it, so these few lines say the
 * same things in the same words. A CMS figure may be £0.00 (the CMS says nothing is owed), and so may a settlement
 * (everything agreed was paid before the agreement date); a write-off or offset may not.
 */
final class AdjustmentChecks {

    static final String KIND = "kind";
    static final String DATE = "date";
    static final String AMOUNT = "amount";

    private AdjustmentChecks() {
    }

    static Map<String, String> problems(AdjustmentKind kind, Optional<LocalDate> date, boolean dateUnreadable,
                                        String amount, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put(KIND, Messages.text("payments.adjustmentChecks.chooseWhatKindOfChange"));
        }
        if (dateUnreadable) {
            problems.put(DATE, Messages.text("payments.adjustmentChecks.thatIsNotADate"));
        } else if (date.isEmpty()) {
            problems.put(DATE, Messages.text("payments.adjustmentChecks.enterTheDateOfThe"));
        } else if (date.get().isAfter(today)) {
            problems.put(DATE, Messages.text("payments.adjustmentChecks.thisDateIsInThe"));
        }
        String cleaned = amount == null ? "" : amount.strip().replace("£", "").replace(",", "").strip();
        Optional<Money> money = Money.parse(cleaned);
        if (cleaned.isEmpty()) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.enterTheAmountForExample"));
        } else if (cleaned.matches("-?\\d*\\.\\d{3,}")) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.usePoundsAndPenceWith"));
        } else if (money.isEmpty()) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.enterTheAmountInPounds"));
        } else if (money.get().isNegative() || money.get().isZero() && kind != AdjustmentKind.CMS_CONFIRMED_FIGURE
                && kind != AdjustmentKind.PART_PAYMENT_SETTLEMENT) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.enterAnAmountMoreThan"));
        } else if (money.get().compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            problems.put(AMOUNT, Messages.text("payments.adjustmentChecks.thisIsMoreThanThe",
                    Money.MAX_SINGLE_AMOUNT.format()));
        }
        return problems;
    }

    static Money amount(String typed) {
        return Money.parse(typed.strip().replace("£", "").replace(",", "").strip()).orElseThrow();
    }
}
