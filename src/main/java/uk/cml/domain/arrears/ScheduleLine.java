package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.BankHoliday;
import uk.cml.domain.calendar.CalendarText;

/**
 * One due payment and what arrived for it. Amounts are what the paying parent owes, before any Collect and Pay
 * fee ({@code fee} and {@link #expected()} give the figure after it). due = received + cleared + shortBy.
 *
 * @param onTimeBy      the last day it can arrive and be on time: its date, or the next working day after a due on
 *                      a weekend or bank holiday
 * @param periodEnd     the last day of the due's period (the day before the next due's period begins, or the
 *                      schedule's date for the latest due)
 * @param arrivedInPeriod every payment dated in its period, in full (for the first due, also those before it),
 *                      so this column adds up to the money received, each payment once
 * @param received      everything counted for this due: its own period's money, credit, and later arrears money
 * @param arrivals      that money, payment by payment, in date order
 * @param towardsArrears money that arrived in this due's period beyond the due and went to older arrears
 * @param heldAsCredit  money that arrived in this due's period beyond the due and every arrear, kept for later dues
 * @param cleared       what a write-off, offset or settlement removed from what was still owed on it
 * @param clearedBy     the kind of adjustment that cleared it last; null when nothing was cleared
 * @param clearings     what each kind of adjustment cleared of it, in the order first applied, so a due partly
 *                      offset and partly written off says both (the CMS's letters give each); adds up to cleared
 * @param shortBy       what is still owed on it at the schedule's date
 * @param balanceAfter  what is owed at the end of {@code balanceOn} (negative = credit): dues so far less money
 *                      received so far, less what adjustments cleared ({@link BalanceSeries}), with money that came
 *                      early for the next due counted on that due's day ({@link #cameEarly()}), not yet
 * @param balanceOn     the day {@code balanceAfter} is at the end of: the day before the next due's date, or for the
 *                      latest due the schedule's date; never before its own date
 * @param daysLate      for PAID_LATE: date of the money that completed it minus {@code onTimeBy} (for a due on a
 *                      weekend or bank holiday, counted from the working day it was on time by); otherwise 0
 * @param collectAndPay whether the case was under Collect and Pay on its date: the CMS passed the money on, so
 *                      the parent knows when it arrived, not when the paying parent paid
 * @param notes         write-offs, offsets and settlements dated from its date to {@code balanceOn}
 *                      (the first due's also those before it), in words, so each sits beside the balance of its day
 * @param settledUnder  the day the part payment in full and final settlement that covers it was agreed, or null: what
 *                      is short on it is then the agreed sum still to be paid, and it is Settled once that is paid
 * @param completedBy   the id of the payment whose money completed it (0 when no money did, or that payment was
 *                      never saved)
 * @param lateMoney     the money counted for it that arrived after {@code onTimeBy}, payment by payment, in date
 *                      order, whether or not it paid the due in full ({@link #lateBy}, {@link #arrivedLate()}); money
 *                      paid under an agreed settlement is paid on the settlement's terms, so it is not in it
 * @param bankHoliday   the bank holiday on its date, as the one calendar that gave {@code onTimeBy} names it (empty on
 *                      any other day), so its words can say why it was on time by a later day
 * @param lateAfter     the last day its money can reach the parent and be on time, the one rule of "late":
 *                      {@code onTimeBy}, or under Collect and Pay the last of the working days after it the CMS may
 *                      take to pass the money on (the facts table's {@code collect_and_pay.pass_on.working_days}).
 *                      Days late still count from {@code onTimeBy}, so the words "N days late" say how long after
 *                      the due was on time by the money came
 * @param passOnWorkingDays under Collect and Pay, the working days after {@code onTimeBy} the CMS may take to pass
 *                      the money on (what {@code lateAfter} was counted with), so its words can give the figure; 0
 *                      for a due not under Collect and Pay, or with no allowance
 */
public record ScheduleLine(LocalDate date, LocalDate onTimeBy, LocalDate periodEnd, LineStatus status, String description, Money due,
        Money fee, Money arrivedInPeriod, Money received, List<Arrival> arrivals, Money towardsArrears, Money heldAsCredit,
        Money cleared, AdjustmentKind clearedBy, List<Cleared> clearings, Money shortBy, Money balanceAfter, LocalDate balanceOn, long daysLate, long planId,
        boolean collectAndPay, List<String> notes, LocalDate settledUnder, long completedBy, List<LateMoney> lateMoney,
        Optional<BankHoliday> bankHoliday, LocalDate lateAfter, int passOnWorkingDays) {

    /** What one kind of adjustment cleared of a due. */
    public record Cleared(AdjustmentKind kind, Money amount) {
    }

    /**
     * Money counted for a due that arrived after the day it was on time by.
     *
     * @param paymentId the saved payment (0 when never saved)
     * @param daysLate  its date minus the due's {@code onTimeBy} (for a due on a weekend or bank holiday, counted
     *                  from the working day it was on time by)
     */
    public record LateMoney(long paymentId, LocalDate arrived, Money amount, long daysLate) {
    }

    public ScheduleLine {
        lateMoney = List.copyOf(lateMoney);
        arrivals = List.copyOf(arrivals);
        clearings = List.copyOf(clearings);
        notes = List.copyOf(notes);
        bankHoliday = bankHoliday == null ? Optional.empty() : bankHoliday;
        lateAfter = lateAfter == null ? onTimeBy : lateAfter;
    }

    /**
     * Whether it fell on a weekend or bank holiday and was paid in full, on time, by money that arrived after its date,
     * by the next working day ({@link #onTimeBy}): a bank statement shows that money days after the date the row
     * gives, so its words say why it is on time ({@link DayOffWords}).
     */
    public boolean paidByNextWorkingDay() {
        // Not money that came after that working day, on time only within the days the CMS may take to pass it on
        // under Collect and Pay: the weekend or bank holiday is not why that is on time.
        return status == LineStatus.PAID && !date.equals(onTimeBy) && arrivals.stream()
                .anyMatch(arrival -> arrival.date().isAfter(date) && arrival.counted().isPositive())
                && arrivals.stream().noneMatch(arrival -> arrival.date().isAfter(onTimeBy)
                        && arrival.counted().isPositive());
    }

    /**
     * The one rule of "late", which the Payments page (its status and its "Late" filter), the Timeline, the letters'
     * tables and the pack all read: money counted for the due arrived after the day it was on time by, whether or not
     * it paid the due in full. A due still short says so too ("Part paid: £100.00 arrived 2 days late; £112.40 still
     * owed"): a due never finished was no less late for the money that did come.
     *
     * @return whether the saved payment {@code paymentId} is money counted for this due that arrived late
     */
    public boolean lateBy(long paymentId) {
        return paymentId != 0 && lateMoney.stream().anyMatch(late -> late.paymentId() == paymentId);
    }

    /** How many days after the day it was on time by {@code paymentId}'s money arrived for it; 0 when not late. */
    public long daysLateBy(long paymentId) {
        return lateMoney.stream().filter(late -> late.paymentId() == paymentId).mapToLong(LateMoney::daysLate)
                .max().orElse(0);
    }

    /** Whether any money counted for it arrived after the day it was on time by ({@link #lateBy}). */
    public boolean arrivedLate() {
        return !lateMoney.isEmpty();
    }

    /** What of the money counted for it arrived after the day it was on time by (before any fee). */
    public Money lateTotal() {
        long pence = 0;
        for (LateMoney late : lateMoney) {
            pence += late.amount().pence();
        }
        return Money.ofPence(pence);
    }

    /**
     * Whether some of the money counted for it arrived late and some did not (it came on time, or was paid over an
     * earlier due, or under a settlement): its words then say which part was late, never "Arrived late" as if all of
     * it came late, which the bank statement of its day would contradict.
     */
    public boolean lateInPart() {
        return arrivedLate() && lateTotal().compareTo(received) < 0;
    }

    /**
     * What is still to come of it while its day is not over ("Due today"): not missed yet, so no figure called owed
     * counts it. Zero for every other status.
     */
    public Money stillToCome() {
        return status == LineStatus.DUE_TODAY ? shortBy : Money.ZERO;
    }

    /**
     * The money that came early for it: counted for it, arrived in its own period before its date (sent a few days
     * ahead, before a weekend or bank holiday). Every balance this app calls owed by due (a line's Balance, the run
     * of arrears) counts it on the due's own day rather than the day it arrived: it paid this due, so it never read
     * as clearing older arrears for a day or two, and a due left unpaid weeks before stays owed without a break.
     */
    public Money cameEarly() {
        long pence = 0;
        for (Arrival arrival : arrivals) {
            pence += arrival.cameEarlyFor(date) ? arrival.counted().pence() : 0;
        }
        return Money.ofPence(pence);
    }

    /** What of the money counted for it arrived before {@code day} (before any fee). */
    public Money arrivedBefore(LocalDate day) {
        long pence = 0;
        for (Arrival arrival : arrivals) {
            pence += arrival.date().isBefore(day) ? arrival.counted().pence() : 0;
        }
        return Money.ofPence(pence);
    }

    /**
     * Owed at the end of {@link #balanceOn}, as every figure called owed is: {@link #balanceAfter} less {@link #stillToCome}.
     * For a due of today this is what the Overview and the Payments page give as owed now.
     */
    public Money owedAfter() {
        return balanceAfter.minus(stillToCome());
    }

    /** What the parent should receive for it after the Collect and Pay fee. */
    public Money expected() {
        return due.minus(fee);
    }

    /**
     * The status as a parent reads it: "Arrived late (3 days)", "Part paid: £50.00 arrived on time; £162.40 still
     * owed", "Paid in full, late: £100.00 arrived 2 days late; £112.40 arrived 6 days late", "Due today". Under Collect
     * and Pay the words say what reached the parent ("Arrived in full", "Arrived late (3 days)", "Part arrived (short
     * £20.00)", "Arrived in advance"): the CMS passes the money on, so the parent knows when and how much arrived,
     * not whether the paying parent or the CMS was late or short. Days late count from {@link #onTimeBy}: a due of
     * a weekend or bank holiday names that day, "Arrived late (1 day after Tue 7 Apr 2026)", as the due's own date
     * beside it would give another count. Every place that shows a due's status uses this or
     * {@link #statusChipText}.
     */
    public String statusText() {
        return status(false, false);
    }

    /**
     * The status in a table's chip, beside the due's date: the same words, but a due of a weekend or bank holiday
     * still in its wait reads "Due by Mon 23 Nov" (the year only when it is not the due's), not "On time
     * if it arrives by Mon 23 Nov 2026", which took a chip about 310 px wide and the table past a 1024 px window.
     * For the same room a due of a weekend or bank holiday that arrived late reads "Arrived late (1 day after Tue 7
     * Apr)", the days counted from the day named, as the tooltip and the letters say it with the year.
     */
    public String statusChipText() {
        return status(true, false);
    }

    /**
     * The chip's words with what is in brackets on a second line: "Part arrived" over "(short £26.87)", "Arrived
     * late" over "(13 days)". A table whose status column has no room for the chip on one line shows this: under
     * Collect and Pay at 1024 wide the six columns leave the status about 170 px, and "Part arrived (short £26.87)"
     * took 215, which brought back the sideways bar. The same as {@link #statusChipText} for a status with nothing
     * in brackets.
     */
    public String statusChipTextOnTwoLines() {
        return status(true, true);
    }

    /**
     * The status with, under Collect and Pay, why it is on time or late by the days the CMS may take to pass the money
     * on ({@link #passOnWorkingDays}): the Payments schedule's tooltip over its chip. A due whose money reached the
     * parent after its date but within them: "Arrived in full (reached you 2 days after its due date, within the 5
     * working days the CMS may take to pass it on)"; one with money after them: "Arrived late (11 days). Money that
     * reached you after the 5 working days the CMS may take to pass it on is late, the days counted from its due
     * date." Otherwise {@link #statusText()}, which every other place prints.
     */
    public String statusExplained() {
        String text = statusText();
        if (!collectAndPay || passOnWorkingDays <= 0) {
            return text;
        }
        String allowance = Words.text(passOnWorkingDays == 1 ? "arrears.passOn.oneWorkingDay"
                : "arrears.passOn.workingDays", passOnWorkingDays);
        if (arrivedLate()) {
            return date.equals(onTimeBy) ? Words.text("arrears.passOn.late", text, allowance)
                    : Words.text("arrears.passOn.lateAfterDayOff", text, allowance, CalendarText.dayAndDate(onTimeBy));
        }
        Optional<LocalDate> within = arrivals.stream()
                .filter(a -> a.counted().isPositive() && a.how() != Arrival.How.FROM_CREDIT
                        && a.how() != Arrival.How.SETTLEMENT && a.date().isAfter(onTimeBy) && !a.date().isAfter(lateAfter))
                .map(Arrival::date).max(LocalDate::compareTo);
        if (within.isEmpty()) {
            return text;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(date, within.get());
        return Words.text(days == 1 ? "arrears.passOn.withinOneDay" : "arrears.passOn.within", text, days, allowance);
    }

    private String status(boolean chip, boolean twoLines) {
        return switch (status) {
            // A due of a weekend or bank holiday paid on the next working day says why it is on time, in every place
            // (DayOffWords): "Paid" alone beside "Arrived late (3 days)" read as on time for no reason, days after
            // its date (reviewer rv7, Good Friday 3 Apr 2026 paid Tue 7 Apr). The chip says it in short.
            case PAID -> DayOffWords.paid(this, collectAndPay ? Words.text("arrears.line.arrivedInFull")
                    : status.label(), chip, twoLines);
            case PAID_IN_ADVANCE -> collectAndPay ? Words.text("arrears.line.arrivedInAdvance") : status.label();
            // Under every arrangement: a bank statement shows the day money arrived, not the day it was sent (a
            // standing order or a transfer can take days to clear), so "Paid late" claimed more than it shows.
            // Days late count from the day it was on time by; for a due of a weekend or bank holiday the words out
            // of a chip name that day, so a reader of a letter or spreadsheet can count them from the dates shown.
            // A chip names that day too, as the tooltip over it does ("Arrived late (2 days)" beside a due of Sat 29
            // Aug counted from a day the row does not show), without the year when it is the due's, as "Due by Mon 23
            // Nov": its second line, "(1 day after Tue 7 Apr 2026)", widened the status column past 170 px and cut
            // the due's date at 1024 wide.
            // Some of it came on time (or was paid over before): "Arrived late (4 days)" read as all of it late,
            // which the bank statement of its day contradicts. The chip says so in a few words; the full words name
            // each part and when it came. All of it late, in parts: it arrived in full N days late, as said.
            // All of it late, but on different days: "Arrived late (6 days)" read as all of it 6 days late, which
            // the bank statement of the earlier day contradicts. The chip gives the fewest and the most days; the
            // full words name each part with its own days, as for a due late only in part.
            case PAID_LATE -> lateInPart() ? chip ? inFullPartLateChip(twoLines)
                    : beforeFeeSaid(Words.text("arrears.line.inFullPartLate", Words.text(collectAndPay
                            ? "arrears.line.arrivedInFull" : "arrears.line.paidInFull"), partLateText()))
                    : lateOnDifferentDays() ? chip ? inFullLateOnDifferentDaysChip(twoLines)
                    : beforeFeeSaid(Words.text("arrears.line.inFullLate", Words.text(collectAndPay
                            ? "arrears.line.arrivedInFull" : "arrears.line.paidInFull"), partLateText()))
                    : !date.equals(onTimeBy) ? Words.text(daysLate == 1
                    ? twoLines ? "arrears.line.arrivedLateOneDayAfterOnTwoLines" : "arrears.line.arrivedLateOneDayAfter"
                    : twoLines ? "arrears.line.arrivedLateDaysAfterOnTwoLines" : "arrears.line.arrivedLateDaysAfter",
                    daysLate, chip ? CalendarText.dayAndDateBeside(onTimeBy, date) : CalendarText.dayAndDate(onTimeBy))
                    : Words.text(daysLate == 1
                    ? twoLines ? "arrears.line.arrivedLateOneDayOnTwoLines" : "arrears.line.arrivedLateOneDay"
                    : twoLines ? "arrears.line.arrivedLateDaysOnTwoLines" : "arrears.line.arrivedLateDays", daysLate);
            case PART_PAID -> {
                String label = collectAndPay ? Words.text("arrears.line.partArrived") : status.label();
                if (!arrivedLate()) {
                    // What came, came on time (or was paid over before): "Part paid (short £162.40)" left the
                    // parent's letter silent on the part their bank statement shows on the due's day. The chip says
                    // it in a few words, the full words name each part as for a due part paid late. Money paid under
                    // a settlement is paid on its terms, neither on time nor late: the words stay as they were.
                    yield !partOnTime() ? Words.text(twoLines ? "arrears.line.shortOnTwoLines" : "arrears.line.short",
                            label, chip ? shortInChip(twoLines) : shortBy.format())
                            : chip ? Words.text(twoLines ? "arrears.line.shortOnTimeOnTwoLines"
                                    : "arrears.line.shortOnTime", label, shortInChip(twoLines))
                            : beforeFeeSaid(Words.text("arrears.line.partLate", label, partLateText(),
                                    shortBy.format()));
                }
                // Money that came after its on-time day is late whether or not it finished the due: the chip says
                // so in a few words, and the full words say how much came when (the rest was on time or paid over).
                // "late" alone read as all of what came being late: when some of it came on time (or was paid over
                // before), the chip says only part was.
                yield chip ? Words.text(lateInPart()
                        ? twoLines ? "arrears.line.shortPartLateOnTwoLines" : "arrears.line.shortPartLate"
                        : twoLines ? "arrears.line.shortLateOnTwoLines" : "arrears.line.shortLate",
                        label, shortInChip(twoLines)) : beforeFeeSaid(Words.text("arrears.line.partLate", label,
                        partLateText(), shortBy.format()));
            }
            case DUE_TODAY -> {
                String due = date.equals(onTimeBy) ? status.label()
                        : chip ? Words.text("arrears.line.dueOnTimeBy", CalendarText.dayAndDateBeside(onTimeBy, date))
                        : Words.text("arrears.line.onTimeBy", CalendarText.dayAndDate(onTimeBy));
                yield received.isPositive() ? Words.text(twoLines ? "arrears.line.toComeOnTwoLines"
                        : "arrears.line.toCome", due, shortBy.format()) : due;
            }
            // Money paid over an earlier due counted for it, but nothing arrived in its own days or after: the
            // words say so, and name that money, as "Part paid" claimed a payment the bank statement does not show.
            case NOTHING_RECEIVED -> {
                Money paidOver = paidOver();
                if (!paidOver.isPositive()) {
                    yield status.label();
                }
                if (chip) {
                    yield Words.text(twoLines ? "arrears.line.nothingPaidOverChipOnTwoLines"
                            : "arrears.line.nothingPaidOverChip", status.label(), shortBy.format());
                }
                List<Arrival> carried = arrivals.stream()
                        .filter(a -> a.how() == Arrival.How.FROM_CREDIT && a.counted().isPositive()).toList();
                if (carried.size() == 1) {
                    yield Words.text("arrears.line.nothingPaidOver", status.label(), paidOver.format(),
                            uk.cml.domain.UkFormats.shortDate(carried.get(0).date()), shortBy.format());
                }
                String each = String.join(", ", carried.stream().map(a -> Words.text("arrears.line.paidOverEach",
                        a.counted().format(), uk.cml.domain.UkFormats.shortDate(a.date()))).toList());
                yield Words.text("arrears.line.nothingPaidOverSeveral", status.label(), each, shortBy.format());
            }
            default -> status.label();
        };
    }

    /**
     * The chip of a due paid in full, part of whose money came late: "In full, part late (4 days)", the days those of
     * the money that completed it, counted from the day it was on time by (named for a due of a weekend or bank
     * holiday, as "Arrived late (1 day after Tue 7 Apr)"). "In full" under every arrangement: what reached the parent.
     */
    private String inFullPartLateChip(boolean twoLines) {
        if (!date.equals(onTimeBy)) {
            return Words.text(daysLate == 1
                    ? twoLines ? "arrears.line.inFullPartLateOneDayAfterOnTwoLines" : "arrears.line.inFullPartLateOneDayAfter"
                    : twoLines ? "arrears.line.inFullPartLateDaysAfterOnTwoLines" : "arrears.line.inFullPartLateDaysAfter",
                    daysLate, CalendarText.dayAndDateBeside(onTimeBy, date));
        }
        return Words.text(daysLate == 1
                ? twoLines ? "arrears.line.inFullPartLateOneDayOnTwoLines" : "arrears.line.inFullPartLateOneDay"
                : twoLines ? "arrears.line.inFullPartLateDaysOnTwoLines" : "arrears.line.inFullPartLateDays", daysLate);
    }

    /**
     * Whether the money counted for it arrived late on more than one day, each part so many days late
     * ({@link LateMoney#daysLate()}): its words then name each part with its own days.
     */
    private boolean lateOnDifferentDays() {
        return lateMoney.stream().mapToLong(LateMoney::daysLate).distinct().count() > 1;
    }

    /**
     * Whether it is part paid and all that came for it came on time: in its own days by the day it was on time by,
     * or paid over an earlier due before them. Not when any of it was paid under an agreed settlement, which is paid
     * on the settlement's terms.
     */
    private boolean partOnTime() {
        return status == LineStatus.PART_PAID && !arrivedLate() && arrivals.stream().noneMatch(
                a -> a.how() == Arrival.How.SETTLEMENT && a.counted().isPositive());
    }

    /**
     * Whether {@link #statusText()} names what came for it payment by payment, with when each came ("Part paid:
     * £50.00 arrived on time; £162.40 still owed"), and for a due still short what is still owed, so a sentence
     * quoting it need not say that again.
     */
    public boolean partsNamed() {
        return switch (status) {
            case PART_PAID -> arrivedLate() || partOnTime();
            case PAID_LATE -> lateInPart() || lateOnDifferentDays();
            // "Nothing received; £4.50 paid over on 3 Nov 2026 counts towards it; £181.00 still owed"
            case NOTHING_RECEIVED -> paidOver().isPositive();
            default -> false;
        };
    }

    /**
     * The chip of a due paid in full by late money that came on different days: "Arrived late (2 to 6 days)", the
     * fewest and the most days, counted from the day it was on time by (named for a due of a weekend or bank holiday).
     * Never "(6 days)" alone, which read as all of it 6 days late.
     */
    private String inFullLateOnDifferentDaysChip(boolean twoLines) {
        long fewest = lateMoney.stream().mapToLong(LateMoney::daysLate).min().orElse(daysLate);
        long most = lateMoney.stream().mapToLong(LateMoney::daysLate).max().orElse(daysLate);
        if (!date.equals(onTimeBy)) {
            return Words.text(twoLines ? "arrears.line.arrivedLateFromToDaysAfterOnTwoLines"
                    : "arrears.line.arrivedLateFromToDaysAfter", fewest, most,
                    CalendarText.dayAndDateBeside(onTimeBy, date));
        }
        return Words.text(twoLines ? "arrears.line.arrivedLateFromToDaysOnTwoLines"
                : "arrears.line.arrivedLateFromToDays", fewest, most);
    }

    /**
     * {@code text}, which names amounts payment by payment, with "(amounts before the CMS fee)" after it when a fee
     * applies to the due: the bank statement shows less than each figure, so the words say why.
     */
    /**
     * What is short, as a chip says it: "£43.92", or under a Collect and Pay fee "£43.92 before the fee", the basis
     * the evidence pack names ("Paid through the CMS (before the fee)"). The shortfall is counted before the fee, as
     * the due is, and the bank statement shows less short (£42.16 of £92.16 after the fee): "Part arrived on time
     * (short £43.92)" beside "£50.00 on 4 Sep 2026" gave no basis and read as the statement's (reviewer, 5 Dec 2026).
     */
    private String shortInChip(boolean twoLines) {
        // On two lines in the shorter words the What arrived column uses beside it ("(£52.08 before fee)"): "before
        // the fee" widened the status column at 1024 wide and brought back the sideways bar.
        return fee.isZero() ? shortBy.format() : Words.text(twoLines ? "arrears.line.shortBeforeFeeOnTwoLines"
                : "arrears.line.shortBeforeFee", shortBy.format());
    }

    private String beforeFeeSaid(String text) {
        return fee.isZero() ? text : Words.text("arrears.line.amountsBeforeFee", text);
    }

    /**
     * For a due some of whose money came late, or part paid all on time, what came and when, in date order: "£20.00 paid over on 2 Nov 2026
     * counts towards it; £10.00 arrived on time; £10.00 arrived 3 days late". Each payment once. The amounts are
     * what the payments count for before any CMS fee, as the due's are: {@link #beforeFeeSaid} says so.
     */
    private String partLateText() {
        List<String> parts = new java.util.ArrayList<>();
        for (Arrival arrival : arrivals) {
            if (!arrival.counted().isPositive()) {
                continue;
            }
            String amount = arrival.counted().format();
            if (arrival.how() == Arrival.How.FROM_CREDIT) {
                parts.add(Words.text("arrears.line.paidOverPart", amount,
                        uk.cml.domain.UkFormats.shortDate(arrival.date())));
            } else if (arrival.how() == Arrival.How.SETTLEMENT) {
                // Paid on the settlement's terms, so never called late (DueMatcher leaves it out of lateMoney).
                parts.add(Words.text("arrears.line.settlementPart", amount,
                        uk.cml.domain.UkFormats.shortDate(arrival.date())));
            } else if (!arrival.date().isAfter(lateAfter)) {
                parts.add(Words.text("arrears.line.onTimePart", amount));
            } else if (ofLaterPayment(arrival)) {
                // A piece of a later payment the matching counted here: "£15.45 arrived 49 days late" named money
                // the bank statement never shows. The whole payment, on the day it arrived, is what it confirms.
                long days = java.time.temporal.ChronoUnit.DAYS.between(onTimeBy, arrival.date());
                String whole = arrival.whole().format();
                String on = uk.cml.domain.UkFormats.shortDate(arrival.date());
                parts.add(date.equals(onTimeBy)
                        ? Words.text(days == 1 ? "arrears.line.latePieceOneDay" : "arrears.line.latePieceDays", amount,
                                whole, on, days)
                        : Words.text(days == 1 ? "arrears.line.latePieceOneDayAfter"
                                : "arrears.line.latePieceDaysAfter", amount, whole, on, days,
                                CalendarText.dayAndDate(onTimeBy)));
            } else {
                long days = java.time.temporal.ChronoUnit.DAYS.between(onTimeBy, arrival.date());
                parts.add(date.equals(onTimeBy)
                        ? Words.text(days == 1 ? "arrears.line.latePartOneDay" : "arrears.line.latePartDays", amount, days)
                        : Words.text(days == 1 ? "arrears.line.latePartOneDayAfter" : "arrears.line.latePartDaysAfter",
                                amount, days, CalendarText.dayAndDate(onTimeBy)));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * Whether {@code arrival} is a piece of a later payment, the rest of which went elsewhere (the due of its own
     * days, say): only the whole payment is on the bank statement, so the words name it with its day.
     */
    private static boolean ofLaterPayment(Arrival arrival) {
        return (arrival.how() == Arrival.How.LATER || arrival.how() == Arrival.How.LINKED)
                && !arrival.counted().equals(arrival.whole());
    }

    /**
     * What of the money counted for it was paid over an earlier due and carried to it as credit ("paid ahead"), not
     * money that arrived in its own days or after them. A due still owed that only this paid part of is "Nothing
     * received", and its status names this money.
     */
    public Money paidOver() {
        long pence = 0;
        for (Arrival arrival : arrivals) {
            pence += arrival.how() == Arrival.How.FROM_CREDIT ? arrival.counted().pence() : 0;
        }
        return Money.ofPence(pence);
    }

    /**
     * What arrived for it, payment by payment: "£51.87 on 4 Sep 2026 + £26.67 towards arrears", or "No payment" (not
     * "Nothing": the status beside it already says "Nothing received"). Under Collect and Pay each amount is what
     * reached the parent after the fee, as the bank statement shows it, and each payment also names what the CMS
     * counted for it before the fee: "£49.80 on 30 Oct 2026 (£51.87 before the CMS fee)" ({@link Arrival#describe()}).
     */
    public String arrivedText() {
        return nothingArrivedFirst(arrived(false));
    }

    /**
     * What arrived for it in a table of dues (the Payments page's "What arrived"): only the money the schedule
     * counted for it, payment by payment, as its Received figure and the pack's "Paid towards it" column count it, so
     * each payment's pence are named once across the rows, under the due they paid ("£57.40 on 6 Oct 2026 (towards
     * arrears)" under 25 Sep, not again under 2 Oct as "all towards arrears"; "£50.00 of £80.00 on 9 Jan 2026"
     * without "+ £30.00 towards arrears", which the older due names). Then what was cleared of it; "No payment" when
     * nothing was counted or cleared. Under Collect and Pay, beside an "After fee" column showing {@link #expected()},
     * each amount is what reached the parent, "£49.80 on 18 Sep 2026", "£49.80 of £99.60 on 27 Nov 2026" (it read
     * "£51.87 on 18 Sep 2026", the CMS's figure before its fee, while £49.80 arrived); a share of what arrived that is
     * not the column's figure also says what the CMS counted for it, "£41.00 on 12 Jan 2026 (£42.71 before fee)", the
     * terms of the row's Due, Status and Balance ({@link Arrival#describeCounted}).
     */
    public String arrivedTextBesideExpected() {
        return nothingArrivedFirst(arrivedBesideExpected());
    }

    /**
     * {@code text} after "Nothing arrived; " for a due that only money paid over an earlier due counted towards
     * ({@link #paidOver()}), so a "What arrived" column does not list that money as if it arrived for this due:
     * "Nothing arrived; £50.00 of £150.00 paid ahead on 3 Jul 2026". As it is for every other due.
     */
    private String nothingArrivedFirst(String text) {
        return status == LineStatus.NOTHING_RECEIVED && paidOver().isPositive()
                ? Words.text("arrears.line.nothingArrivedThen", text) : text;
    }

    private String arrivedBesideExpected() {
        if (nothingMatched()) {
            return Words.text("arrears.line.noPayment");
        }
        Money besideIt = fee.isZero() ? null : expected();
        StringBuilder text = new StringBuilder();
        for (Arrival arrival : arrivals) {
            if (!arrival.counted().isZero()) {
                text.append(text.isEmpty() ? "" : "; ").append(arrival.describeCounted(besideIt));
            }
        }
        String clearedText = clearedText();
        if (clearedText.isEmpty()) {
            return text.toString();
        }
        return text.isEmpty() ? Words.text("arrears.line.nothingThen", clearedText) : text + "; " + clearedText;
    }

    /**
     * What was counted for it and what was cleared of it, for a sentence about this due ("what arrived for it:
     * ..."): {@link #arrivedText()}'s words without money that came in its days but went to other dues, which a table
     * row shows beside it ("£43.21 on 15 Aug 2024, all towards arrears") but a sentence would read as paying it. That
     * money is named under the due it was counted for. "No payment" when {@link #nothingMatched()}.
     */
    public String matchedText() {
        return arrived(true);
    }

    /**
     * What was counted for it, payment by payment ("£51.87 on 4 Sep 2026", "£20.00 of £70.00 on 22 Jan 2026 (towards
     * arrears)"), or empty when nothing was: then its status is "Nothing received" (or it was only cleared).
     */
    public String countedText() {
        return arrivalsText(true);
    }

    /** What write-offs, offsets and a settlement cleared of it, or are still to be paid under one; empty when none. */
    public String clearedText() {
        StringBuilder clearedText = new StringBuilder();
        if (settledUnder != null && shortBy.isPositive() && status.isShort()) {
            // Not cleared until it arrives: the CMS can cancel the agreement if it does not (seed 000). Said first,
            // as it is what is still owed on the due, where a narrow table column still shows it.
            clearedText.append(Words.text("arrears.line.toPayUnderSettlement", shortBy.format(),
                    uk.cml.domain.UkFormats.shortDate(settledUnder)));
        }
        for (Cleared c : clearings) {
            String amount = c.amount().format();
            String how = switch (c.kind()) {
                case WRITE_OFF -> Words.text("arrears.line.writtenOff", amount);
                case OFFSET -> Words.text("arrears.line.offset", amount);
                default -> settledUnder == null ? Words.text("arrears.line.settled", amount)
                        : Words.text("arrears.line.givenUpInSettlement", amount,
                                uk.cml.domain.UkFormats.shortDate(settledUnder));
            };
            clearedText.append(clearedText.isEmpty() ? "" : "; ").append(how);
        }
        return clearedText.toString();
    }

    /** Whether money the parent said was for it is among what was counted for it (so it was not matched by date). */
    public boolean countsLinkedMoney() {
        return arrivals.stream().anyMatch(a -> a.how() == Arrival.How.LINKED && !a.counted().isZero());
    }

    private String arrived(boolean countedOnly) {
        if (countedOnly ? nothingMatched() : nothingArrived()) {
            return Words.text("arrears.line.noPayment");
        }
        String text = arrivalsText(countedOnly);
        String clearedText = clearedText();
        if (clearedText.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? Words.text("arrears.line.nothingThen", clearedText) : text + "; " + clearedText;
    }

    private String arrivalsText(boolean countedOnly) {
        StringBuilder text = new StringBuilder();
        for (Arrival arrival : arrivals) {
            if (countedOnly && arrival.counted().isZero()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "; ").append(arrival.describe());
        }
        return text.toString();
    }

    /** {@link #nothingArrived()} for {@link #matchedText()}: nothing counted for it, nothing cleared of it. */
    public boolean nothingMatched() {
        return countedText().isEmpty() && clearings.isEmpty() && (settledUnder == null || !status.isShort());
    }

    /**
     * Whether nothing arrived for it and nothing of it was cleared: {@link #arrivedText()} is then only "No payment",
     * which a sentence about what arrived should not quote ("what arrived for it: No payment.").
     */
    public boolean nothingArrived() {
        return arrivals.isEmpty() && clearings.isEmpty() && (settledUnder == null || !status.isShort());
    }
}
