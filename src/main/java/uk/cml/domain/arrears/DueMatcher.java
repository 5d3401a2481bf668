package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.calendar.UkCalendar;

/**
 * Matches each due with the money that arrived for it, as a bank statement would show it.
 *
 * <p>Each due has a period: from {@link PaymentFrequency#earlyDays()} before its date to the day before the next
 * due's period begins (the latest due's period runs to the schedule's date). Money is taken in date order:
 * <ol>
 *   <li>money in a due's period pays that due first, whatever older arrears or settlement are owed: a due paid on
 *       its own day, or early inside its period (sent before a weekend or bank holiday), is "Paid";</li>
 *   <li>what is left goes to older arrears: a settlement's agreed sum first, then the OLDEST due still owed,
 *       then the next oldest ({@link #payOlder} says why);</li>
 *   <li>what is left after that is credit, which pays the next dues as they begin ("Paid in advance").</li>
 * </ol>
 * A due that credit paid only part of, with no money in its own period or after it, is "Nothing received", not "Part
 * paid": nothing arrived for it, and its words name the money paid over before that counts towards it. Money the
 * parent linked to it and sent before its period is money for it: that due is "Part paid".
 * A payment the parent linked to a due ({@link Payment#forDue()}) pays that due first, if it still needs money (in
 * law the payer's or the receiver's choice of debt comes before the oldest-first rule): a
 * due before the money's period is then paid late by it, a due after it is held for and paid in advance; what is left
 * follows the rules above. A link to a date that is not a due of the schedule is left out (see
 * {@link ArrearsSchedule#linksToNoDue()}). Links only move which due money pays, never the balance.
 * Money before the first due's period is credit too. Write-offs and offsets clear what is still owed, oldest first,
 * by the amount the {@link BalanceSeries} applied, so both always agree on the total.
 */
final class DueMatcher {

    /** Money kept for later dues; {@code forDue} is the index of the due it is held for, or -1 for any. */
    private static final class Credit {
        final CountedPayment payment;
        long left;
        int forDue;

        Credit(CountedPayment payment, long left, int forDue) {
            this.payment = payment;
            this.left = left;
            this.forDue = forDue;
        }
    }

    private final List<Due> dues;
    private final UkCalendar calendar;
    /** Working days the CMS may take to pass on a Collect and Pay payment before it counts as late (the facts table). */
    private final int passOnWorkingDays;
    private final List<LocalDate> starts = new ArrayList<>();
    private final long[] need;
    private final long[] received;
    private final long[] arrivedInPeriod;
    private final long[] fromCredit;
    /** Of {@link #fromCredit}, what came from money the parent said was for that due (held for it). */
    private final long[] fromLinkedCredit;
    private final long[] towards;
    private final long[] heldAsCredit;
    private final long[] cleared;
    private final AdjustmentKind[] clearedBy;
    /** Of each due, what each kind of adjustment cleared, in the order each kind first cleared some of it. */
    private final List<Map<AdjustmentKind, Long>> clearedByKind = new ArrayList<>();
    private final LocalDate[] completedOn;
    /** For each due, the id of the payment whose money completed it (0: none did, or it was never saved). */
    private final long[] completedBy;
    /** For each due, the money counted for it that arrived after the day it was on time by. */
    private final List<List<ScheduleLine.LateMoney>> late = new ArrayList<>();
    /** Of each due, what linked payments that arrived before its period hold for it as credit. */
    private final long[] heldFor;
    private final Map<LocalDate, Integer> dueOn = new HashMap<>();
    private final List<List<Arrival>> arrivals = new ArrayList<>();
    /** The date of each adjustment, in the order given, for placing its note beside the balance of its day. */
    private final List<LocalDate> adjustedOn = new ArrayList<>();
    /** Which of the adjustments matched are CMS figures (their words are not a due's notes). */
    private boolean[] cmsFigure = new boolean[0];
    /**
     * For each adjustment in the order given: when it is given while a due was not missed yet (from the due's date to
     * the working day it is on time by), what was still to arrive of that due at that point, in pence. The arrears a
     * CMS figure, write-off, offset or settlement is about do not include it.
     */
    private long[] notMissedAt = new long[0];
    /**
     * For each adjustment in the order given: for a CMS figure stated after the fee, what was still owed then of each
     * due that had been missed, oldest first, so the figure after the fee is worked per due as the "After the fee"
     * column works it ({@link FeeRule#afterFeeOnDues}); empty for every other adjustment.
     */
    private List<List<FeeRule.Owing>> owingAt = List.of();
    /** Dues missed and still owed outside a settlement, oldest first: late money and write-offs take the first. */
    private final ArrayDeque<Integer> open = new ArrayDeque<>();
    /** Each part of a payment counted for a due, in the order counted, for sharing out what arrived ({@link #shareOut}).
     */
    private final List<Placed> placed = new ArrayList<>();

    /** Where a part of a payment was counted: due {@code due}'s arrival number {@code arrival}. */
    private record Placed(int due, int arrival, CountedPayment payment) {
    }
    private final ArrayDeque<Credit> credit = new ArrayDeque<>();
    private Adjustment settlement;
    /**
     * The dues the settlement covers that still need money, oldest first. Only the part given up is cleared when it is
     * agreed: the agreed sum stays owed on them until it arrives (seed 000: if it is not paid, the CMS can cancel the
     * agreement and pursue the arrears), so every figure counts it as owed.
     */
    private final List<Integer> settled = new ArrayList<>();
    /** Whether each due was covered by the latest settlement (wholly given up, or to be paid under it). */
    private final LocalDate[] settledUnder;
    private long settlementToPay;
    private long settlementReceived;
    /** Of the settlement's sum, what a later write-off or offset cleared (so it is no longer to arrive). */
    private long settlementWrittenOff;
    private LocalDate settlementPaidOn;
    /** What was owed on the dues the settlement covers when it was agreed, before any of it was given up. */
    private long settlementAgainst;

    DueMatcher(List<Due> dues, UkCalendar calendar, int passOnWorkingDays) {
        this.passOnWorkingDays = passOnWorkingDays;
        this.dues = dues;
        this.calendar = calendar;
        int n = dues.size();
        need = new long[n];
        received = new long[n];
        arrivedInPeriod = new long[n];
        fromCredit = new long[n];
        fromLinkedCredit = new long[n];
        towards = new long[n];
        heldAsCredit = new long[n];
        cleared = new long[n];
        clearedBy = new AdjustmentKind[n];
        completedOn = new LocalDate[n];
        completedBy = new long[n];
        heldFor = new long[n];
        settledUnder = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            need[i] = dues.get(i).amount().pence();
            dueOn.putIfAbsent(dues.get(i).date(), i);
            LocalDate early = dues.get(i).date().minusDays(dues.get(i).frequency().earlyDays());
            // A period never starts on or before the previous due's date, even when plans change days apart.
            starts.add(i == 0 || early.isAfter(dues.get(i - 1).date()) ? early : dues.get(i - 1).date().plusDays(1));
            arrivals.add(new ArrayList<>());
            late.add(new ArrayList<>());
            clearedByKind.add(new LinkedHashMap<>());
        }
    }

    /**
     * Runs the matching; {@code applied[k]} is what the balance series cleared for {@code adjusted.get(k)}. Then
     * {@link #lines} and {@link #notMissedAt} tell what it found.
     */
    void match(List<CountedPayment> paid, List<Adjustment> adjusted, long[] applied, LocalDate asOf) {
        notMissedAt = new long[adjusted.size()];
        owingAt = new ArrayList<>(java.util.Collections.nCopies(adjusted.size(), List.of()));
        adjusted.forEach(adjustment -> adjustedOn.add(adjustment.date()));
        cmsFigure = new boolean[adjusted.size()];
        for (int k = 0; k < adjusted.size(); k++) {
            cmsFigure[k] = adjusted.get(k).kind() == AdjustmentKind.CMS_CONFIRMED_FIGURE;
        }
        int p = 0;
        int a = 0;
        // Before the first period: payments become credit; adjustments are noted on the first due.
        LocalDate firstStart = dues.isEmpty() ? asOf.plusDays(1) : starts.get(0);
        long before = 0;
        while (p < paid.size() && paid.get(p).payment().date().isBefore(firstStart)) {
            CountedPayment payment = paid.get(p++);
            before += payment.counted();
            long left = payment.counted() - holdFor(linked(payment, -1), payment, payment.counted());
            if (left > 0) {
                credit.add(new Credit(payment, left, -1));
            }
        }
        for (int i = 0; i < dues.size(); i++) {
            LocalDate end = periodEnd(i, asOf);
            arrivedInPeriod[i] = i == 0 ? before : 0;
            useCredit(i);
            while (true) {
                LocalDate payDate = p < paid.size() ? paid.get(p).payment().date() : LocalDate.MAX;
                LocalDate adjDate = a < adjusted.size() ? adjusted.get(a).date() : LocalDate.MAX;
                if (payDate.isAfter(end) && adjDate.isAfter(end)) {
                    break;
                }
                if (!payDate.isAfter(adjDate)) {
                    pay(i, paid.get(p++));
                } else {
                    adjust(i, adjusted.get(a), applied[a], a++);
                }
            }
            if (need[i] > 0 && settledUnder[i] == null) {
                open.addLast(i);
            }
        }
        shareOut();
    }

    /**
     * Gives each part of a payment through the CMS its own share of what reached the parent, after the fee, so each
     * part's words say its own figure and the parts add up to what arrived, no penny lost. The parts are taken main
     * first (the due the parent said it was for, then its own period's due), then the rest in the order counted:
     * each share is the fee-worked figure of the parts so far less that of the parts before, and the last part
     * counted takes what is left ({@link CountedPayment#afterFeeUpTo}).
     */
    private void shareOut() {
        Map<CountedPayment, List<Placed>> byPayment = new java.util.IdentityHashMap<>();
        for (Placed p : placed) {
            byPayment.computeIfAbsent(p.payment(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<CountedPayment, List<Placed>> entry : byPayment.entrySet()) {
            List<Placed> parts = new ArrayList<>(entry.getValue());
            parts.sort(java.util.Comparator.comparingInt(p -> mainFirst(arrivals.get(p.due()).get(p.arrival()).how())));
            long before = 0;
            long sharedBefore = 0;
            for (Placed p : parts) {
                Arrival arrival = arrivals.get(p.due()).get(p.arrival());
                long upTo = before + arrival.counted().pence();
                long shared = entry.getKey().afterFeeUpTo(upTo);
                arrivals.get(p.due()).set(p.arrival(), arrival.withShare(Money.ofPence(shared - sharedBefore)));
                before = upTo;
                sharedBefore = shared;
            }
        }
    }

    private static int mainFirst(Arrival.How how) {
        return switch (how) {
            case LINKED -> 0;
            case IN_PERIOD -> 1;
            default -> 2;
        };
    }

    /** See {@link #owingAt}; once {@link #match} has run. */
    List<List<FeeRule.Owing>> owingAt() {
        return List.copyOf(owingAt);
    }

    /** See {@link #notMissedAt}; once {@link #match} has run. */
    long[] notMissedAt() {
        return notMissedAt.clone();
    }

    /**
     * The last day money for {@code due} can reach the parent and be on time, the one rule of "late": the day it was
     * on time by ({@code onTimeBy}), or under Collect and Pay the allowance's last working day after it, as the CMS
     * takes a few days to pass on what the paying parent paid it on that day. Days late still count from
     * {@code onTimeBy}: money that came after the allowance is so many days after the due was on time by.
     */
    private LocalDate lateAfter(Due due, LocalDate onTimeBy) {
        return due.collectAndPay() ? calendar.workingDaysAfter(onTimeBy, passOnWorkingDays) : onTimeBy;
    }

    /** Whether {@code adjustment}, in due {@code i}'s period, falls while that due is not missed yet. */
    private boolean notMissedYet(int i, Adjustment adjustment) {
        LocalDate due = dues.get(i).date();
        return !adjustment.date().isBefore(due) && !adjustment.date().isAfter(calendar.onOrAfter(due));
    }

    /**
     * One line per due, in order. A due on {@code today} that has not arrived in full is "Due today" (its day is not
     * over yet). Each line's balance is the series' at the end of {@link #balanceDay}, and its notes are the series'
     * words, as they stand now, for the adjustments dated from its date to that day (the first line's also those
     * before it): a note sits beside the balance of its own day, not in the next due's row because it fell in that
     * due's early days.
     */
    List<ScheduleLine> lines(LocalDate asOf, LocalDate today, BalanceSeries series) {
        List<ScheduleLine> lines = new ArrayList<>(dues.size());
        int a = 0;
        for (int i = 0; i < dues.size(); i++) {
            LocalDate day = balanceDay(i, asOf);
            List<String> words = new ArrayList<>();
            while (a < adjustedOn.size() && !adjustedOn.get(a).isAfter(day)) {
                addWords(words, series, a++);
            }
            if (i == dues.size() - 1) {
                while (a < adjustedOn.size()) {
                    addWords(words, series, a++);
                }
            }
            lines.add(line(i, periodEnd(i, asOf), day, asOf, today, series, words));
        }
        return lines;
    }

    /**
     * An adjustment's words among a due's notes, but never a CMS figure's: it says nothing of that due, and is a line
     * of its own ({@link ArrearsSchedule#notes()}).
     */
    private void addWords(List<String> words, BalanceSeries series, int a) {
        if (!cmsFigure[a]) {
            words.add(series.adjustmentText.get(a));
        }
    }

    /**
     * The day a due's balance is taken at the end of: the day before the next due's date ("before the next payment
     * was due"), the schedule's date for the latest due. Never before the due's own date (two dues on one day). Money
     * that came early for the next due counts on that due's day ({@link #cameEarlyForNext}).
     */
    private LocalDate balanceDay(int i, LocalDate asOf) {
        LocalDate day = i + 1 < dues.size() ? dues.get(i + 1).date().minusDays(1) : asOf;
        return day.isBefore(dues.get(i).date()) ? dues.get(i).date() : day;
    }

    Optional<SettlementStatus> settlement() {
        return Optional.ofNullable(settlement).map(s -> new SettlementStatus(s.date(), s.amount(),
                Money.ofPence(settlementToPay), Money.ofPence(settlementReceived), Money.ofPence(settlementWrittenOff),
                Optional.ofNullable(settlementPaidOn), Money.ofPence(settlementAgainst)));
    }

    private LocalDate periodEnd(int i, LocalDate asOf) {
        return i + 1 < dues.size() ? starts.get(i + 1).minusDays(1) : asOf;
    }

    /** Money held for this due by the parent's link first, then credit in the order it arrived. */
    private void useCredit(int i) {
        if (heldFor[i] > 0) {
            for (Credit c : credit) {
                if (c.forDue == i) {
                    long before = fromCredit[i];
                    takeCredit(i, c);
                    fromLinkedCredit[i] += fromCredit[i] - before;
                    c.forDue = -1; // what the due did not need is ordinary credit now
                }
            }
            heldFor[i] = 0;
        }
        for (Credit c : credit) {
            if (need[i] == 0) {
                break;
            }
            if (c.forDue < 0) {
                takeCredit(i, c);
            }
        }
        credit.removeIf(c -> c.left == 0);
    }

    private void takeCredit(int i, Credit c) {
        long take = Math.min(need[i], c.left);
        if (take > 0) {
            add(i, c.payment, take, 0, 0, Arrival.How.FROM_CREDIT);
            fromCredit[i] += take;
            c.left -= take;
        }
    }

    private void pay(int i, CountedPayment payment) {
        long left = payment.counted();
        arrivedInPeriod[i] += left;
        int linked = linked(payment, i);
        long toLinked = 0;
        if (linked >= 0 && linked < i && need[linked] > 0) {
            // The parent says it was for an earlier due: it pays that one late, before this period's own due.
            toLinked = Math.min(left, need[linked]);
            add(linked, payment, toLinked, 0, 0, Arrival.How.LINKED);
            if (need[linked] == 0) {
                open.remove(Integer.valueOf(linked));
            }
        }
        long held = holdFor(linked, payment, left - toLinked);
        left -= toLinked + held;
        // A due the settlement covers is paid as part of it (payOlder), so the settlement's dues are paid in order.
        long take = settledUnder[i] != null ? 0 : Math.min(left, need[i]);
        left -= take;
        long settlementBefore = settlementReceived;
        long toArrears = payOlder(payment, left);
        long toSettlement = settlementReceived - settlementBefore;
        left -= toArrears;
        towards[i] += toLinked + toArrears;
        heldAsCredit[i] += held + left;
        if (left > 0) {
            credit.addLast(new Credit(payment, left, -1));
        }
        add(i, payment, take, toLinked + toArrears, held + left, Arrival.How.IN_PERIOD, toSettlement);
    }

    /**
     * The due the parent linked the payment to, when it is a due of this schedule other than {@code current};
     * otherwise -1 (the payment is matched by date).
     */
    private int linked(CountedPayment payment, int current) {
        Integer j = payment.payment().forDue().map(dueOn::get).orElse(null);
        return j == null || j == current ? -1 : j;
    }

    /**
     * For a link to a due after the current period: keeps up to {@code amount} as credit held for that due (as much
     * as it still needs). Returns what was held.
     */
    private long holdFor(int due, CountedPayment payment, long amount) {
        if (due < 0 || !starts.get(due).isAfter(payment.payment().date())) {
            return 0;
        }
        long hold = Math.min(amount, need[due] - heldFor[due]);
        if (hold <= 0) {
            return 0;
        }
        heldFor[due] += hold;
        credit.addLast(new Credit(payment, hold, due));
        return hold;
    }

    /**
     * Money beyond the current due: the settlement's sum first, then the OLDEST due still owed, then the next oldest.
     *
     * <p>Why oldest first: it is the general rule of appropriation in English law. In a running account, where
     * neither the payer nor the receiver says which debt a payment is for, the earliest debt is paid first (Clayton's
     * Case, Devaynes v Noble, 1816). The payer's or receiver's choice comes before it; here that choice is the
     * parent's link ({@link Payment#forDue()}), which {@link #pay} applies before this.
     *
     * <p>It also never makes a debt look older than this matching must: late money clears the oldest debt, so what
     * stays owed sits on the newest dues it did not reach, and an "owed for more than N months" figure
     * ({@link ArrearsSchedule#owedOlderThanMonths}) is the least this matching can leave that old. (It can still be
     * more than the figure from totals alone, {@link RunningBalance#olderThanMonthsAtLeast}: money in a due's own
     * period pays that due first, rule 1, even while older dues are owed. Letters and the pack date an unbroken run of
     * arrears from totals, whatever the attribution.)
     *
     * <p>Until 6 Dec 2026 the most recent due still owed was paid first ("a late payment completes the due it was
     * late for"): £115 on a Friday after two missed weeks of £57.50 read as last week's due paid late and the older
     * week never paid, so the debt looked older than it need be.
     */
    private long payOlder(CountedPayment payment, long amount) {
        long left = amount;
        while (left > 0 && !settled.isEmpty()) {
            int j = settled.get(0);
            long take = Math.min(left, need[j]);
            add(j, payment, take, 0, 0, Arrival.How.SETTLEMENT);
            left -= take;
        }
        while (left > 0 && !open.isEmpty()) {
            int j = open.peekFirst();
            long take = Math.min(left, need[j]);
            add(j, payment, take, 0, 0, Arrival.How.LATER);
            left -= take;
            if (need[j] == 0) {
                open.pollFirst();
            }
        }
        return amount - left;
    }

    private void add(int i, CountedPayment payment, long take, long toArrears, long toCredit, Arrival.How how) {
        add(i, payment, take, toArrears, toCredit, how, 0);
    }

    private void add(int i, CountedPayment payment, long take, long toArrears, long toCredit, Arrival.How how,
            long toSettlement) {
        arrivals.get(i).add(new Arrival(payment.payment().date(), Money.ofPence(take),
                Money.ofPence(payment.counted()), payment.payment().amount(), Money.ofPence(toArrears),
                Money.ofPence(toCredit), how, Money.ofPence(toSettlement),
                payment.payment().forDue().filter(due -> !due.equals(dues.get(i).date())), null));
        if (take == 0) {
            return;
        }
        placed.add(new Placed(i, arrivals.get(i).size() - 1, payment));
        received[i] += take;
        need[i] -= take;
        LocalDate onTimeBy = calendar.onOrAfter(dues.get(i).date());
        if (how != Arrival.How.SETTLEMENT && payment.payment().date().isAfter(lateAfter(dues.get(i), onTimeBy))) {
            late.get(i).add(new ScheduleLine.LateMoney(payment.payment().id(), payment.payment().date(),
                    Money.ofPence(take), ChronoUnit.DAYS.between(onTimeBy, payment.payment().date())));
        }
        if (need[i] == 0) {
            completedOn[i] = payment.payment().date();
            completedBy[i] = payment.payment().id();
        }
        if (settledUnder[i] != null) {
            // Money for a due the settlement covers is money paid under it, however it was matched.
            settlementReceived += take;
            if (need[i] == 0) {
                settled.remove(Integer.valueOf(i));
            }
            if (settlementReceived == settlementToPay) {
                settlementPaidOn = payment.payment().date();
            }
        }
    }

    private void adjust(int i, Adjustment adjustment, long applied, int index) {
        boolean fallen = !adjustment.date().isBefore(dues.get(i).date());
        switch (adjustment.kind()) {
            case WRITE_OFF, OFFSET -> {
                long left = applied;
                // The oldest debt first: what is still to be paid under the settlement.
                while (left > 0 && !settled.isEmpty()) {
                    int j = settled.get(0);
                    long rest = clear(j, left, adjustment.kind());
                    settlementToPay -= left - rest;
                    settlementWrittenOff += left - rest;
                    left = rest;
                    if (need[j] == 0) {
                        settled.remove(0);
                    }
                }
                while (left > 0 && !open.isEmpty()) {
                    left = clear(open.peekFirst(), left, adjustment.kind());
                    if (need[open.peekFirst()] == 0) {
                        open.pollFirst();
                    }
                }
                // Arrears only: a due not missed yet is not one, so it is left to be paid as usual.
                if (notMissedYet(i, adjustment)) {
                    notMissedAt[index] = need[i];
                } else if (left > 0 && fallen) {
                    clear(i, left, adjustment.kind());
                }
            }
            case PART_PAYMENT_SETTLEMENT -> {
                // It covers what is left of an earlier settlement and every due missed by now.
                List<Integer> covered = new ArrayList<>(settled);
                settled.clear();
                covered.addAll(open);
                open.clear();
                // A settlement clears arrears: a due not missed yet is not one, and must still be paid as usual.
                if (notMissedYet(i, adjustment)) {
                    notMissedAt[index] = need[i];
                } else if (fallen && need[i] > 0 && !covered.contains(i)) {
                    covered.add(i);
                }
                covered.sort(null);
                // Only the part given up is cleared now, oldest first; the agreed sum stays owed on the newest dues.
                long givenUp = applied;
                long owed = 0;
                settlementAgainst = 0;
                for (int j : covered) {
                    settlementAgainst += need[j];
                }
                for (int j : covered) {
                    givenUp = clear(j, givenUp, adjustment.kind());
                    settledUnder[j] = adjustment.date();
                    owed += need[j];
                    if (need[j] > 0) {
                        settled.add(j);
                    }
                }
                settlement = adjustment;
                settlementToPay = owed;
                settlementReceived = 0;
                settlementWrittenOff = 0;
                settlementPaidOn = settlementToPay == 0 ? adjustment.date() : null;
            }
            case CMS_CONFIRMED_FIGURE -> {
                // Changes nothing; the note says what the CMS said. Given while this due is not missed yet, the
                // figure cannot count what of it is still to arrive: remembered here, where payments up to the
                // figure's day have been matched, so the figure reads the same on its day and every day after.
                boolean notMissed = notMissedYet(i, adjustment);
                if (notMissed) {
                    notMissedAt[index] = need[i];
                }
                if (adjustment.basis() == FeeBasis.AFTER_FEE) {
                    List<FeeRule.Owing> owing = new ArrayList<>();
                    int last = fallen && !notMissed ? i : i - 1;
                    for (int j = 0; j <= last; j++) {
                        if (need[j] > 0) {
                            owing.add(new FeeRule.Owing(dues.get(j).date(), Money.ofPence(need[j])));
                        }
                    }
                    owingAt.set(index, List.copyOf(owing));
                }
            }
        }
    }

    /** Clears up to {@code amount} of what is owed on due {@code i}; returns what is left to clear. */
    private long clear(int i, long amount, AdjustmentKind kind) {
        long take = Math.min(amount, need[i]);
        if (take > 0) {
            cleared[i] += take;
            clearedBy[i] = kind;
            clearedByKind.get(i).merge(kind, take, Long::sum);
            need[i] -= take;
        }
        return amount - take;
    }

    private ScheduleLine line(int i, LocalDate periodEnd, LocalDate balanceDay, LocalDate asOf, LocalDate today,
            BalanceSeries series, List<String> words) {
        Due due = dues.get(i);
        long amount = due.amount().pence();
        LineStatus status;
        long daysLate = 0;
        LocalDate onTimeBy = calendar.onOrAfter(due.date());
        if (dueToday(i, periodEnd, asOf, today)) {
            status = LineStatus.DUE_TODAY;
        } else if (need[i] > 0) {
            // Money carried from an earlier payment is not money that arrived for it: a due that only credit paid
            // part of had nothing arrive in its own days or after, and "Part paid" said a payment came that a bank
            // statement of those days does not show. Its words name the carried money instead (ScheduleLine).
            // Money the parent said was for it, sent before its days, is money for it: Part paid, as they know it.
            status = received[i] > fromCredit[i] - fromLinkedCredit[i] ? LineStatus.PART_PAID
                    : LineStatus.NOTHING_RECEIVED;
        } else if (settledUnder[i] != null) {
            status = LineStatus.SETTLED;
        } else if (cleared[i] > 0) {
            status = LineStatus.clearedBy(clearedBy[i]);
        } else if (amount == 0) {
            status = LineStatus.PAID;
        } else if (fromCredit[i] == amount) {
            status = LineStatus.PAID_IN_ADVANCE;
        } else if (completedOn[i].isAfter(lateAfter(due, onTimeBy))) {
            status = LineStatus.PAID_LATE;
            // From the day it was on time by, not its date: a due of Good Friday paid on the Wednesday after Easter
            // Monday is one day late by the app's own rule, and "5 days" claimed more than the records show.
            daysLate = ChronoUnit.DAYS.between(onTimeBy, completedOn[i]);
        } else {
            status = LineStatus.PAID;
        }
        return new ScheduleLine(due.date(), onTimeBy, periodEnd, status, LineText.due(due), due.amount(), due.fee(),
                Money.ofPence(arrivedInPeriod[i]), Money.ofPence(received[i]), arrivals.get(i), Money.ofPence(towards[i]), Money.ofPence(heldAsCredit[i]),
                Money.ofPence(cleared[i]), clearedBy[i], clearedByKind.get(i).entrySet().stream()
                        .map(e -> new ScheduleLine.Cleared(e.getKey(), Money.ofPence(e.getValue()))).toList(),
                Money.ofPence(need[i]),
                Money.ofPence(series.balanceOn(balanceDay) + cameEarlyForNext(i, balanceDay)), balanceDay, daysLate,
                due.planId(), due.collectAndPay(),
                words, settledUnder[i], completedBy[i], late.get(i), calendar.holidays().on(due.date()),
                lateAfter(due, onTimeBy), due.collectAndPay() ? passOnWorkingDays : 0);
    }

    /**
     * Of the next due, the money that came early for it by the end of {@code day} ({@link ScheduleLine#cameEarly()}):
     * a line's balance counts it on that due's day, so a due paid a day early does not read as clearing the arrears
     * the day before (the balance would dip to £0.00 and rise again beside two Paid lines).
     */
    private long cameEarlyForNext(int i, LocalDate day) {
        if (i + 1 >= dues.size()) {
            return 0;
        }
        LocalDate next = dues.get(i + 1).date();
        long pence = 0;
        for (Arrival arrival : arrivals.get(i + 1)) {
            pence += arrival.cameEarlyFor(next) && !arrival.date().isAfter(day) ? arrival.counted().pence() : 0;
        }
        return pence;
    }

    /**
     * Whether due {@code i} is "Due today": not arrived in full, and {@code today} is from its date to the day it is
     * on time by, within its period. A due on a weekend or bank holiday is on time if it arrives by the next working
     * day: a standing order or a bank transfer set for that day is paid then, so it is neither missed nor late
     * before that day is over. In a schedule to a day already over ({@code today} after {@code asOf}: an evidence
     * pack for an earlier period) the schedule stands at the end of {@code asOf}: a due still on time after that
     * day (Boxing Day's due on the substitute Monday, on time by the Tuesday) was not missed then, so it is still to
     * come, whatever arrived later.
     */
    private boolean dueToday(int i, LocalDate periodEnd, LocalDate asOf, LocalDate today) {
        LocalDate date = dues.get(i).date();
        LocalDate onTimeBy = calendar.onOrAfter(date);
        if (need[i] == 0) {
            return false;
        }
        if (today.isAfter(asOf)) {
            return !asOf.isBefore(date) && asOf.isBefore(onTimeBy) && !periodEnd.isBefore(asOf);
        }
        return !today.isBefore(date) && !today.isAfter(onTimeBy) && !periodEnd.isBefore(today);
    }
}
