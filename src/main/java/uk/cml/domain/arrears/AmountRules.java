package uk.cml.domain.arrears;

import java.util.Optional;
import uk.cml.domain.Money;

/** Reads an amount a parent typed, or says in plain English what is wrong with it. */
final class AmountRules {

    private AmountRules() {
    }

    /**
     * @param what       the amount in the parent's words, e.g. "the amount you received"
     * @param zeroAdvice what to do instead of entering zero
     */
    static Optional<String> problem(String typed, String what, String zeroAdvice) {
        String cleaned = typed == null ? "" : typed.strip().replace("£", "").replace(",", "").strip();
        if (cleaned.isEmpty()) {
            return Optional.of("Enter " + what + ", for example 43.21.");
        }
        if (cleaned.matches("-?\\d*\\.\\d{3,}")) {
            return Optional.of("Use pounds and pence with no more than two numbers after the point, for example 43.21.");
        }
        Optional<Money> money = Money.parse(cleaned);
        if (money.isEmpty()) {
            return Optional.of("Enter " + what + " in pounds and pence, using numbers only, for example 43.21.");
        }
        if (!money.get().isPositive()) {
            return Optional.of("Enter an amount more than £0.00. " + zeroAdvice);
        }
        if (money.get().compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            return Optional.of("This is more than " + Money.MAX_SINGLE_AMOUNT.format()
                    + ", the most the app accepts for one amount. Check the amount.");
        }
        return Optional.empty();
    }

    /** Only call after {@link #problem} found nothing. */
    static Money read(String typed) {
        return Money.parse(typed.strip().replace("£", "").replace(",", "").strip()).orElseThrow();
    }
}
