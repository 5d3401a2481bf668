package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;

/**
 * The running balance: every due, payment and adjustment in date order (within a day: dues, then payments, then
 * adjustments in {@link AdjustmentKind} order), with what is owed after each. It never depends on which due a
 * payment is matched with. Write-offs and offsets never take the balance below zero; a settlement brings what is
 * owed down to the agreed sum still to be paid.
 *
 * <p>A CMS figure, write-off, offset or settlement given while a due is not missed yet (its day, or the working day
 * it is on time by, not over) is about the arrears, which do not include that due: a figure is compared with what is
 * owed without what was still to come of it then, and the others leave that still to come, as the seed says of a
 * settlement ("the other parent will have to keep making regular payments"). What that was depends on the matching
 * ({@link DueMatcher#notMissedAt}), so {@link ArrearsCalculator} builds the series again with it when it is not nothing.
 */
final class BalanceSeries {

    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Long> balances = new ArrayList<>();
    final List<ScheduleEvent> events = new ArrayList<>();
    final long[] applied;
    final List<CmsDifference> cmsFigures = new ArrayList<>();
    /** Each adjustment in words, in the order given. */
    final List<String> adjustmentText = new ArrayList<>();
    /** Each CMS figure as a line of its own ({@link ScheduleNote}), in date order; never in a due's notes. */
    final List<ScheduleNote> notes = new ArrayList<>();
    private final FeeRule fee;
    /** The amounts the dues are of, for reading a CMS figure after the fee ({@link FeeRule#afterFeeAsStated}). */
    private final java.util.Set<Money> dueAmounts = new java.util.HashSet<>();
    /** For each adjustment, what was still owed on each due at its point ({@link DueMatcher#owingAt}). */
    private final List<List<FeeRule.Owing>> owing;

    /**
     * @param notMissed for each adjustment in the order given, what was still to come at its point of a due not missed
     *                  yet (pence; zero for most), as {@link DueMatcher#notMissedAt} found it
     * @param owing     for each adjustment in the order given, what was still owed on each due at its point, as
     *                  {@link DueMatcher#owingAt} found it (empty before the matching has run)
     */
    BalanceSeries(List<Due> dues, List<CountedPayment> paid, List<Adjustment> adjusted, FeeRule fee, long[] notMissed,
            List<List<FeeRule.Owing>> owing) {
        this.fee = fee;
        this.owing = owing;
        dues.forEach(due -> dueAmounts.add(due.amount()));
        applied = new long[adjusted.size()];
        long balance = 0;
        int d = 0;
        int p = 0;
        int a = 0;
        while (d < dues.size() || p < paid.size() || a < adjusted.size()) {
            LocalDate dueDate = d < dues.size() ? dues.get(d).date() : LocalDate.MAX;
            LocalDate payDate = p < paid.size() ? paid.get(p).payment().date() : LocalDate.MAX;
            LocalDate adjDate = a < adjusted.size() ? adjusted.get(a).date() : LocalDate.MAX;
            LocalDate when;
            if (!dueDate.isAfter(payDate) && !dueDate.isAfter(adjDate)) {
                balance += dues.get(d++).amount().pence();
                when = dueDate;
            } else if (!payDate.isAfter(adjDate)) {
                CountedPayment payment = paid.get(p++);
                balance -= payment.counted();
                when = payDate;
                java.util.Optional<LocalDate> byItsDay = byItsDay(dues, d, payDate);
                events.add(new ScheduleEvent(when, null, LineText.payment(payment.payment(), payment.counted(),
                        byItsDay),
                        payment.payment().amount(), Money.ofPence(payment.counted()), Money.ofPence(balance),
                        payment.payment().id()));
            } else {
                Adjustment adjustment = adjusted.get(a);
                long cleared = clearing(adjustment, balance, notMissed[a]);
                applied[a] = cleared;
                Money compared = Money.ofPence(balance);
                if (adjustment.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE) {
                    cmsFigures.add(compare(adjustment, balance, notMissed[a], owing.get(a)));
                    compared = cmsFigures.get(cmsFigures.size() - 1).appFigure();
                }
                a++;
                balance -= cleared;
                when = adjDate;
                String text = LineText.adjustment(adjustment, cleared, compared);
                adjustmentText.add(text);
                if (adjustment.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE) {
                    notes.add(LineText.cmsFigureNote(adjustment, compared));
                }
                events.add(new ScheduleEvent(when, adjustment.kind(), text, adjustment.amount(),
                        Money.ofPence(cleared), Money.ofPence(balance), adjustment.id()));
            }
            dates.add(when);
            balances.add(balance);
        }
    }

    /**
     * The CMS figure against what is owed without what was still to come then of a due not missed yet (before any
     * fee), on the side of the fee the figure is on. A figure that counts that due as owed already (the running
     * balance at the end of its day, the balance the Due payments list shows) agrees too: a statement "as at" the due's
     * own day can be read either way, and a parent must never be sent to dispute a figure their own list shows.
     */
    private CmsDifference compare(Adjustment figure, long balance, long notMissed, List<FeeRule.Owing> owed) {
        boolean feeApplies = fee.percentOn(figure.date()).signum() > 0;
        FeeRule.Stated without = onBasis(figure, balance - notMissed, owed);
        if (notMissed > 0) {
            FeeRule.Stated with = onBasis(figure, balance, withStillToCome(owed, figure, notMissed));
            if (with.figure().equals(figure.amount())) {
                return CmsDifference.of(figure.date(), figure.amount(), figure.amount(), figure.basis(), feeApplies,
                        Money.ZERO, with.otherDaysOwed(), with.feeOnThem());
            }
        }
        Money withoutStillToCome = without.figure();
        Money leftOut = withoutStillToCome.equals(figure.amount()) ? Money.ZERO
                : onBasis(figure, balance, withStillToCome(owed, figure, notMissed)).figure().minus(withoutStillToCome);
        return CmsDifference.of(figure.date(), figure.amount(), withoutStillToCome, figure.basis(), feeApplies,
                leftOut, without.otherDaysOwed(), without.feeOnThem());
    }

    /** {@code owed} with the part still to come of the due not missed yet, dated the figure's day (that due's). */
    private static List<FeeRule.Owing> withStillToCome(List<FeeRule.Owing> owed, Adjustment figure, long notMissed) {
        List<FeeRule.Owing> all = new ArrayList<>(owed);
        all.add(new FeeRule.Owing(figure.date(), Money.ofPence(notMissed)));
        return all;
    }

    /**
     * {@code owed} on the figure's side of the fee: after it, each due's part less the fee on it as the CMS would take
     * it collecting it now, or on another reading the CMS may have used ({@link FeeRule#afterFeeOnDuesStated}, which
     * says which); before the matching has run, at the rate of the figure's day.
     */
    private FeeRule.Stated onBasis(Adjustment figure, long owed, List<FeeRule.Owing> owing) {
        Money compared = Money.ofPence(owed);
        if (figure.basis() != FeeBasis.AFTER_FEE) {
            return new FeeRule.Stated(compared, Money.ZERO, true);
        }
        return owing.isEmpty()
                ? new FeeRule.Stated(fee.afterFeeAsStated(figure.date(), compared, figure.amount(), dueAmounts),
                        Money.ZERO, true)
                : fee.afterFeeOnDuesStated(figure.date(), compared, figure.amount(), owing);
    }

    private static long clearing(Adjustment adjustment, long balance, long notMissed) {
        long owed = Math.max(0, balance);
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> Math.min(adjustment.amount().pence(), Math.max(0, owed - notMissed));
            case PART_PAYMENT_SETTLEMENT -> Math.max(0, owed - notMissed - adjustment.amount().pence());
            case CMS_CONFIRMED_FIGURE -> 0;
        };
    }

    /** Owed at the end of {@code date}; zero before anything happened. */
    long balanceOn(LocalDate date) {
        int low = 0;
        int high = dates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (!dates.get(mid).isAfter(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == 0 ? 0 : balances.get(low - 1);
    }

    long last() {
        return balances.isEmpty() ? 0 : balances.get(balances.size() - 1);
    }

    /** The balance at the end of each day on which something happened, oldest first. */
    List<LocalDate> dates() {
        return dates;
    }

    List<Long> balances() {
        return balances;
    }

    /**
     * The due a payment's day alone points to, as the matching reads days (see {@link DueMatcher}): the next due when
     * the day is in its early days, otherwise the latest due on or before it. A payment the parent linked to that
     * due says nothing new by saying so.
     *
     * @param next the index of the first due after the payment's day
     */
    private static java.util.Optional<LocalDate> byItsDay(List<Due> dues, int next, LocalDate paid) {
        if (next < dues.size()) {
            Due coming = dues.get(next);
            LocalDate early = coming.date().minusDays(coming.frequency().earlyDays());
            // As a period never starts on or before the previous due's date.
            if (!paid.isBefore(early) && (next == 0 || paid.isAfter(dues.get(next - 1).date()))) {
                return java.util.Optional.of(coming.date());
            }
        }
        return next > 0 ? java.util.Optional.of(dues.get(next - 1).date()) : java.util.Optional.empty();
    }
}
