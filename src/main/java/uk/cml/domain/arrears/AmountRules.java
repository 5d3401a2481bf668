package uk.cml.domain.arrears;

import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.Words;

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
            return Optional.of(Words.text("arrears.amount.enter", what));
        }
        if (cleaned.matches("-?\\d*\\.\\d{3,}")) {
            return Optional.of(Words.text("arrears.amount.twoDecimals"));
        }
        Optional<Money> money = Money.parse(cleaned);
        if (money.isEmpty()) {
            return Optional.of(Words.text("arrears.amount.numbersOnly", what));
        }
        if (!money.get().isPositive()) {
            return Optional.of(Words.text("arrears.amount.moreThanZero", zeroAdvice));
        }
        if (money.get().compareTo(Money.MAX_SINGLE_AMOUNT) > 0) {
            return Optional.of(Words.text("arrears.amount.tooLarge", Money.MAX_SINGLE_AMOUNT.format()));
        }
        return Optional.empty();
    }

    /** Only call after {@link #problem} found nothing. */
    static Money read(String typed) {
        return Money.parse(typed.strip().replace("£", "").replace(",", "").strip()).orElseThrow();
    }
}
