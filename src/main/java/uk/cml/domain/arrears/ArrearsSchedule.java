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
 * The result of {@link ArrearsCalculator}: one line per due with what arrived for it ({@link #lines()}), the
 * payments and adjustments in date order ({@link #events()}), and the questions screens and letters ask of them.
 * Amounts are before any Collect and Pay fee (what the paying parent owes); {@link #afterFee} gives the other side.
 * Immutable. Every query is one pass over the lines or better.
 */
public final class ArrearsSchedule {

    /**
     * More than the most days a due can wait for the working day it is on time by (Christmas on a Saturday waits four,
     * to the Wednesday): how far back {@link #notMissedAtEndOf} looks.
     */
    private static final int LONGEST_WAIT_DAYS = 14;

    private final LocalDate asOf;
    private final List<PaymentPlan> plans;
    private final FeeRule fee;
    private final List<ScheduleLine> lines;
    private final BalanceSeries series;
    private final List<Payment> payments;
    private final List<CountedPayment> counted;
    private final Optional<SettlementStatus> settlement;
    private final List<Payment> linksToNoDue;

    private final uk.cml.domain.calendar.UkCalendar calendar;

    /** The one calendar the schedule was worked out on: a due's day after it ({@link #nextDue}) is said by it too. */
    public uk.cml.domain.calendar.UkCalendar calendar() {
        return calendar;
    }

    ArrearsSchedule(LocalDate asOf, List<PaymentPlan> plans, FeeRule fee, List<ScheduleLine> lines,
            BalanceSeries series, List<CountedPayment> counted, Optional<SettlementStatus> settlement,
            List<Payment> linksToNoDue, uk.cml.domain.calendar.UkCalendar calendar) {
        this.calendar = calendar;
        this.asOf = asOf;
        this.plans = plans;
        this.fee = fee;
        this.lines = List.copyOf(lines);
        this.series = series;
        this.counted = List.copyOf(counted);
        this.payments = counted.stream().map(CountedPayment::payment).toList();
        this.settlement = settlement;
        this.linksToNoDue = List.copyOf(linksToNoDue);
    }

    /**
     * Payments the parent linked to a date that is no longer a due (the plan changed since): they are matched by
     * date instead, and each says so where it is listed.
     */
    public List<Payment> linksToNoDue() {
        return linksToNoDue;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** One line per due, oldest first. */
    public List<ScheduleLine> lines() {
        return lines;
    }

    /** Dues dated from {@code from} to {@code to} inclusive whose status is in {@code statuses}. */
    public List<ScheduleLine> lines(LocalDate from, LocalDate to, Set<LineStatus> statuses) {
        List<ScheduleLine> found = new ArrayList<>();
        for (int i = firstOnOrAfter(from); i < lines.size() && !lines.get(i).date().isAfter(to); i++) {
            if (statuses.contains(lines.get(i).status())) {
                found.add(lines.get(i));
            }
        }
        return found;
    }

    /** Payments and adjustments in date order, with the balance after each. */
    public List<ScheduleEvent> events() {
        return Collections.unmodifiableList(series.events);
    }

    /** Arrears owed at the end of {@code date} (negative = credit). After {@link #asOf()} this is {@link #owedNow()}. */
    public Money balanceOn(LocalDate date) {
        return Money.ofPence(series.balanceOn(date.isAfter(asOf) ? asOf : date));
    }

    /** Arrears owed at {@link #asOf()} (negative = credit), before any Collect and Pay fee. */
    public Money owedNow() {
        return Money.ofPence(series.last());
    }

    /**
     * Arrears on dues whose day is over: {@link #owedNow()} less what is still to arrive of the due whose day it is
     * ({@link #dueNow()}), which is not missed until its day is over. This is the figure the Overview, the Payments
     * page, what needs doing and the letters give as owed; the due of today is shown apart, as the payment due now.
     */
    public Money owedOnPassedDues() {
        return owedLeavingOutNotMissed(asOf, owedNow());
    }

    /**
     * What is owed at the end of {@code date} on dues whose day is over: {@link #balanceOn} less what was still to
     * arrive then of dues not missed yet ({@link #notMissedAtEndOf}). The figure every "owed on that day" gives (the
     * pack's summary, the Overview's start-of-month figure), whichever later day it is seen on.
     */
    public Money owedOn(LocalDate date) {
        LocalDate day = date.isAfter(asOf) ? asOf : date;
        return owedLeavingOutNotMissed(day, balanceOn(day));
    }

    /**
     * The one rule for a balance labelled owed: {@code balance}, the running balance at the end of {@code date} or
     * after an adjustment on it (a day's payments come before its adjustments), less {@link #notMissedAtEndOf} that
     * date. A due is not missed until its day is over, or, on a weekend or bank holiday, until the working day it is
     * on time by is over, so no figure called owed counts what is still to come of it; a table of dues still lists it.
     */
    public Money owedLeavingOutNotMissed(LocalDate date, Money balance) {
        return balance.minus(notMissedAtEndOf(date));
    }

    /**
     * What was still to arrive, at the end of {@code date}, of dues that had fallen due by then and were not missed
     * yet: on {@link #asOf()}, what is still to come of {@link #dueNow()}; on an earlier day, of a due on a weekend or
     * bank holiday whose working day to be on time by had not come, what had not arrived for it by that day. (Nothing
     * clears such a due while it is not missed: a write-off, offset or settlement then is of the arrears only.)
     */
    public Money notMissedAtEndOf(LocalDate date) {
        if (!date.isBefore(asOf)) {
            return date.isAfter(asOf) ? Money.ZERO : stillDueNow();
        }
        long pence = 0;
        for (int i = firstOnOrAfter(date.minusDays(LONGEST_WAIT_DAYS)); i < lines.size()
                && !lines.get(i).date().isAfter(date); i++) {
            ScheduleLine line = lines.get(i);
            if (date.isBefore(line.onTimeBy())) {
                pence += Math.max(0, line.due().pence() - line.arrivedBefore(date.plusDays(1)).pence());
            }
        }
        return Money.ofPence(pence);
    }

    /**
     * The date of the first due before {@code day} that is still on time on it (a weekend or bank-holiday due waiting
     * for its working day), if there is one: a period starting on {@code day} counts it, as it is not owed before.
     */
    public Optional<LocalDate> stillOnTimeOn(LocalDate day) {
        for (int i = firstOnOrAfter(day.minusDays(LONGEST_WAIT_DAYS)); i < lines.size()
                && lines.get(i).date().isBefore(day); i++) {
            if (!lines.get(i).onTimeBy().isBefore(day)) {
                return Optional.of(lines.get(i).date());
            }
        }
        return Optional.empty();
    }

    /** What is still to arrive of {@link #dueNow()}, or zero when no due of today is awaited. */
    public Money stillDueNow() {
        return dueNow().map(ScheduleLine::stillToCome).orElse(Money.ZERO);
    }

    /** Whether a Collect and Pay fee applies now, so figures before and after it differ. */
    public boolean feeApplies() {
        return fee.percentOn(asOf).signum() > 0;
    }

    /**
     * What the parent should receive of {@link #owedOnPassedDues()} after the Collect and Pay fee if the CMS collects
     * it: what is still owed of each due less the fee on it ({@link FeeRule#afterFeeOnDues}); on a due of a Collect
     * and Pay day, its "After fee" figure less the shares after the fee of what arrived for it, so this is the column
     * less what arrived, penny for penny; the old rate on a due
     * from before a change of rate; on a due of a Direct Pay day still owed while the case is under Collect and Pay,
     * the rate now, because the CMS takes its fee from what it collects (evidence in {@link FeeRule}); never today's
     * rate on the total. The words beside it name the part that fell due before Collect and Pay
     * ({@link #owedOnPassedDuesCollectedFromOtherDays()}): paid to the parent directly, nothing is taken from it. A
     * CMS figure stated after the fee is compared on the same rule, or on that other reading.
     */
    public Money owedOnPassedDuesAfterFee() {
        return afterFee(owedOnPassedDues());
    }

    /**
     * What the parent should receive of {@code amount}, an amount owed now, after the Collect and Pay fee: the one
     * rule of {@link #owedOnPassedDuesAfterFee()}, its parts on the dues still owed, oldest first, each less that
     * due's own fee, and any rest at today's rate.
     */
    public Money afterFee(Money amount) {
        return fee.afterFeeOnDues(asOf, amount, owingOnPassedDues());
    }

    /**
     * Of {@link #owedOnPassedDues()}, the part owed on dues with no Collect and Pay fee even if collected now (dues of
     * days the case was not under it, while it is not under it now either, or arrears of a private arrangement, which
     * the CMS cannot collect), which the figure after the fee passes on whole; zero when there is none.
     */
    public Money owedOnPassedDuesWithoutFee() {
        long left = Math.max(0, owedOnPassedDues().pence());
        long without = 0;
        for (FeeRule.Owing o : owingOnPassedDues()) {
            long part = Math.min(left, o.amount().pence());
            without += fee.percentOnOwed(o.dueDate(), asOf).signum() == 0 ? part : 0;
            left -= part;
        }
        return Money.ofPence(without);
    }

    /**
     * Of {@link #owedOnPassedDues()}, the part that fell due on days the case was not under Collect and Pay and that
     * the figure after the fee counts less the fee because the case is under it now and the CMS can collect it
     * ({@link FeeRule#collectedFromOtherDays}); zero when there is none. The words beside the figure name it: if it is
     * paid to the parent directly instead, no fee is taken from it.
     */
    public Money owedOnPassedDuesCollectedFromOtherDays() {
        return fee.owedFromOtherDaysCollectedNow(asOf, owedOnPassedDues(), owingOnPassedDues());
    }

    /**
     * {@link #owedOnPassedDuesAfterFee()} with the part of {@link #owedOnPassedDuesCollectedFromOtherDays()} left
     * whole: what the parent should receive if that part is paid to them directly instead of collected by the CMS.
     */
    public Money owedOnPassedDuesAfterFeeWithOtherDaysWhole() {
        return fee.afterFeeOnDuesWithOtherDaysWhole(asOf, owedOnPassedDues(), owingOnPassedDues());
    }

    /** What is still owed of each due whose day is over, oldest first, as the lines' "short" column shows it. */
    private List<FeeRule.Owing> owingOnPassedDues() {
        List<FeeRule.Owing> owing = new ArrayList<>();
        for (ScheduleLine line : lines) {
            Money owed = line.shortBy().minus(line.stillToCome());
            if (owed.isPositive()) {
                owing.add(new FeeRule.Owing(line.date(), owed, owedAfterFee(line, owed)));
            }
        }
        return owing;
    }

    /**
     * What reaches the parent of {@code owed}, all that is owed on a due of a Collect and Pay day, if the CMS collects
     * it: the fee on the due (less what was paid to the parent directly and what was cleared of it) less the fees
     * already taken on what the CMS passed on for it, so that the due's "After fee" figure less the shares after the
     * fee of what arrived for it ({@link Arrival#share()}) is what is still to reach the parent, penny for penny. Null
     * (the fee worked on {@code owed}) for a due under a settlement or of another day.
     */
    private Money owedAfterFee(ScheduleLine line, Money owed) {
        if (!fee.underCollectAndPayOn(line.date()) || line.settledUnder() != null || line.stillToCome().isPositive()) {
            return null;
        }
        long base = owed.pence();
        long taken = 0;
        for (Arrival arrival : line.arrivals()) {
            if (arrival.feeTaken() && arrival.counted().isPositive()) {
                base += arrival.counted().pence();
                taken += arrival.counted().pence() - arrival.share().pence();
            }
        }
        long left = fee.feeOn(line.date(), Money.ofPence(base)).pence() - taken;
        return owed.minus(Money.ofPence(Math.max(0, Math.min(left, owed.pence()))));
    }

    /**
     * What reaches the parent of {@code amount} collected by the CMS and passed on on {@code date}: what a bank
     * statement shows for it, so a payment through the CMS is recorded as what arrived.
     */
    public Money passedOnThroughCms(LocalDate date, Money amount) {
        return fee.passedOnThroughCms(date, amount);
    }

    /**
     * What the CMS collected for {@code passedOn} that reached the parent on {@code date}, worked back as the schedule
     * counts it ({@link FeeRule#collectedFor}), a whole number of {@code dueAmounts} where that fits.
     */
    public Money collectedThroughCms(LocalDate date, Money passedOn, java.util.Collection<Money> dueAmounts) {
        return fee.collectedFor(date, passedOn, dueAmounts);
    }

    /** What is still owed on dues that fell due from {@code from} to {@code to} inclusive. */
    public Money missedTotal(LocalDate from, LocalDate to) {
        long total = 0;
        for (ScheduleLine line : lines(from, to, Set.of(LineStatus.PART_PAID, LineStatus.NOTHING_RECEIVED))) {
            total += line.shortBy().pence();
        }
        return Money.ofPence(total);
    }

    /**
     * What of the payments due from {@code day} on has not reached the parent, by totals (what a bank statement
     * bears out): what fell due from that day on dues whose day is over (a due of today counts only for what has
     * arrived of it, as in {@link #owedOnPassedDues()}), less every payment that arrived from that day, as it counted
     * against the dues (before any Collect and Pay fee); zero when more arrived than fell due. Said apart, after a
     * case moved on {@code day}, from what was missed under the arrangement before.
     */
    public Money shortSince(LocalDate day) {
        Money due = Money.ZERO;
        for (ScheduleLine line : lines(day, asOf, java.util.EnumSet.allOf(LineStatus.class))) {
            due = due.plus(line.due());
        }
        due = due.minus(dueNow().filter(line -> !line.date().isBefore(day)).map(ScheduleLine::stillToCome)
                .orElse(Money.ZERO));
        Money arrived = Money.ZERO;
        for (ReceivedPayment payment : received(day, asOf)) {
            arrived = arrived.plus(payment.counted());
        }
        return due.minus(arrived).max(Money.ZERO);
    }

    /**
     * {@link #shortSince} after the Collect and Pay fee, on the rule of {@link #owedOnPassedDuesAfterFee()}: its
     * parts on the dues from that day still owed, oldest first, each less that due's own fee.
     */
    public Money shortSinceAfterFee(LocalDate day) {
        List<FeeRule.Owing> owing = owingOnPassedDues().stream().filter(o -> !o.dueDate().isBefore(day)).toList();
        return fee.afterFeeOnDues(asOf, shortSince(day), owing);
    }

    /**
     * For each saved payment that arrived late for a due, those dues, oldest first ({@link ScheduleLine#lateBy}, the
     * one rule): money counted for the due that arrived after the day it was on time by, whether it paid the due in
     * full ("Arrived late") or left it short ("Part paid: £100.00 arrived 2 days late"). Money that was on time,
     * paid ahead, or went to no due is not in it. One pass over the lines.
     */
    public java.util.Map<Long, List<ScheduleLine>> paidLate() {
        java.util.Map<Long, List<ScheduleLine>> late = new java.util.HashMap<>();
        for (ScheduleLine line : lines) {
            for (ScheduleLine.LateMoney money : line.lateMoney()) {
                if (line.lateBy(money.paymentId())) {
                    List<ScheduleLine> dues = late.computeIfAbsent(money.paymentId(), id -> new ArrayList<>());
                    if (dues.isEmpty() || dues.get(dues.size() - 1) != line) {
                        dues.add(line);
                    }
                }
            }
        }
        return late;
    }

    /** The latest payment on or before {@link #asOf()}. */
    public Optional<Payment> lastPayment() {
        return payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1));
    }

    /** Every payment on or before {@link #asOf()}, oldest first. */
    public List<Payment> payments() {
        return payments;
    }

    /**
     * Each payment dated from {@code from} to {@code to} inclusive, once, on its own date, with what reached the
     * parent and what it counted for against the dues.
     */
    public List<ReceivedPayment> received(LocalDate from, LocalDate to) {
        List<ReceivedPayment> found = new ArrayList<>();
        for (CountedPayment c : counted) {
            Payment p = c.payment();
            if (!p.date().isBefore(from) && !p.date().isAfter(to)) {
                // A link to a date that is no longer a due was left out of the matching: matched by date.
                found.add(new ReceivedPayment(p.date(), p.amount(), Money.ofPence(c.counted()), p.method(),
                        p.reference(), linksToNoDue.contains(p) ? Optional.empty() : p.forDue()));
            }
        }
        return found;
    }

    /**
     * The due whose day it is and that has not arrived in full: due today, or on a weekend or bank holiday just gone
     * and on time by today. It is not missed yet, so it is the payment still awaited, before any later one.
     */
    public Optional<ScheduleLine> dueNow() {
        return lines.isEmpty() || lines.get(lines.size() - 1).status() != LineStatus.DUE_TODAY ? Optional.empty()
                : Optional.of(lines.get(lines.size() - 1));
    }

    /**
     * The plans in force, oldest first, each with the one before it: every plan after the first that changes the
     * amount or how often it is due (a stop included), so a letter, the pack and the timeline can say from when the
     * amount due changed and where the new figure came from, rather than leave a reader to see a column drop.
     */
    public List<PlanChange> planChanges() {
        List<PlanChange> changes = new ArrayList<>();
        for (int i = 1; i < plans.size(); i++) {
            PaymentPlan before = plans.get(i - 1);
            PaymentPlan plan = plans.get(i);
            boolean same = before.isStopped() ? plan.isStopped() : !plan.isStopped()
                    && before.amount().equals(plan.amount()) && before.frequency() == plan.frequency();
            if (!same) {
                changes.add(new PlanChange(before, plan));
            }
        }
        return changes;
    }

    /** The plan in force on {@code date}, if any plan had started by then (a stop is a plan too). */
    public Optional<PaymentPlan> planOn(LocalDate date) {
        PaymentPlan found = null;
        for (PaymentPlan plan : plans) {
            if (!plan.firstDue().isAfter(date)) {
                found = plan;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A plan that changed the amount due or how often, with the plan it followed. */
    public record PlanChange(PaymentPlan before, PaymentPlan plan) {
        public LocalDate from() {
            return plan.firstDue();
        }
    }

    /** The next due strictly after {@code after}, from the plans (so it may be after {@link #asOf()}). */
    public Optional<Due> nextDue(LocalDate after) {
        return DueGenerator.firstAfter(plans, after, fee);
    }

    /**
     * How many of the most recent dues in a row are still owed something by what arrived for them (0 if the latest
     * due was paid). A due paid in its own period, or made up later, breaks the run; a due of today that has not
     * arrived yet neither counts nor breaks it (its day is not over).
     */
    public int missedInARow() {
        int count = 0;
        int i = lines.size() - 1;
        if (i >= 0 && lines.get(i).status() == LineStatus.DUE_TODAY) {
            i--;
        }
        for (; i >= 0 && lines.get(i).status().isShort(); i--) {
            count++;
        }
        return count;
    }

    /**
     * The latest CMS arrears figure compared with this record's figure on that date: the balance at the end of that
     * day, or for a figure given while a due was not missed yet (its day, or the working day it is on time by, not
     * over), what was owed without what was still to come of that due then (the rule of
     * {@link #owedLeavingOutNotMissed} on the figure's own day, so a figure reads the same on every later day). Every
     * screen, letter and list reads the comparison from here or {@link #cmsDifferences()}.
     *
     * <p>"Latest" is by the day the figure is as at, not by the date of the letter that gave it, and that is right
     * even when a newer letter gives an older figure. The CMS can take weeks to send a breakdown of arrears (up to six,
     * seed 004), and for enforcement it picks a period of the debt and works out the arrears for it: such a letter
     * says what was owed on its earlier day and nothing about the days after. The figure as at the latest day is the
     * CMS's most recent word on what is owed, and each figure is set against this record on its own day and said
     * with that day ("as at"), never as what the CMS says is owed now, so an older figure from a newer letter is
     * still true where it stands (in the list of adjustments, and as the latest figure of a pack whose period ends
     * before the later one). Choosing by letter date instead would put an older position forward as the current one.
     * Two figures as at the same day are told apart by the letter date after all, then by the order recorded
     * ({@link Adjustment#ORDER}): the CMS's later statement is the latest figure.
     */
    public Optional<CmsDifference> cmsDifference() {
        List<CmsDifference> all = series.cmsFigures;
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every CMS figure recorded, oldest first. */
    public List<CmsDifference> cmsDifferences() {
        return Collections.unmodifiableList(series.cmsFigures);
    }

    /**
     * The schedule's lines that are not payments due, oldest first: each CMS figure, on the day it was as at
     * ({@link ScheduleNote}). No due's notes carry them.
     */
    public List<ScheduleNote> notes() {
        return Collections.unmodifiableList(series.notes);
    }

    /** {@link #notes()} dated from {@code from} to {@code to}, both days included. */
    public List<ScheduleNote> notes(LocalDate from, LocalDate to) {
        return series.notes.stream().filter(n -> !n.date().isBefore(from) && !n.date().isAfter(to)).toList();
    }

    /** The latest part payment in full and final settlement, and how much of it has arrived. */
    public Optional<SettlementStatus> settlement() {
        return settlement;
    }

    /**
     * How old the money owed is by this app's matching: the part of today's balance more than {@code months} months
     * old, each amount as old as the due it is still owed on (the lines' "short" column, where late money pays the
     * oldest due still owed first, so what stays owed sits on the newest dues late money did not reach), so this is {@link #owedOnDuesUpTo} the day before the date {@code months} back
     * (a due of that date is {@code months} months old, not older). The CMS attributes payments by its own rules; the
     * evidence pack gives these figures beside the schedule they come from, saying so, and only where that schedule
     * shows them exactly ({@link #owedOnDuesUpToAsShown}). How long arrears have been owed without a break holds
     * whatever the CMS did ({@link RunningBalance}).
     */
    public Money owedOlderThanMonths(int months) {
        return owedOnDuesUpTo(olderThanMonthsBefore(asOf, months).minusDays(1));
    }

    /**
     * The day from which a due is not more than {@code months} months old on {@code day}: {@code months} months
     * before it. A due dated before it is older than {@code months} months; one dated on it is exactly that old, and
     * is among the dues of "the last {@code months} months" (as the Payments page's "Last 3 months" lists it). Every
     * figure of arrears "older than" some months counts from here, and every "last months": the dues a letter lists
     * and the evidence pack's "could be from payments due in the last 3 months" alike.
     */
    public static LocalDate olderThanMonthsBefore(LocalDate day, int months) {
        return day.minusMonths(months);
    }

    /**
     * What is still owed on dues dated on or before {@code date}, as the lines' "short" column shows it (the part of
     * a settlement not yet paid stays owed on the dues it covers). This is the schedule's matching, not a fact the
     * CMS's records bear out.
     */
    public Money owedOnDuesUpTo(LocalDate date) {
        long owed = 0;
        for (int i = 0; i < lines.size() && !lines.get(i).date().isAfter(date); i++) {
            owed += lines.get(i).shortBy().pence();
        }
        return Money.ofPence(owed);
    }

    /**
     * {@link #owedOnDuesUpTo} {@code date}, when the lines' Short column says it exactly to a reader of a schedule
     * that lists the dues from {@code firstListed} on: the Short column of every due adds up to the balance at the
     * schedule's date (nothing held as credit, nothing owed that no due carries), and no due before
     * {@code firstListed} is still short. Empty otherwise: then the figure by date would not be the sum of the Short
     * figures printed beside it, and is better left unsaid. The evidence pack's "Owed for payments due up to" lines
     * are these, so they add up what its schedule prints (a figure worked from totals instead, "at least £47.08" where
     * the schedule put all £332.58 owed on dues eight months old, read as "only £47.08 is older than a month":
     * reviewer, 5 Dec 2026).
     */
    public Optional<Money> owedOnDuesUpToAsShown(LocalDate date, LocalDate firstListed) {
        long all = 0;
        for (ScheduleLine line : lines) {
            if (line.date().isBefore(firstListed) && !line.shortBy().isZero()) {
                return Optional.empty();
            }
            all += line.shortBy().pence();
        }
        return all == owedNow().pence() ? Optional.of(owedOnDuesUpTo(date)) : Optional.empty();
    }

    /**
     * For a chart: each month from the first due's (or an earlier payment's) month to {@link #asOf()}'s month, in
     * order, including months with nothing in them. Due is by due date; received is what was counted for those dues,
     * whenever it arrived, as the lines apply it (their Received, the Payments page's "What arrived", the pack's
     * "Paid towards it"): by the bank alone a due of Mon 31 Aug (a bank holiday) paid on Tue 1 Sep showed £0 in
     * August and £400 in September, a missed month where every month was paid. Money counted for no due yet (credit
     * held) is in the month it arrived, so the months add up to all that was received. Both before any fee.
     */
    public Map<YearMonth, MonthTotals> expectedVsReceivedByMonth() {
        Map<YearMonth, MonthTotals> months = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return months;
        }
        Map<YearMonth, long[]> sums = new LinkedHashMap<>();
        LocalDate first = payments.isEmpty() || lines.get(0).date().isBefore(payments.get(0).date())
                ? lines.get(0).date() : payments.get(0).date();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
            sums.put(m, new long[2]);
        }
        // What of each day's money no due has counted yet: all it brought, less what the lines counted of it.
        Map<LocalDate, Long> notCounted = new java.util.HashMap<>();
        for (ScheduleEvent event : series.events) {
            if (event.isPayment()) {
                notCounted.merge(event.date(), event.applied().pence(), Long::sum);
            }
        }
        for (ScheduleLine line : lines) {
            long[] month = sums.get(YearMonth.from(line.date()));
            month[0] += line.due().pence();
            month[1] += line.received().pence();
            for (Arrival arrival : line.arrivals()) {
                notCounted.merge(arrival.date(), -arrival.counted().pence(), Long::sum);
            }
        }
        notCounted.forEach((day, pence) -> {
            long[] month = sums.get(YearMonth.from(day));
            if (month != null) {
                month[1] += pence;
            }
        });
        sums.forEach((m, s) -> months.put(m, new MonthTotals(Money.ofPence(s[0]), Money.ofPence(s[1]))));
        return Collections.unmodifiableMap(months);
    }

    /**
     * For a chart or any series labelled owed: {@link #balanceSeries()} with each balance as {@link
     * #owedLeavingOutNotMissed owed}, so its last point is {@link #owedOnPassedDues()}, and a point on the working day
     * a weekend or bank-holiday due stopped being on time, the day it counts as owed if it had not arrived. Days whose
     * figure no longer changes are kept: a chart steps on them harmlessly.
     */
    public Map<LocalDate, Money> owedSeries() {
        Map<LocalDate, Money> balances = balanceSeries();
        List<ScheduleLine> waiting = new ArrayList<>();
        for (ScheduleLine line : lines) {
            if (line.onTimeBy().isAfter(line.date())) {
                waiting.add(line);
            }
        }
        if (waiting.isEmpty() && dueNow().isEmpty()) {
            return balances;
        }
        // Both in date order (a later due is never on time by an earlier day), so one pass merges them.
        Map<LocalDate, Money> out = new LinkedHashMap<>();
        int next = 0;
        int open = 0;
        for (Map.Entry<LocalDate, Money> point : balances.entrySet()) {
            LocalDate date = point.getKey();
            while (next < waiting.size() && waiting.get(next).onTimeBy().isBefore(date)) {
                addOwedFrom(out, waiting.get(next++));
            }
            while (open < waiting.size() && !waiting.get(open).onTimeBy().isAfter(date)) {
                open++;
            }
            // Most days fall in no due's wait for its working day: their balance is what is owed.
            boolean inAWait = open < waiting.size() && !waiting.get(open).date().isAfter(date);
            out.put(date, inAWait || !date.isBefore(asOf) ? owedLeavingOutNotMissed(date, point.getValue())
                    : point.getValue());
        }
        while (next < waiting.size()) {
            addOwedFrom(out, waiting.get(next++));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The point on the working day a weekend or bank-holiday due stopped being on time, if that day is over. */
    private void addOwedFrom(Map<LocalDate, Money> out, ScheduleLine line) {
        LocalDate day = line.onTimeBy();
        if (day.isBefore(asOf) && !out.containsKey(day)) {
            out.put(day, owedOn(day));
        }
    }

    /**
     * For the Overview's chart: {@link #balanceSeries()}, each due counted on its own date, as the Payments table,
     * the Timeline, the letters and the pack list it, a due of a weekend or bank holiday included (Good Friday 3 Apr
     * 2026's due steps the line up on 3 Apr, as a 6 Mar due does on 6 Mar). {@link #owedSeries()} counted such a due
     * only from the working day it was on time by, as the letters' "owed without a break since" must: so the chart
     * read "£0.00 owed" for 3 to 6 Apr, nothing arrived, beside a table listing it due on 3 Apr, and said 6 Mar's
     * due was owed on its day (reviewer rv7). The days it is counted but not late are named beside the figure
     * ({@link #notLateAtEndOf}). The one due still awaited ({@link #dueNow()}) is left out from its date, so the
     * line ends on {@link #owedOnPassedDues()}, the Overview's figure above it, and does not dip on today.
     */
    public Map<LocalDate, Money> owedByDueDateSeries() {
        Map<LocalDate, Money> balances = balanceSeries();
        Optional<ScheduleLine> awaited = dueNow();
        if (awaited.isEmpty()) {
            return balances;
        }
        ScheduleLine now = awaited.get();
        Map<LocalDate, Money> out = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, Money> point : balances.entrySet()) {
            LocalDate date = point.getKey();
            Money toCome = date.isBefore(now.date()) ? Money.ZERO : !date.isBefore(asOf) ? stillDueNow()
                    : Money.ofPence(Math.max(0, now.due().pence() - now.arrivedBefore(date.plusDays(1)).pence()));
            out.put(date, point.getValue().minus(toCome));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A due of a weekend or bank holiday counted on its own date ({@link #owedByDueDateSeries()}) that was not late
     * at the end of a day, with what had not arrived for it by then.
     */
    public record NotLate(ScheduleLine line, Money toCome) {
    }

    /**
     * The dues of a weekend or bank holiday still on time at the end of {@code date}, a day before {@link #asOf()}:
     * on or after their date, before the working day they were on time by, with something still to arrive. The
     * chart counts them on that day; its words say they were not late. (On {@link #asOf()} the one awaited is left
     * out of the chart, as of every figure called owed.)
     */
    public List<NotLate> notLateAtEndOf(LocalDate date) {
        List<NotLate> out = new ArrayList<>();
        if (!date.isBefore(asOf)) {
            return out;
        }
        for (int i = firstOnOrAfter(date.minusDays(LONGEST_WAIT_DAYS)); i < lines.size()
                && !lines.get(i).date().isAfter(date); i++) {
            ScheduleLine line = lines.get(i);
            long toCome = line.due().pence() - line.arrivedBefore(date.plusDays(1)).pence();
            if (date.isBefore(line.onTimeBy()) && toCome > 0) {
                out.add(new NotLate(line, Money.ofPence(toCome)));
            }
        }
        return out;
    }

    /** For a chart: the balance at the end of each day on which it changed, oldest first. */
    public Map<LocalDate, Money> balanceSeries() {
        Map<LocalDate, Money> out = new LinkedHashMap<>();
        long previous = 0;
        for (int i = 0; i < series.dates().size(); i++) {
            long balance = series.balances().get(i);
            LocalDate date = series.dates().get(i);
            if (balance != previous || out.containsKey(date)) {
                out.put(date, Money.ofPence(balance));
            }
            previous = balance;
        }
        return Collections.unmodifiableMap(out);
    }

    /** Everything due so far, before any fee. */
    public Money totalDue() {
        long total = 0;
        for (ScheduleLine line : lines) {
            total += line.due().pence();
        }
        return Money.ofPence(total);
    }

    /** Every payment as counted against the dues (before any fee). */
    public Money totalReceived() {
        long total = 0;
        for (ScheduleEvent event : series.events) {
            total += event.isPayment() ? event.applied().pence() : 0;
        }
        return Money.ofPence(total);
    }

    /** What write-offs, offsets and settlements actually removed. */
    public Money totalCleared() {
        long total = 0;
        for (ScheduleEvent event : series.events) {
            total += event.isPayment() ? 0 : event.applied().pence();
        }
        return Money.ofPence(total);
    }

    /** Index of the first due dated on or after {@code date} (binary search; lines are in date order). */
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
