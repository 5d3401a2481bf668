package uk.cml.domain.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import uk.cml.domain.Money;

/**
 * The Collect and Pay fee the CMS keeps from what the receiving parent gets, as a percentage that can change on a
 * date (4% at the time of writing; a cut to 2% has been announced). Never hard-code the rate: it is a setting.
 *
 * <p>Rounding rule: the fee is worked out separately for each due payment, as {@code percent} of that due amount,
 * rounded half-up to the nearest penny ({@link Money#percent}). The parent is expected to receive the due amount
 * minus that rounded fee. Example: 4% of £43.21 is 172.84p, kept as £1.73, so £41.48 is expected.
 *
 * @param percentFrom the rate in force from each date (inclusive) until the next; no entry means no fee
 */
public record FeeRule(NavigableMap<LocalDate, BigDecimal> percentFrom) {

    /** No fee: Direct Pay or a private arrangement. */
    public static final FeeRule NONE = new FeeRule(new TreeMap<>());

    public FeeRule {
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>(Objects.requireNonNull(percentFrom, "percentFrom"));
        for (BigDecimal percent : copy.values()) {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("A fee is at least 0% and under 100%");
            }
        }
        percentFrom = Collections.unmodifiableNavigableMap(copy);
    }

    /** The same rate for every due date. */
    public static FeeRule of(BigDecimal percent) {
        return new FeeRule(new TreeMap<>(Map.of(LocalDate.MIN, percent)));
    }

    /** For callers holding the fee as an optional setting: empty means no fee. */
    public static FeeRule of(java.util.Optional<BigDecimal> percent) {
        return percent.map(FeeRule::of).orElse(NONE);
    }

    /** This rule with a new rate from {@code from} onwards (for example when the CMS cuts the fee). */
    public FeeRule withRateFrom(LocalDate from, BigDecimal percent) {
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>(percentFrom);
        copy.put(from, percent);
        return new FeeRule(copy);
    }

    public BigDecimal percentOn(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = percentFrom.floorEntry(date);
        return entry == null ? BigDecimal.ZERO : entry.getValue();
    }

    /** The fee on one due payment, rounded half-up to the penny. */
    public Money feeOn(LocalDate dueDate, Money dueAmount) {
        BigDecimal percent = percentOn(dueDate);
        return percent.signum() == 0 ? Money.ZERO : dueAmount.percent(percent);
    }
}
