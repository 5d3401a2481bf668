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
 * <p>Each CMS figure is compared with the balance at its point, which on the day of a due counts that due. Once
 * the matching knows what of a due was not missed yet at each figure ({@link DueMatcher#notMissedAtFigures}),
 * {@link #leaveOutNotMissed} compares the figure with what is owed without it, as every figure called owed is.
 */
final class BalanceSeries {

    private final List<LocalDate> dates = new ArrayList<>();
    private final List<Long> balances = new ArrayList<>();
    final List<ScheduleEvent> events = new ArrayList<>();
    final long[] applied;
    final List<CmsDifference> cmsFigures = new ArrayList<>();
    /** Each adjustment in words, in the order given. */
    final List<String> adjustmentText = new ArrayList<>();
    private final FeeRule fee;
    /** Each CMS figure where it falls, so {@link #leaveOutNotMissed} can compare it again. */
    private final List<CmsPoint> cmsPoints = new ArrayList<>();

    /**
     * @param adjustment its index in the order given
     * @param event      its index in {@link #events}
     * @param balance    the running balance it was compared with, before any fee
     */
    private record CmsPoint(Adjustment figure, int adjustment, int event, long balance) {
    }

    BalanceSeries(List<Due> dues, List<CountedPayment> paid, List<Adjustment> adjusted, FeeRule fee) {
        this.fee = fee;
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
                events.add(new ScheduleEvent(when, null, LineText.payment(payment.payment(), payment.counted()),
                        payment.payment().amount(), Money.ofPence(payment.counted()), Money.ofPence(balance),
                        payment.payment().id()));
            } else {
                Adjustment adjustment = adjusted.get(a);
                long cleared = clearing(adjustment, balance);
                applied[a] = cleared;
                Money compared = Money.ofPence(balance);
                if (adjustment.kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE) {
                    cmsPoints.add(new CmsPoint(adjustment, a, events.size(), balance));
                    cmsFigures.add(compare(adjustment, balance));
                    compared = cmsFigures.get(cmsFigures.size() - 1).appFigure();
                }
                a++;
                balance -= cleared;
                when = adjDate;
                String text = LineText.adjustment(adjustment, cleared, compared);
                adjustmentText.add(text);
                events.add(new ScheduleEvent(when, adjustment.kind(), text, adjustment.amount(),
                        Money.ofPence(cleared), Money.ofPence(balance), adjustment.id()));
            }
            dates.add(when);
            balances.add(balance);
        }
    }

    /** The CMS figure against {@code owed} (before any fee), on the side of the fee the figure is on. */
    private CmsDifference compare(Adjustment figure, long owed) {
        LocalDate date = figure.date();
        Money compared = Money.ofPence(owed);
        compared = figure.basis() == FeeBasis.AFTER_FEE ? fee.afterFee(date, compared) : compared;
        return CmsDifference.of(date, figure.amount(), compared, figure.basis(), fee.percentOn(date).signum() > 0);
    }

    /**
     * Compares each CMS figure again with its balance less {@code notMissed[k]}, for the figure that is adjustment
     * {@code k}: what was still to arrive, at the figure's point, of a due not missed yet (its day, or the working
     * day it is on time by, not over). This is the rule of {@link ArrearsSchedule#owedLeavingOutDueNow} applied on
     * the figure's own day, so a figure reads the same on that day and on every day after. Its words in
     * {@link #events} and {@link #adjustmentText} quote the figure compared.
     */
    void leaveOutNotMissed(long[] notMissed) {
        for (int k = 0; k < cmsPoints.size(); k++) {
            CmsPoint point = cmsPoints.get(k);
            long out = notMissed[point.adjustment()];
            if (out == 0) {
                continue;
            }
            CmsDifference compared = compare(point.figure(), point.balance() - out);
            cmsFigures.set(k, compared);
            String text = LineText.adjustment(point.figure(), 0, compared.appFigure());
            adjustmentText.set(point.adjustment(), text);
            ScheduleEvent e = events.get(point.event());
            events.set(point.event(), new ScheduleEvent(e.date(), e.kind(), text, e.amount(), e.applied(),
                    e.balanceAfter(), e.sourceId()));
        }
    }

    private static long clearing(Adjustment adjustment, long balance) {
        long owed = Math.max(0, balance);
        return switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> Math.min(adjustment.amount().pence(), owed);
            case PART_PAYMENT_SETTLEMENT -> Math.max(0, owed - adjustment.amount().pence());
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
}
