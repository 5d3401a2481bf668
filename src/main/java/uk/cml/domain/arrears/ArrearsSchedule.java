package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Money;

/**
 * The result of {@link ArrearsCalculator}: one chronological table of dues, payments and adjustments up to
 * {@link #asOf()}, with the balance after each line, and the questions screens and letters ask of it.
 * Immutable. Every query is one pass over the lines or better.
 */
public final class ArrearsSchedule {

    private final LocalDate asOf;
    private final List<PaymentPlan> plans;
    private final FeeRule fee;
    private final List<ScheduleLine> lines;
    private final List<Payment> payments;
    private final List<CmsDifference> cmsFigures;

    ArrearsSchedule(LocalDate asOf, List<PaymentPlan> plans, FeeRule fee, List<ScheduleLine> lines,
            List<Payment> payments, List<CmsDifference> cmsFigures) {
        this.asOf = asOf;
        this.plans = plans;
        this.fee = fee;
        this.lines = List.copyOf(lines);
        this.payments = List.copyOf(payments);
        this.cmsFigures = List.copyOf(cmsFigures);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Every line, oldest first. */
    public List<ScheduleLine> lines() {
        return lines;
    }

    /** Lines dated from {@code from} to {@code to} inclusive whose status is in {@code statuses}. */
    public List<ScheduleLine> lines(LocalDate from, LocalDate to, Set<LineStatus> statuses) {
        List<ScheduleLine> found = new ArrayList<>();
        for (int i = firstOnOrAfter(from); i < lines.size() && !lines.get(i).date().isAfter(to); i++) {
            if (statuses.contains(lines.get(i).status())) {
                found.add(lines.get(i));
            }
        }
        return found;
    }

    /** Arrears owed at the end of {@code date} (negative = credit). After {@link #asOf()} this is {@link #owedNow()}. */
    public Money balanceOn(LocalDate date) {
        if (!date.isBefore(asOf)) {
            return owedNow();
        }
        int after = firstOnOrAfter(date.plusDays(1));
        return after == 0 ? Money.ZERO : lines.get(after - 1).balanceAfter();
    }

    /** Arrears owed at {@link #asOf()} (negative = credit). */
    public Money owedNow() {
        return lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).balanceAfter();
    }

    /** What is still owed on dues that fell due from {@code from} to {@code to} inclusive. */
    public Money missedTotal(LocalDate from, LocalDate to) {
        long total = 0;
        for (ScheduleLine line : lines(from, to, Set.of(LineStatus.PART_PAID, LineStatus.MISSED))) {
            total += line.shortBy().pence();
        }
        return Money.ofPence(total);
    }

    /** The latest payment on or before {@link #asOf()}. */
    public Optional<Payment> lastPayment() {
        return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1));
    }

    /** The next due strictly after {@code after}, from the plans (so it may be after {@link #asOf()}). */
    public Optional<Due> nextDue(LocalDate after) {
        return DueGenerator.firstAfter(plans, after, fee);
    }

    /** How many of the most recent dues in a row are missed or part paid (0 if the latest due was paid). */
    public int missedInARow() {
        int count = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            ScheduleLine line = lines.get(i);
            if (line.isDue()) {
                if (!line.status().isShort()) {
                    break;
                }
                count++;
            }
        }
        return count;
    }

    /** The latest CMS arrears figure compared with this record's figure on that date. */
    public Optional<CmsDifference> cmsDifference() {
        return cmsFigures.isEmpty() ? Optional.empty() : Optional.of(cmsFigures.get(cmsFigures.size() - 1));
    }

    /** Every CMS figure recorded, oldest first. */
    public List<CmsDifference> cmsDifferences() {
        return cmsFigures;
    }

    /**
     * For a chart: each month from the first line's month to {@link #asOf()}'s month, in order, including months
     * with nothing in them. Expected is after any fee, by due date; received is by payment date.
     */
    public Map<YearMonth, MonthTotals> expectedVsReceivedByMonth() {
        Map<YearMonth, MonthTotals> months = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return months;
        }
        YearMonth month = YearMonth.from(lines.get(0).date());
        int i = 0;
        for (YearMonth last = YearMonth.from(asOf); !month.isAfter(last); month = month.plusMonths(1)) {
            long expected = 0;
            long received = 0;
            for (; i < lines.size() && YearMonth.from(lines.get(i).date()).equals(month); i++) {
                ScheduleLine line = lines.get(i);
                expected += line.isDue() ? line.due().pence() : 0;
                received += line.status() == LineStatus.PAYMENT ? line.received().pence() : 0;
            }
            months.put(month, new MonthTotals(Money.ofPence(expected), Money.ofPence(received)));
        }
        return Collections.unmodifiableMap(months);
    }

    /** For a chart: the balance at the end of each day on which it changed, oldest first. */
    public Map<LocalDate, Money> balanceSeries() {
        Map<LocalDate, Money> series = new LinkedHashMap<>();
        Money previous = Money.ZERO;
        for (ScheduleLine line : lines) {
            if (!line.balanceAfter().equals(previous) || series.containsKey(line.date())) {
                series.put(line.date(), line.balanceAfter());
            }
            previous = line.balanceAfter();
        }
        return Collections.unmodifiableMap(series);
    }

    /** What the parent should have received from every due so far (after any fee). */
    public Money totalDue() {
        long total = 0;
        for (ScheduleLine line : lines) {
            total += line.isDue() ? line.due().pence() : 0;
        }
        return Money.ofPence(total);
    }

    public Money totalReceived() {
        long total = 0;
        for (ScheduleLine line : lines) {
            total += line.status() == LineStatus.PAYMENT ? line.received().pence() : 0;
        }
        return Money.ofPence(total);
    }

    /** What write-offs, offsets and settlements actually removed. */
    public Money totalCleared() {
        long total = 0;
        for (ScheduleLine line : lines) {
            total += line.isDue() ? 0 : line.cleared().pence();
        }
        return Money.ofPence(total);
    }

    /** Index of the first line dated on or after {@code date} (binary search; lines are in date order). */
    private int firstOnOrAfter(LocalDate date) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lines.get(mid).date().isBefore(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
