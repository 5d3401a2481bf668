package uk.cml.domain.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import uk.cml.domain.Money;

/**
 * The Collect and Pay fee the CMS keeps from what the receiving parent gets, as a percentage that can change on a
 * date (4% at the time of writing; a cut to 2% has been announced). Never hard-code the rate: it is a setting.
 *
 * <p>Rounding rule: the fee is a percentage rounded half-up to the penny, worked in one place ({@link #feeAt}). A
 * due's figure after the fee has the fee taken on that due ({@link #feeOn}), as each week's bank statement shows it.
 * When the CMS passes on one sum for more than one due, it may have taken its fee once on that sum (two dues of
 * £12.37 at 4%: £23.75, a penny less than 2 x £11.88) or on each due (£23.76). So the app never compares money
 * passed on with dues after the fee: each payment that came through the CMS is worked back to the sum the CMS
 * collected ({@link #collectedFor}), read either way when that makes a whole number of dues, and matched with the
 * dues before the fee, which is also how the CMS states arrears. Figures after the fee are the fee worked on the sum
 * in question ({@link #afterFee}).
 *
 * <p>The rates are the CMS's, kept with their dates, so a payment that came through the CMS is always worked back at
 * the rate in force on its date, even after the rate changes or the case leaves Collect and Pay. The fee on a due
 * ({@link #feeOn}, the "After the fee" column) applies only on dates the case was under Collect and Pay: cases move
 * between Direct Pay and Collect and Pay, and a due paid on time keeps the arrangement of its own date, as the
 * parent's bank statement does.
 *
 * <p>Money still owed is another matter: the receiving parent's fee follows collection, not the day a payment fell
 * due. Evidence (checked 4 Dec 2026):
 * <ul>
 * <li>The Child Support Fees Regulations (Northern Ireland) 2014, reg 3(3), the mirror of the Great Britain
 * regulations (SI 2014/612, Part 3, reg 7): "The amount of the collection fee payable by a person with care is 4% of
 * any payment of child support maintenance in relation to which there are arrangements for collection, which the
 * Department has collected and which would otherwise be paid to that person"
 * (legislation.gov.uk/nisr/2014/182/regulation/3/made). The fee is on what is collected; nothing in it looks at the
 * arrangement on the day the maintenance fell due.</li>
 * <li>A DWP written answer on the Great Britain service: "The receiving parent charge is only applied from the
 * maintenance that the Child Maintenance Service has successfully collected" (parallelparliament.co.uk/question/38247).</li>
 * <li>Arrears built up under Direct Pay can be collected once the case moves: "arrears accrued under 'Direct Pay'
 * scheme can be collected if a case is subsequently transferred to Collect and Pay" (House of Commons Library,
 * CBP-7774); a case is moved "to enforce regular payments of ongoing maintenance and arrange collection of arrears"
 * (DWP written answer, parallelparliament.co.uk/question/277773).</li>
 * <li>GOV.UK: "You have to pay a fee each time you make or receive a regular child maintenance payment" through
 * Collect and Pay, 4% "taken off the payment" for receiving parents.</li>
 * </ul>
 * No source found says arrears of Direct Pay days are exempt, and none says in so many words that they are charged.
 * So what is still owed while the case is under Collect and Pay is counted less the fee at the rate in force now
 * ({@link #percentOnOwed}), whatever arrangement it fell due under; a due of a Collect and Pay day keeps the rate of
 * its own date (as before). Arrears of a private arrangement are never counted less the fee: the CMS cannot collect
 * them (seed 000). The figure before the fee, what the paying parent owes, does not change. Because the CMS may leave
 * Direct Pay arrears to be paid to the parent directly (in which case nothing is taken), the words beside every such
 * figure say so, and a CMS figure that leaves them whole is still no difference ({@link #afterFeeOnDuesStated}).
 *
 * @param percentFrom            the rate in force from each date (inclusive) until the next; no entry means no fee
 * @param underCollectAndPayFrom from each date (inclusive) until the next, whether the case was under Collect and
 *                               Pay, so dues of those dates have the fee taken; before the first entry, the first
 *                               entry's; no entry means never
 * @param cmsCanCollectFrom      from each date (inclusive) until the next, whether the CMS can collect what fell due
 *                               then (not under a private arrangement); before the first entry, the first entry's;
 *                               no entry means always
 */
public record FeeRule(NavigableMap<LocalDate, BigDecimal> percentFrom,
                      NavigableMap<LocalDate, Boolean> underCollectAndPayFrom,
                      NavigableMap<LocalDate, Boolean> cmsCanCollectFrom) {

    private static final NavigableMap<LocalDate, Boolean> ALWAYS = new TreeMap<>(Map.of(LocalDate.MIN, true));
    private static final NavigableMap<LocalDate, Boolean> NEVER = new TreeMap<>(Map.of(LocalDate.MIN, false));

    /** No fee: Direct Pay or a private arrangement, with no payments through the CMS to work back. */
    public static final FeeRule NONE = new FeeRule(new TreeMap<>(), NEVER);

    /** A case under Collect and Pay from the start with these rates. */
    public FeeRule(NavigableMap<LocalDate, BigDecimal> percentFrom) {
        this(percentFrom, ALWAYS);
    }

    /** These rates and arrangements, with every due one the CMS can collect (no private arrangement). */
    public FeeRule(NavigableMap<LocalDate, BigDecimal> percentFrom,
            NavigableMap<LocalDate, Boolean> underCollectAndPayFrom) {
        this(percentFrom, underCollectAndPayFrom, ALWAYS);
    }

    public FeeRule {
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>(Objects.requireNonNull(percentFrom, "percentFrom"));
        for (BigDecimal percent : copy.values()) {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("A fee is at least 0% and under 100%");
            }
        }
        percentFrom = Collections.unmodifiableNavigableMap(copy);
        underCollectAndPayFrom = Collections.unmodifiableNavigableMap(
                new TreeMap<>(Objects.requireNonNull(underCollectAndPayFrom, "underCollectAndPayFrom")));
        cmsCanCollectFrom = Collections.unmodifiableNavigableMap(
                new TreeMap<>(Objects.requireNonNull(cmsCanCollectFrom, "cmsCanCollectFrom")));
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
        return new FeeRule(copy, underCollectAndPayFrom, cmsCanCollectFrom);
    }

    /**
     * The same rates for a case never under Collect and Pay (Direct Pay, private): its dues have no fee, but money
     * that came through the CMS is still worked back at the rate of its date.
     */
    public FeeRule notUnderCollectAndPay() {
        return new FeeRule(percentFrom, NEVER, cmsCanCollectFrom);
    }

    /**
     * This rule with the case moved on {@code from}: under Collect and Pay from that day ({@code true}), or out of it
     * (Direct Pay, private). Dues before the move keep the arrangement of their dates.
     */
    public FeeRule movedOn(LocalDate from, boolean underCollectAndPay) {
        TreeMap<LocalDate, Boolean> copy = new TreeMap<>(underCollectAndPayFrom);
        copy.put(from, underCollectAndPay);
        return new FeeRule(percentFrom, copy, cmsCanCollectFrom);
    }

    /**
     * This rule with what fell due before {@code until} owed under a private arrangement, which the CMS cannot collect
     * (seed 000), so it is never counted less the fee; what fell due from {@code until} on can be.
     */
    public FeeRule privateUntil(LocalDate until) {
        TreeMap<LocalDate, Boolean> copy = new TreeMap<>(cmsCanCollectFrom.tailMap(until, false));
        copy.put(LocalDate.MIN, false);
        copy.put(until, true);
        return new FeeRule(percentFrom, underCollectAndPayFrom, copy);
    }

    /** Whether the CMS can collect what fell due on {@code date}: not under a private arrangement. */
    public boolean cmsCanCollectOn(LocalDate date) {
        Map.Entry<LocalDate, Boolean> entry = cmsCanCollectFrom.floorEntry(date);
        if (entry == null) {
            entry = cmsCanCollectFrom.firstEntry();
        }
        return entry == null || entry.getValue();
    }

    /**
     * The fee on what is still owed on {@code day} of a due of {@code dueDate}, as it would be taken if the CMS
     * collected it (see the class comment): a due of a Collect and Pay day at its own date's rate; a due of another
     * day at {@code day}'s rate when the case is under Collect and Pay on {@code day} and the CMS can collect it
     * (not a private arrangement's); otherwise none.
     */
    public BigDecimal percentOnOwed(LocalDate dueDate, LocalDate day) {
        if (underCollectAndPayOn(dueDate)) {
            return rateOn(dueDate);
        }
        return collectedFromOtherDays(dueDate, day) ? rateOn(day) : BigDecimal.ZERO;
    }

    /**
     * Whether a due of {@code dueDate}, a day the case was not under Collect and Pay, still owed on {@code day}, is
     * counted less the fee because the CMS collects it now ({@link #percentOnOwed}).
     */
    public boolean collectedFromOtherDays(LocalDate dueDate, LocalDate day) {
        return !underCollectAndPayOn(dueDate) && underCollectAndPayOn(day) && cmsCanCollectOn(dueDate)
                && rateOn(day).signum() > 0;
    }

    /** Whether the case was under Collect and Pay on {@code date}, so what was due that day has the fee taken. */
    public boolean underCollectAndPayOn(LocalDate date) {
        Map.Entry<LocalDate, Boolean> entry = underCollectAndPayFrom.floorEntry(date);
        if (entry == null) {
            entry = underCollectAndPayFrom.firstEntry();
        }
        return entry != null && entry.getValue();
    }

    /**
     * The day the latest rate began: the first of the dates at the end that all have that rate
     * ({@link LocalDate#MIN}: from the start, or no rate at all).
     */
    public LocalDate latestRateSince() {
        LocalDate since = LocalDate.MIN;
        BigDecimal before = null;
        for (Map.Entry<LocalDate, BigDecimal> rate : percentFrom.entrySet()) {
            if (before == null || before.compareTo(rate.getValue()) != 0) {
                since = rate.getKey();
            }
            before = rate.getValue();
        }
        return since;
    }

    /** Whether the rate has changed at least once, so the day the latest rate began can be corrected. */
    public boolean rateHasChanged() {
        return percentFrom.lowerKey(latestRateSince()) != null;
    }

    /**
     * Whether the latest rate's first day could be corrected to {@code date}: the rate has changed, and the day comes
     * after every date recorded before the latest rate began.
     */
    public boolean latestRateRedatable(LocalDate date) {
        return rateHasChanged() && date.isAfter(beforeLatestRate());
    }

    /** The last date recorded before the latest rate began ({@link LocalDate#MIN}: none). */
    public LocalDate beforeLatestRate() {
        LocalDate before = percentFrom.lowerKey(latestRateSince());
        return before == null ? LocalDate.MIN : before;
    }

    /** The CMS's rate in force on {@code date}, whatever the case's arrangement. */
    public BigDecimal rateOn(LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = percentFrom.floorEntry(date);
        return entry == null ? BigDecimal.ZERO : entry.getValue();
    }

    /** The fee on the case on {@code date}: the rate in force, or nothing when the case was not under Collect and Pay. */
    public BigDecimal percentOn(LocalDate date) {
        return underCollectAndPayOn(date) ? rateOn(date) : BigDecimal.ZERO;
    }

    /**
     * The sum the CMS collected to pass on {@code passedOn} on {@code date}: the amount c with c - fee(c) =
     * passedOn. Each extra penny collected adds 0p or 1p to the fee, so some sums passed on come from two amounts
     * collected; the larger is taken, so the arrears are never overstated by a rounding penny.
     */
    public Money collectedFor(LocalDate date, Money passedOn) {
        return collectedFor(date, passedOn, List.of());
    }

    /**
     * As {@link #collectedFor(LocalDate, Money)}, but a whole number of one of {@code dueAmounts} is taken when the
     * sum passed on can be read as one, whichever way the CMS took its fee on it:
     * <ul>
     * <li>once on the sum it passed on: each extra penny collected adds 0p or 1p to the fee, so some sums passed on
     * come from two amounts collected. At 4% £49.80 passed on comes from £51.87 or £51.88; with £51.87 due each week
     * it was £51.87, and taking £51.88 would show a penny of credit that never existed, one more every week;</li>
     * <li>on each due, as {@link #feeOn} takes it and a due's "after the fee" figure shows, when the CMS passes on two
     * or more dues together: 2 x £49.80 = £99.60 passed on for two dues of £51.87. Worked back as one sum, £99.60 is
     * only £103.75 collected (fee 415.00p), a penny more than the £103.74 due, which showed a penny of credit.</li>
     * </ul>
     * Otherwise the larger sum collected is taken, as without dues.
     */
    public Money collectedFor(LocalDate date, Money passedOn, Collection<Money> dueAmounts) {
        Money larger = largestCollectedFor(date, passedOn);
        BigDecimal percent = rateOn(date);
        if (percent.signum() == 0 || wholeNumberOfAny(larger, dueAmounts)) {
            return larger;
        }
        Money smaller = larger.minus(Money.ofPence(1));
        if (smaller.pence() > 0 && afterFeeAt(percent, smaller).equals(passedOn)
                && wholeNumberOfAny(smaller, dueAmounts)) {
            return smaller;
        }
        return duesPassedOnTogether(percent, passedOn, larger, dueAmounts).orElse(larger);
    }

    /**
     * The whole number of one due amount whose figures after the fee, taken on each due, add up to {@code passedOn};
     * of two, the one nearer {@code larger}.
     */
    private static java.util.Optional<Money> duesPassedOnTogether(BigDecimal percent, Money passedOn, Money larger,
            Collection<Money> dueAmounts) {
        Money best = null;
        for (Money due : dueAmounts) {
            long each = due.pence() - feeAt(percent, due).pence();
            if (due.pence() <= 0 || each <= 0 || passedOn.pence() % each != 0) {
                continue;
            }
            Money collected = due.times(passedOn.pence() / each);
            if (best == null || Math.abs(collected.pence() - larger.pence()) < Math.abs(best.pence() - larger.pence())
                    || Math.abs(collected.pence() - larger.pence()) == Math.abs(best.pence() - larger.pence())
                    && collected.pence() > best.pence()) {
                best = collected;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static boolean wholeNumberOfAny(Money sum, Collection<Money> dueAmounts) {
        return dueAmounts.stream().anyMatch(d -> d.pence() > 0 && sum.pence() % d.pence() == 0);
    }

    private Money afterFeeAt(BigDecimal percent, Money collected) {
        return Money.ofPence(passedOn(collected.pence(), percent));
    }

    private Money largestCollectedFor(LocalDate date, Money passedOn) {
        BigDecimal percent = rateOn(date);
        if (percent.signum() == 0) {
            return passedOn;
        }
        long target = passedOn.pence();
        long c = BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(100).subtract(percent), 0, java.math.RoundingMode.DOWN).longValue();
        while (c > 0 && passedOn(c, percent) > target) {
            c--;
        }
        while (passedOn(c + 1, percent) <= target) {
            c++;
        }
        return Money.ofPence(c);
    }

    /**
     * What reaches the parent when the CMS collects {@code amount} on {@code date} (credit keeps its sign); the whole
     * amount when the case was not under Collect and Pay that day.
     */
    public Money afterFee(LocalDate date, Money amount) {
        BigDecimal percent = percentOn(date);
        if (percent.signum() == 0 || amount.isZero()) {
            return amount;
        }
        long pence = passedOn(Math.abs(amount.pence()), percent);
        return Money.ofPence(amount.isNegative() ? -pence : pence);
    }

    /**
     * {@code amount} after the fee, read as a CMS figure stated after the fee ({@code stated}) may have been worked: as
     * {@link #afterFee} (the fee once on the sum), or, when {@code amount} is a whole number of one of
     * {@code dueAmounts}, as that many dues' figures after the fee on each ({@link #feeOn}), whichever gives the
     * CMS's figure; otherwise as {@link #afterFee}. Two dues of £51.87 owed at 4% are £99.59 after the fee on the sum
     * (414.96p -> 415p) and 2 x £49.80 = £99.60 after the fee on each: the CMS saying either is no difference.
     */
    public Money afterFeeAsStated(LocalDate date, Money amount, Money stated, Collection<Money> dueAmounts) {
        Money onTheSum = afterFee(date, amount);
        BigDecimal percent = percentOn(date);
        if (onTheSum.equals(stated) || percent.signum() == 0 || !amount.isPositive()) {
            return onTheSum;
        }
        for (Money due : dueAmounts) {
            if (due.isPositive() && amount.pence() % due.pence() == 0) {
                Money onEach = due.minus(feeAt(percent, due)).times(amount.pence() / due.pence());
                if (onEach.equals(stated)) {
                    return onEach;
                }
            }
        }
        return onTheSum;
    }

    /**
     * What is still owed of one due: its date (which gives its own fee) and the amount, before the fee.
     *
     * @param afterFee what of {@code amount} reaches the parent after the fee, when the schedule shows it: for a due of
     *                 a Collect and Pay day, its figure after the fee less the shares after the fee of what arrived
     *                 for it, so the figure for all that is owed is the "After fee" column less what arrived, penny
     *                 for penny; null to work it as {@code amount} less the fee on it
     */
    public record Owing(LocalDate dueDate, Money amount, Money afterFee) {

        public Owing(LocalDate dueDate, Money amount) {
            this(dueDate, amount, null);
        }
    }

    /**
     * What reaches the parent of {@code owed}, owed at the end of {@code day}, if the CMS collects it: each due's part
     * of it ({@code owing}, oldest first, up to {@code owed}) less the fee on that part ({@link #percentOnOwed}). A due
     * of a Collect and Pay day keeps its own date's rate (a due of the old rate keeps it after the rate changes, as
     * the column shows); a due of a Direct Pay day still owed while the case is under Collect and Pay has the fee at
     * {@code day}'s rate, because the CMS takes its fee from what it collects (see the class comment): three Direct
     * Pay dues of £100.00 missed, then a move to Collect and Pay at 4%, are £288.00, not £300.00. Today's rate on the
     * total would be wrong after a change of rate. What is owed beyond {@code owing} (none, when the list is the
     * matching's) is at {@code day}'s fee. Credit and nothing owed are as {@link #afterFee}. A whole due's part of a
     * Collect and Pay day is exactly the column's figure; a part of a due can differ from what the CMS passes on by a
     * rounding penny.
     */
    public Money afterFeeOnDues(LocalDate day, Money owed, List<Owing> owing) {
        return afterFeeOnDues(day, owed, owing, true);
    }

    /**
     * {@link #afterFeeOnDues} with what fell due on days not under Collect and Pay left whole: what reaches the parent
     * if that part is paid to them directly rather than collected by the CMS.
     */
    public Money afterFeeOnDuesWithOtherDaysWhole(LocalDate day, Money owed, List<Owing> owing) {
        return afterFeeOnDues(day, owed, owing, false);
    }

    /**
     * {@link #afterFeeOnDues}, or, with {@code collectedNow} false, the other reading: each due's part at the fee of
     * its own date only ({@link #percentOn}), so a due of a Direct Pay day is passed on whole, as if paid to the
     * parent directly.
     */
    private Money afterFeeOnDues(LocalDate day, Money owed, List<Owing> owing, boolean collectedNow) {
        if (!owed.isPositive()) {
            return afterFee(day, owed);
        }
        long left = owed.pence();
        long fee = 0;
        for (Owing o : owing) {
            long part = Math.min(left, o.amount().pence());
            if (part > 0) {
                BigDecimal percent = collectedNow ? percentOnOwed(o.dueDate(), day) : percentOn(o.dueDate());
                // The whole of what is owed on a due of a Collect and Pay day: as the schedule shows it after the fee.
                boolean shown = o.afterFee() != null && part == o.amount().pence() && underCollectAndPayOn(o.dueDate());
                fee += percent.signum() == 0 ? 0 : shown ? part - o.afterFee().pence()
                        : feeAt(percent, Money.ofPence(part)).pence();
                left -= part;
            }
        }
        if (left > 0) {
            fee += left - afterFee(day, Money.ofPence(left)).pence();
        }
        return owed.minus(Money.ofPence(fee));
    }

    /**
     * Of {@code owed}, the part on dues of days not under Collect and Pay that {@link #afterFeeOnDues} counts less the
     * fee because the CMS collects it now ({@link #collectedFromOtherDays}); zero when there is none.
     */
    public Money owedFromOtherDaysCollectedNow(LocalDate day, Money owed, List<Owing> owing) {
        long left = Math.max(0, owed.pence());
        long found = 0;
        for (Owing o : owing) {
            long part = Math.min(left, o.amount().pence());
            if (part > 0 && collectedFromOtherDays(o.dueDate(), day)) {
                found += part;
            }
            left -= Math.max(0, part);
        }
        return Money.ofPence(found);
    }

    /**
     * A figure after the fee as a CMS figure may have been worked ({@link #afterFeeOnDuesStated}).
     *
     * @param figure        this record's figure on the reading that gave the CMS's figure (or, when none did, on the
     *                      reading of {@link #afterFeeOnDues})
     * @param otherDaysOwed the part of what is owed that fell due on days not under Collect and Pay and that the CMS
     *                      can collect now: zero when there is none, and then there is nothing to say
     * @param feeOnThem     whether {@code figure} counts the fee on {@code otherDaysOwed} (the CMS collecting it), or
     *                      leaves it whole (paid to the parent directly)
     */
    public record Stated(Money figure, Money otherDaysOwed, boolean feeOnThem) {
    }

    /** {@link #afterFeeOnDuesStated}'s figure. */
    public Money afterFeeOnDuesAsStated(LocalDate day, Money owed, Money stated, List<Owing> owing) {
        return afterFeeOnDuesStated(day, owed, stated, owing).figure();
    }

    /**
     * {@link #afterFeeOnDues}, read as a CMS figure stated after the fee ({@code stated}) may have been worked:
     * <ul>
     * <li>the fee on each due's part, as this record works it (what the CMS collects now has the fee, whatever
     * arrangement it fell due under);</li>
     * <li>the fee taken once on the sum at each rate (the dues of one rate added up first: two dues of £51.87 owed at
     * 4% are £99.60 on each, £99.59 on the sum);</li>
     * <li>at the rate of the figure's day on the whole of it;</li>
     * <li>with no fee on dues of days not under Collect and Pay, on each due or on the sum: the CMS may leave arrears
     * of Direct Pay days to be paid to the parent directly, and then takes nothing from them;</li>
     * </ul>
     * whichever gives the CMS's figure; otherwise the first. A parent must not be sent to dispute a figure that is only
     * one of these; the result says which it was, so the words can say so.
     */
    public Stated afterFeeOnDuesStated(LocalDate day, Money owed, Money stated, List<Owing> owing) {
        Money other = owedFromOtherDaysCollectedNow(day, owed, owing);
        Money onEach = afterFeeOnDues(day, owed, owing, true);
        if (onEach.equals(stated) || !owed.isPositive()) {
            return new Stated(onEach, other, true);
        }
        Money onTheSum = onTheSum(day, owed, owing, true);
        if (onTheSum.equals(stated)) {
            return new Stated(onTheSum, other, true);
        }
        Money atTheDaysRate = afterFee(day, owed);
        if (atTheDaysRate.equals(stated)) {
            return new Stated(atTheDaysRate, other, true);
        }
        if (other.isPositive()) {
            Money whole = afterFeeOnDues(day, owed, owing, false);
            if (whole.equals(stated)) {
                return new Stated(whole, other, false);
            }
            Money wholeOnTheSum = onTheSum(day, owed, owing, false);
            if (wholeOnTheSum.equals(stated)) {
                return new Stated(wholeOnTheSum, other, false);
            }
        }
        return new Stated(onEach, other, true);
    }

    /** {@code owed} less the fee taken once on the sum of the dues' parts of each rate. */
    private Money onTheSum(LocalDate day, Money owed, List<Owing> owing, boolean collectedNow) {
        java.util.Map<BigDecimal, Long> byRate = new TreeMap<>();
        long left = owed.pence();
        for (Owing o : owing) {
            long part = Math.min(left, o.amount().pence());
            if (part > 0) {
                BigDecimal percent = collectedNow ? percentOnOwed(o.dueDate(), day) : percentOn(o.dueDate());
                byRate.merge(percent.stripTrailingZeros(), part, Long::sum);
                left -= part;
            }
        }
        if (left > 0) {
            byRate.merge(percentOn(day).stripTrailingZeros(), left, Long::sum);
        }
        long fee = 0;
        for (java.util.Map.Entry<BigDecimal, Long> rate : byRate.entrySet()) {
            fee += rate.getKey().signum() == 0 ? 0 : feeAt(rate.getKey(), Money.ofPence(rate.getValue())).pence();
        }
        return owed.minus(Money.ofPence(fee));
    }

    /**
     * What reaches the parent when the CMS collects {@code collected} and passes it on on {@code date}, at the rate in
     * force that day whatever the arrangement, as {@link #collectedFor} works a payment through the CMS back.
     */
    public Money passedOnThroughCms(LocalDate date, Money collected) {
        BigDecimal percent = rateOn(date);
        return percent.signum() == 0 ? collected : Money.ofPence(passedOn(collected.pence(), percent));
    }

    private static long passedOn(long collected, BigDecimal percent) {
        return collected - feeAt(percent, Money.ofPence(collected)).pence();
    }

    /**
     * The one place the fee is rounded: {@code percent} of {@code collected}, half-up to the penny. The fee on a due,
     * on a sum passed on and on an arrears figure, and the working back of money passed on, all use it.
     */
    private static Money feeAt(BigDecimal percent, Money collected) {
        return collected.percent(percent);
    }

    /** The fee on one due payment, rounded half-up to the penny. */
    public Money feeOn(LocalDate dueDate, Money dueAmount) {
        BigDecimal percent = percentOn(dueDate);
        return percent.signum() == 0 ? Money.ZERO : feeAt(percent, dueAmount);
    }
}
