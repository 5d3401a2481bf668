package uk.cml.domain.arrears;

import java.util.Optional;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;

/**
 * Reads an amount a parent typed in a form (a payment, a plan, an arrears change), or says in plain English what is
 * wrong with it. The number is read as the CSV importer reads it ({@link AmountText}).
 */
public final class AmountRules {

    private AmountRules() {
    }

    /**
     * The amount, or what is wrong with how it is written or with its size; whether zero or less will do is the
     * caller's to say.
     *
     * @param what the amount in the parent's words, e.g. "the amount you received"
     */
    public static Validated<Money> typed(String typed, String what) {
        AmountText.Reading reading = AmountText.read(typed);
        if (reading.problem().isPresent()) {
            return Validated.problem(switch (reading.problem().get()) {
                case EMPTY -> Words.text("arrears.amount.enter", what);
                case COMMA -> Words.text("arrears.amount.comma");
                case DECIMALS -> Words.text("arrears.amount.twoDecimals");
                case TOO_LONG -> tooLarge();
                case NOT_MONEY -> Words.text("arrears.amount.numbersOnly", what);
            });
        }
        Money money = reading.money().orElseThrow();
        return money.compareTo(Money.MAX_SINGLE_AMOUNT) > 0 ? Validated.problem(tooLarge()) : Validated.ok(money);
    }

    /**
     * @param what       the amount in the parent's words, e.g. "the amount you received"
     * @param zeroAdvice what to do instead of entering zero
     */
    static Optional<String> problem(String typed, String what, String zeroAdvice) {
        Validated<Money> money = typed(typed, what);
        if (money.isOk() && !money.value().isPositive()) {
            return Optional.of(Words.text("arrears.amount.moreThanZero", zeroAdvice));
        }
        return money.problem();
    }

    /** Only call after {@link #typed} found nothing wrong. */
    public static Money read(String typed) {
        return AmountText.read(typed).money().orElseThrow();
    }

    private static String tooLarge() {
        return Words.text("arrears.amount.tooLarge", Money.MAX_SINGLE_AMOUNT.format());
    }
}
