package uk.cml.ui.payments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.AdjustmentKind;

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
            problems.put(KIND, "Choose what kind of change this is.");
        }
        if (dateUnreadable) {
            problems.put(DATE, "That is not a date the app can read. Type it like 22/11/2026.");
        } else if (date.isEmpty()) {
            problems.put(DATE, "Enter the date of the change, as the CMS letter or agreement gives it.");
        } else if (date.get().isAfter(today)) {
            problems.put(DATE, "This date is in the future. Record a change once it has happened.");
        }
        String cleaned = amount == null ? "" : amount.strip().replace("£", "").replace(",", "").strip();
        Optional<Money> money = Money.parse(cleaned);
        if (cleaned.isEmpty()) {
            problems.put(AMOUNT, "Enter the amount, for example 250.00.");
        } else if (cleaned.matches("-?\\d*\\.\\d{3,}")) {
            problems.put(AMOUNT, "Use pounds and pence with no more than two numbers after the point, "
                    + "for example 250.00.");
        } else if (money.isEmpty()) {
            problems.put(AMOUNT, "Enter the amount in pounds and pence, using numbers only, for example 250.00.");
        } else if (money.get().isNegative() || money.get().isZero() && kind != AdjustmentKind.CMS_CONFIRMED_FIGURE
                && kind != AdjustmentKind.PART_PAYMENT_SETTLEMENT) {
            problems.put(AMOUNT, "Enter an amount more than £0.00.");
        } else if (money.get().compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            problems.put(AMOUNT, "This is more than " + Money.MAX_SINGLE_AMOUNT.format()
                    + ", the most the app accepts for one amount. Check the amount.");
        }
        return problems;
    }

    static Money amount(String typed) {
        return Money.parse(typed.strip().replace("£", "").replace(",", "").strip()).orElseThrow();
    }
}
