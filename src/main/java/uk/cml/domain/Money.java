package uk.cml.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in whole pence. Never a double: every figure a parent sees
 * or posts to the CMS must add up to the penny.
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** The largest single amount the app accepts for one payment or one due amount. */
    public static final Money MAX_SINGLE_AMOUNT = new Money(100_000_00L);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /** Exact conversion; refuses fractions of a penny rather than rounding them away silently. */
    public static Money of(BigDecimal pounds) {
        return new Money(pounds.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    /**
     * A percentage of this amount, rounded half-up to the nearest penny.
     * Used for the Collect and Pay fee: 4% of £10.13 is 40.52p, kept as 41p.
     */
    public Money percent(BigDecimal percent) {
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(percent).movePointLeft(2);
        return new Money(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money min(Money other) {
        return pence <= other.pence ? this : other;
    }

    public Money max(Money other) {
        return pence >= other.pence ? this : other;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public BigDecimal toPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    /**
     * UK format with the pound sign and thousands separators: £1,234.56, -£5.00. Built by hand rather
     * than with DecimalFormat, which costs a new formatter per call; schedules format thousands of figures.
     */
    public String format() {
        long abs = Math.abs(pence);
        String pounds = Long.toString(abs / 100);
        StringBuilder text = new StringBuilder(pounds.length() + 6).append(pence < 0 ? "-£" : "£");
        for (int i = 0; i < pounds.length(); i++) {
            if (i > 0 && (pounds.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(pounds.charAt(i));
        }
        long rest = abs % 100;
        return text.append('.').append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** For an editable field: 1234.56 with no pound sign or separators. */
    public String toPlainString() {
        return toPounds().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return format();
    }
}
