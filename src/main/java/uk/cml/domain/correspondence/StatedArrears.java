package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Validated;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.AmountRules;

/**
 * The arrears figure a received letter states, and the day it gives the figure "as at". CMS letters often give the
 * arrears as at a day before their own date, so the two dates are kept apart; the figure is saved as the CMS's
 * arrears figure on {@code asAt}, linked to the letter.
 */
public record StatedArrears(Money amount, LocalDate asAt) {

    public static final String AMOUNT = "amount";
    public static final String AS_AT = "asAt";

    public StatedArrears {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asAt, "asAt");
    }

    /**
     * What is wrong with the figure as typed, by field ({@link #AMOUNT}, {@link #AS_AT}); empty when it will do. An
     * empty amount means the letter gives no figure, and then the date is not looked at. The figure may be £0.00 (the
     * CMS says nothing is owed). The day must not be after the letter's date (or, undated, the day it arrived),
     * nor in the future.
     */
    public static Map<String, String> problems(String typedAmount, Optional<LocalDate> asAt, boolean asAtUnreadable,
                                               Optional<LocalDate> letterDated, Optional<LocalDate> arrived,
                                               LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (typedAmount == null || typedAmount.isBlank()) {
            return problems;
        }
        Validated<Money> money = AmountRules.typed(typedAmount, Words.text("correspondence.stated.theFigure"));
        if (!money.isOk()) {
            problems.put(AMOUNT, money.problem().orElseThrow());
        } else if (money.value().isNegative()) {
            problems.put(AMOUNT, Words.text("correspondence.stated.negative"));
        }
        if (asAtUnreadable) {
            problems.put(AS_AT, Words.text("correspondence.rules.unreadableDate"));
        } else if (asAt.isEmpty()) {
            problems.put(AS_AT, Words.text("correspondence.stated.enterAsAt"));
        } else if (asAt.get().isAfter(today)) {
            problems.put(AS_AT, Words.text("correspondence.rules.dateInFuture"));
        } else if (letterDated.isPresent() && asAt.get().isAfter(letterDated.get())) {
            problems.put(AS_AT, Words.text("correspondence.stated.afterLetter",
                    UkFormats.shortDate(letterDated.get())));
        } else if (letterDated.isEmpty() && arrived.isPresent() && asAt.get().isAfter(arrived.get())) {
            problems.put(AS_AT, Words.text("correspondence.stated.afterArrived",
                    UkFormats.shortDate(arrived.get())));
        }
        return problems;
    }

    /** The figure as typed, once {@link #problems} found nothing wrong; empty when no amount was typed. */
    public static Optional<StatedArrears> read(String typedAmount, Optional<LocalDate> asAt) {
        if (typedAmount == null || typedAmount.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StatedArrears(AmountRules.read(typedAmount), asAt.orElseThrow()));
    }

    /** The note the CMS figure carries, naming the letter that stated it. */
    public static String noteFor(ReceivedLetter letter) {
        String from = letter.from().isEmpty() ? Words.text("correspondence.stated.theCms") : letter.from();
        return letter.dated().map(d -> Words.text("correspondence.stated.noteDated", from, UkFormats.shortDate(d)))
                .orElse(Words.text("correspondence.stated.noteReceived", from,
                        UkFormats.shortDate(letter.received())));
    }
}
