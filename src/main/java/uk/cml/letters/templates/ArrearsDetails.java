package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.MoneyReceived;
import uk.cml.domain.arrears.RunningBalance;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.arrears.SettlementStatus;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * The arrears figures a letter quotes: every due of the recent months (back to when the arrears began, within limits)
 * whose day is over, with what arrived for it (oldest first), what is owed now on those dues and was owed when those
 * months began, since when the arrears have been owed without a break, and the latest figure the CMS gave, if any. What a due was "paid" is this app's matching of payments to dues by date; the
 * CMS attributes payments by its own rules, so a letter states the arrears' age and size from totals only.
 *
 * @param lines        the dues from {@code since} to {@code asOf} whose day is over, each with what arrived for it
 * @param owedNow      what is owed on dues whose day is over ({@link ArrearsSchedule#owedOnPassedDues()}): a due of
 *                     today is not missed until its day is over, so it is neither in this figure nor in the lines
 * @param owedAtStart  the balance owed at the end of the day before {@code since} (negative = ahead)
 * @param settlementDue the part of an agreed settlement that has not arrived
 * @param owedSince    the day since which the balance owed has stayed above zero ({@link RunningBalance}), or null
 *                     when nothing is owed or it is not known
 * @param received     each payment received from {@code since} to {@code asOf}, once, and where that money went;
 *                     {@link MoneyReceived#NONE} when the figures were given without the schedule
 * @param dueToday     the due whose day it is and that has not arrived in full ({@link ArrearsSchedule#dueNow()}),
 *                     said apart from the arrears; null when there is none
 * @param shortSince   for each day asked for (the days the case moved from one arrangement to another), what fell
 *                     due from that day on dues whose day is over, less what arrived from that day, never below
 *                     zero: what of the payments due since then has not reached the parent, by totals (what a bank
 *                     statement shows), so a letter can say it apart from what was missed before the move
 * @param planChanges  every change of the amount due or how often ({@link ArrearsSchedule#planChanges()}), so a
 *                     letter whose dues span one says from when and where the new figure came from
 * @param settlement   the latest part payment in full and final settlement ({@link ArrearsSchedule#settlement()}),
 *                     so a letter quoting what is owed says what of it is an agreed sum not yet paid
 * @param owedAfterFee {@code owedNow} after the Collect and Pay fee, each due less its own fee
 *                     ({@link ArrearsSchedule#owedOnPassedDuesAfterFee()}); {@code owedNow} when not given
 * @param shortSinceAfterFee {@code shortSince} after the fee on the same rule
 *                     ({@link ArrearsSchedule#shortSinceAfterFee})
 * @param lastReport   the day the latest report of the missed payments on record was written, or null when there
 *                     is none or it is not known, so a letter can say which dues listed it named already
 * @param earlierTroubleLeftOut how many dues before the first listed were late, missed, part paid or cleared: the
 *                     table was cut to keep the letter short ({@link #MOST_MONTHS_LISTED}), and the letter says how
 *                     many (0: none, and it says nothing)
 */
public record ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
        Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate owedSince,
        MoneyReceived received, ScheduleLine dueToday, Map<LocalDate, Money> shortSince,
        List<ArrearsSchedule.PlanChange> planChanges, Optional<SettlementStatus> settlement, Money owedAfterFee,
        Map<LocalDate, Money> shortSinceAfterFee, LocalDate lastReport, int earlierTroubleLeftOut) {

    public static final ArrearsDetails NONE = new ArrearsDetails(List.of(), Money.ZERO, null, null, Money.ZERO,
            Money.ZERO, Optional.empty(), null);

    /** A letter lists the dues of at least this many months... */
    static final int MONTHS_LISTED = 3;
    /**
     * ...and back to the due that began the arrears owed now, or to the earliest due that went wrong (arrived late,
     * part paid, missed, or cleared by a write-off, offset or settlement: {@link #wentWrong}), up to this many months
     * (26 lines of a weekly plan, about a page); older arrears are given as one figure, and the letter says that
     * earlier dues went wrong too ({@link #earlierTroubleLeftOut}). A monthly case with its only missed due four months back
     * listed three paid months and left the missed one out of a letter reporting missed payments. The limit holds
     * only for dues the CMS knows of already: those under Collect and Pay (it collected them and holds the record of
     * each), those a report on record named, and those of a private arrangement (the CMS cannot collect them at
     * all). A due under Direct Pay that no report named is listed however old ({@link #from(ArrearsSchedule,
     * ArrangementHistory, Optional)}): the CMS knows of a missed Direct Pay payment only when told of it (seed 000),
     * and a figure brought forward does not tell it which payments were missed.
     */
    static final int MOST_MONTHS_LISTED = 6;

    public ArrearsDetails {
        lines = List.copyOf(lines);
        owedNow = owedNow == null ? Money.ZERO : owedNow;
        owedAtStart = owedAtStart == null ? Money.ZERO : owedAtStart;
        settlementDue = settlementDue == null ? Money.ZERO : settlementDue;
        cmsFigure = cmsFigure == null ? Optional.empty() : cmsFigure;
        received = received == null ? MoneyReceived.NONE : received;
        shortSince = shortSince == null ? Map.of() : Map.copyOf(shortSince);
        planChanges = planChanges == null ? List.of() : List.copyOf(planChanges);
        settlement = settlement == null ? Optional.empty() : settlement;
        owedAfterFee = owedAfterFee == null ? owedNow : owedAfterFee;
        shortSinceAfterFee = shortSinceAfterFee == null ? Map.of() : Map.copyOf(shortSinceAfterFee);
    }

    /** Figures without the fee worked per due: after the fee is taken as before it. */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate owedSince,
            MoneyReceived received, ScheduleLine dueToday, Map<LocalDate, Money> shortSince,
            List<ArrearsSchedule.PlanChange> planChanges, Optional<SettlementStatus> settlement) {
        this(lines, owedNow, asOf, since, owedAtStart, settlementDue, cmsFigure, owedSince, received, dueToday,
                shortSince, planChanges, settlement, null, null, null, 0);
    }

    /** Figures with a due of today, nothing known of what was owed on any earlier day, and no change of plan said. */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate owedSince,
            MoneyReceived received, ScheduleLine dueToday) {
        this(lines, owedNow, asOf, since, owedAtStart, settlementDue, cmsFigure, owedSince, received, dueToday,
                Map.of(), List.of(), Optional.empty());
    }

    /** Figures with no due of today. */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate owedSince,
            MoneyReceived received) {
        this(lines, owedNow, asOf, since, owedAtStart, settlementDue, cmsFigure, owedSince, received, null);
    }

    /** Figures without the payments received (no list of payments is printed). */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure, LocalDate owedSince) {
        this(lines, owedNow, asOf, since, owedAtStart, settlementDue, cmsFigure, owedSince, MoneyReceived.NONE);
    }

    /**
     * Figures without the whole schedule: the arrears are owed without a break since the due that began the last run
     * of dues with a balance above zero after them, known only when nothing was owed when the lines begin.
     */
    public ArrearsDetails(List<ScheduleLine> lines, Money owedNow, LocalDate asOf, LocalDate since,
            Money owedAtStart, Money settlementDue, Optional<CmsDifference> cmsFigure) {
        this(lines, owedNow, asOf, since, owedAtStart, settlementDue, cmsFigure, owedSinceIn(lines, owedAtStart));
    }

    /**
     * The dues whose day is over of the last {@link #MONTHS_LISTED} months at the schedule's date, or from the due
     * that began the arrears owed now if that is earlier, but never more than {@link #MOST_MONTHS_LISTED} unless
     * earlier dues under Direct Pay are owed and not yet reported (here, with nothing known of the arrangement or of
     * any report, every due owed: {@link #from(ArrearsSchedule, Collection)}). A due of
     * today (or of a weekend just gone, on time by today) is not missed yet: it is left out of the lines, the figures
     * and the money said to have gone to the dues listed, and given apart as {@link #dueToday()}.
     */
    public static ArrearsDetails from(ArrearsSchedule schedule) {
        return from(schedule, List.of());
    }

    /**
     * As {@link #from(ArrearsSchedule)}, with what of the payments due since each of {@code days} (the days the case
     * moved) has not reached the parent ({@link #shortSince(LocalDate)}); days after the schedule's date are left out.
     * How the case was arranged is not known here, nor any report: every due is taken as one under Direct Pay that
     * the CMS has not been told of, so the list reaches back to where the arrears owed now began (a longer list is
     * never untrue; a shorter one could leave a missed payment out of a report).
     */
    public static ArrearsDetails from(ArrearsSchedule schedule, Collection<LocalDate> days) {
        return from(schedule, days, day -> true, Optional.empty());
    }

    /**
     * The figures a letter quotes for a case arranged as {@code history}, whose latest report of the missed payments
     * to the CMS on record was written on {@code lastReport} (empty: none), with what has not reached the parent since
     * each move ({@link #shortSince(LocalDate)}).
     *
     * <p>Under Direct Pay the CMS knows of a missed payment only when the parent reports it (seed 000; Parliament
     * answer 97520), so the dues listed reach back past {@link #MOST_MONTHS_LISTED} to every due under Direct Pay
     * still owed and not yet reported: those from the later of where the arrears owed now began and the last
     * report's date. A due is taken as reported when it was on time by a day before the report was written; the
     * report's own day's due, or a weekend due on time by the Monday of the report, was not missed yet when it was
     * written, so it was not in it. Dues under Collect and Pay, or of a private arrangement, keep the six months:
     * the CMS collected the first and holds the record of each, and it cannot collect the second.
     */
    public static ArrearsDetails from(ArrearsSchedule schedule, ArrangementHistory history,
            Optional<LocalDate> lastReport) {
        return from(schedule, history.from().keySet(), day -> history.on(day) == Arrangement.DIRECT_PAY, lastReport);
    }

    private static ArrearsDetails from(ArrearsSchedule schedule, Collection<LocalDate> days,
            Predicate<LocalDate> underDirectPay, Optional<LocalDate> lastReport) {
        Map<LocalDate, Money> shortFrom = new HashMap<>();
        Map<LocalDate, Money> shortFromAfterFee = new HashMap<>();
        for (LocalDate day : days) {
            if (day.isAfter(LocalDate.MIN) && !day.isAfter(schedule.asOf())) {
                shortFrom.put(day, schedule.shortSince(day));
                shortFromAfterFee.put(day, schedule.shortSinceAfterFee(day));
            }
        }
        // A due exactly 3 months old is not older than 3 months, so it is one of the last 3 months', as the
        // evidence pack and the Payments page's "Last 3 months" count it: one rule for every "last N months".
        LocalDate recentFrom = ArrearsSchedule.olderThanMonthsBefore(schedule.asOf(), MONTHS_LISTED);
        LocalDate longestFrom = ArrearsSchedule.olderThanMonthsBefore(schedule.asOf(), MOST_MONTHS_LISTED);
        Optional<LocalDate> owedSince = RunningBalance.owedWithoutBreakSinceDue(schedule);
        LocalDate limited = owedSince.filter(d -> d.isBefore(recentFrom))
                .map(d -> d.isBefore(longestFrom) ? longestFrom : d).orElse(recentFrom);
        // A report tells the whole story of the months it covers, as the CMS checks it against bank statements:
        // payments that arrived late before the arrears owed now began are part of it (a reviewer's case: 31 Jul and
        // 28 Aug arrived late, the table began at 25 Sep), so the list reaches back to the earliest due of the six
        // months that went wrong, no further.
        LocalDate troubled = schedule.lines().stream()
                .filter(line -> !line.date().isBefore(longestFrom) && line.date().isBefore(limited))
                .filter(ArrearsDetails::wentWrong).map(ScheduleLine::date).findFirst().orElse(limited);
        LocalDate cutOff = unreportedDirectPay(schedule, owedSince, underDirectPay, lastReport)
                .filter(d -> d.isBefore(troubled)).orElse(troubled);
        List<ScheduleLine> all = schedule.lines();
        int leftOut = (int) all.stream().filter(line -> line.date().isBefore(cutOff))
                .filter(ArrearsDetails::wentWrong).count();
        List<ScheduleLine> recent = schedule.lines(cutOff, schedule.asOf(), java.util.EnumSet.allOf(LineStatus.class));
        ScheduleLine today = schedule.dueNow().orElse(null);
        Money settlement = schedule.settlement().map(SettlementStatus::stillToArrive).orElse(Money.ZERO);
        // The money counted "since" is what arrived from where the first listed due's period begins, so it truly
        // arrived since then (the very first due also counts money paid before it). The day printed is one the
        // reader finds in the tables (seeFrom).
        int first = all.size() - recent.size();
        LocalDate since = recent.isEmpty() ? cutOff : first > 0
                ? seeFrom(schedule, all.get(first - 1).periodEnd().plusDays(1), recent.get(0).date())
                : schedule.payments().stream().map(p -> p.date()).filter(d -> d.isBefore(all.get(0).date()))
                        .findFirst().orElse(all.get(0).date());
        MoneyReceived received = MoneyReceived.of(schedule, since, cutOff);
        if (today != null && !recent.isEmpty() && recent.get(recent.size() - 1).equals(today)) {
            recent = recent.subList(0, recent.size() - 1);
            received = withoutDueToday(received, today, since);
        }
        return new ArrearsDetails(recent, schedule.owedOnPassedDues(), schedule.asOf(), since,
                schedule.balanceOn(since.minusDays(1)), settlement.max(Money.ZERO), schedule.cmsDifference(),
                owedSince.orElse(null), received, today, shortFrom, schedule.planChanges(), schedule.settlement(),
                schedule.owedOnPassedDuesAfterFee(), shortFromAfterFee, lastReport.orElse(null), leftOut);
    }

    /**
     * Whether a due's story is one a report tells: money for it arrived late ({@link ScheduleLine#arrivedLate()}), it
     * is still short, or what was short was cleared by a write-off, an offset or a settlement. A due paid on time (on
     * a weekend's or bank holiday's next working day too) or paid ahead is not.
     */
    static boolean wentWrong(ScheduleLine line) {
        return line.arrivedLate() || line.status().isShort() || line.status().isCleared()
                || line.status() == LineStatus.PAID_LATE;
    }

    /**
     * The date of the oldest due under Direct Pay that is part of the arrears owed now ({@code owedSince} on) and that
     * no report on record named (on time by the report's date or later); empty when nothing is owed or there is none.
     * Dues whose day is not over are left to the caller (they are past {@code cutOff}'s window anyway).
     */
    private static Optional<LocalDate> unreportedDirectPay(ArrearsSchedule schedule, Optional<LocalDate> owedSince,
            Predicate<LocalDate> underDirectPay, Optional<LocalDate> lastReport) {
        if (owedSince.isEmpty()) {
            return Optional.empty();
        }
        return schedule.lines().stream()
                .filter(line -> !line.date().isBefore(owedSince.get()) && !line.date().isAfter(schedule.asOf()))
                .filter(line -> lastReport.map(report -> !line.onTimeBy().isBefore(report)).orElse(true))
                .filter(line -> underDirectPay.test(line.date()))
                .map(ScheduleLine::date).findFirst();
    }

    /**
     * The day a letter says its tables begin ("Since 26 June 2026, ...", "between 26 June 2026 and ..."), for the
     * money counted from {@code periodStart}, the first listed due's period, a few days before its date: that day
     * was one on which nothing happened, which a reader looks for in the tables and cannot find. So it is the first
     * due's date or, when money arrived in its early days, the first such payment's date (the second table's first
     * line). Nothing arrived from {@code periodStart} to the day before it, so the same money and the same balance
     * at the start are counted; when a write-off, offset or settlement of those days changed the balance, the
     * period's start is kept, as the day the figures are true from.
     */
    private static LocalDate seeFrom(ArrearsSchedule schedule, LocalDate periodStart, LocalDate firstDue) {
        LocalDate day = schedule.payments().stream().map(p -> p.date())
                .filter(d -> !d.isBefore(periodStart) && d.isBefore(firstDue)).findFirst().orElse(firstDue);
        return day.isAfter(periodStart) && !schedule.balanceOn(day.minusDays(1))
                .equals(schedule.balanceOn(periodStart.minusDays(1))) ? periodStart : day;
    }

    /**
     * What of the payments due since {@code day} has not reached the parent, by totals, if the figures were given
     * with that day ({@link #from(ArrearsSchedule, Collection)}).
     */
    public Optional<Money> shortSince(LocalDate day) {
        return Optional.ofNullable(shortSince.get(day));
    }

    /** {@link #shortSince(LocalDate)} after the Collect and Pay fee, each due less its own fee, if given. */
    public Optional<Money> shortSinceAfterFee(LocalDate day) {
        return Optional.ofNullable(shortSinceAfterFee.get(day));
    }

    /**
     * The money received with what went to the due of today taken out of what went to the dues listed, as that due
     * is not listed; {@link #arrivedForDueToday()} says it apart.
     */
    private static MoneyReceived withoutDueToday(MoneyReceived money, ScheduleLine today, LocalDate since) {
        long inRange = 0;
        long before = 0;
        for (uk.cml.domain.arrears.Arrival arrival : today.arrivals()) {
            if (arrival.date().isBefore(since)) {
                before += arrival.counted().pence();
            } else {
                inRange += arrival.counted().pence();
            }
        }
        return new MoneyReceived(money.payments(), money.counted(), money.onStatement(),
                money.toDuesListed().minus(Money.ofPence(inRange)), money.toEarlierDues(), money.toSettlement(),
                money.keptAsCredit(), money.paidBeforeToDuesListed().minus(Money.ofPence(before)));
    }

    /**
     * "From 4 September 2026 the amount due is £38.20 a week in place of £42.50 a week (CMS letter dated 28 Aug
     * 2026).", for each change after the first due listed, up to the letter's date; empty when the dues listed are
     * all of one amount.
     */
    public String amountChanges() {
        return lines.isEmpty() || asOf == null ? ""
                : uk.cml.letters.PaymentTables.amountChanges(planChanges, lines.get(0).date(), asOf);
    }

    /** What has arrived so far for the due of today (matched by date), or zero. */
    public Money arrivedForDueToday() {
        return dueToday == null ? Money.ZERO : dueToday.received();
    }

    /**
     * Between dues only money arrives, so a balance above zero at the end of the day before the next due (a line's
     * {@code balanceOn}) has been above zero since that due's date; a run of such dues began on the first one's date.
     */
    private static LocalDate owedSinceIn(List<ScheduleLine> lines, Money owedAtStart) {
        int first = lines.size();
        while (first > 0 && lines.get(first - 1).balanceAfter().isPositive()) {
            first--;
        }
        boolean known = first > 0 || owedAtStart == null || !owedAtStart.isPositive();
        return first < lines.size() && known ? lines.get(first).date() : null;
    }

    /**
     * The balance went from {@link #owedAtStart} to {@link #owedNow} by what fell due and was paid in the lines alone
     * (nothing was written off, offset or settled in between), so a letter can say so in one sentence.
     */
    public boolean balanceFollowsFromLines() {
        Money due = Money.ZERO;
        Money arrived = Money.ZERO;
        for (ScheduleLine line : lines) {
            due = due.plus(line.due());
            arrived = arrived.plus(line.arrivedInPeriod());
        }
        return !lines.isEmpty() && owedAtStart.plus(due).minus(arrived).equals(owedNow);
    }

    /**
     * The dues listed that the latest report on record named already ({@link #lastReport}), oldest first: by the rule
     * the list is cut with, those on time by a day before the report was written. Under Direct Pay the list still
     * reaches back at least {@link #MOST_MONTHS_LISTED} months, so after a recent report it repeats them, and the
     * letter says so, so the CMS does not take them for new missed payments.
     */
    public List<ScheduleLine> alreadyReported() {
        return lastReport == null ? List.of()
                : lines.stream().filter(line -> line.onTimeBy().isBefore(lastReport)).toList();
    }

    /** The dues listed that are still owed something by what arrived for them. */
    public List<ScheduleLine> shortLines() {
        return lines.stream().filter(line -> line.status().isShort()).toList();
    }

    /**
     * Whether the records show money owed: a balance owed on dues whose day is over, or a due listed still short.
     * Only then may a letter say the maintenance has not been paid.
     */
    public boolean showsMoneyOwed() {
        return asOf != null && (owedNow.isPositive() || hasShortLines());
    }

    public boolean hasShortLines() {
        return lines.stream().anyMatch(line -> line.status().isShort());
    }

    /** What the dues listed were paid, from money received in the period and money paid ahead before it. */
    public Money paidTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(line.received());
        }
        return total;
    }

    /** What write-offs, offsets and settlements cleared on the dues listed. */
    public Money clearedTotal() {
        Money total = Money.ZERO;
        for (ScheduleLine line : lines) {
            total = total.plus(line.cleared());
        }
        return total;
    }
}
