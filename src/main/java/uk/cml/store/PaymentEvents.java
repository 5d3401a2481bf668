package uk.cml.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.CmsDifference;
import uk.cml.domain.arrears.DayOffWords;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleEvent;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.timeline.Recorded;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TellTheCms;
import uk.cml.domain.todo.TodoKind;

/** What the payment records add to the case timeline and to the "what needs doing" list. */
final class PaymentEvents {

    /** A missed payment older than this is no longer news: the letters work chases older arrears. */
    static final int RECENT_DAYS = 14;

    private PaymentEvents() {
    }

    /**
     * A corrected payment or figure says what it was first recorded as, when its day or amount was different: the
     * chronology and the Timeline then show the correction itself, not only that one was made (a letter posted before
     * it still quotes the first figure, and the CMS may hold it too).
     */
    private static String firstRecordedAs(Connection c, String table, String dayColumn, Recorded recorded,
            ScheduleEvent event) throws SQLException {
        // "received on" the day the money came (not the day it was typed in, which the Recorded column gives)
        String wordsKey = "payment".equals(table) ? "timeline.payment.firstRecordedAs"
                : "timeline.adjustment.firstRecordedAs";
        if (recorded.changed().isEmpty()) {
            return "";
        }
        List<History.EarlierVersion> versions = History.versionsOf(c, table, event.sourceId());
        if (versions.isEmpty()) {
            return "";
        }
        Map<String, String> first = versions.get(0).columns();
        String day = first.get(dayColumn);
        String pence = first.get("amount_pence");
        if (day == null || pence == null || LocalDate.parse(day).equals(event.date())
                && Long.parseLong(pence) == event.amount().pence()) {
            return "";
        }
        // A line of its own: after "(£285.50 before the CMS fee)" or "Balance after: £40.00", which end in no full
        // stop, a space ran the two sentences together.
        return "\n" + Words.text(wordsKey, uk.cml.domain.Money.ofPence(Long.parseLong(pence))
                .format(), UkFormats.shortDate(LocalDate.parse(day)));
    }

    /**
     * Each correction the app made of the payment's note, on a line of its own ("Corrected by the app when it was
     * updated on 5 Dec 2026, not by you: ..."): the Recorded column's "changed" time is then not read as the parent's.
     */
    private static String byTheApp(Connection c, java.util.Set<Long> amended, ScheduleEvent event)
            throws SQLException {
        if (!amended.contains(event.sourceId())) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (AppCorrections.AppCorrection made : AppCorrections.ofPayment(c, event.sourceId())) {
            text.append('\n').append(made.sentence());
        }
        return text.toString();
    }

    /**
     * Payments received, adjustments, and every due still owed something by what arrived for it. A due paid by
     * money in its own period (or made up later) is no event of its own: the payment is. So the chronology never
     * says a due was missed beside the money that paid it.
     */
    static List<TimelineEntry> timeline(Connection c, long caseId, ArrearsSchedule schedule) throws SQLException {
        Map<Long, Recorded> paymentsRecorded = RecordedTimes.of(c, "payment", caseId);
        Map<Long, Recorded> adjustmentsRecorded = RecordedTimes.of(c, "adjustment", caseId);
        // The payments with an earlier version kept, in one query: only those can have a correction by the app.
        java.util.Set<Long> amended = new java.util.HashSet<>();
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT DISTINCT record_id FROM amendment "
                + "WHERE record_table = 'payment'"); java.sql.ResultSet r = s.executeQuery()) {
            while (r.next()) {
                amended.add(r.getLong(1));
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        Map<Long, List<ScheduleLine>> paidLate = schedule.paidLate();
        for (ScheduleEvent event : schedule.events()) {
            LocalDateTime happened = event.date().atStartOfDay();
            if (event.isPayment()) {
                Recorded recorded = paymentsRecorded.getOrDefault(event.sourceId(), Recorded.once(happened));
                List<ScheduleLine> late = paidLate.getOrDefault(event.sourceId(), List.of());
                // Which due late money paid is the app's count (as on a due's entry): said where it names one, on a line of
                // its own, after how the money came.
                entries.add(new TimelineEntry(TimelineKind.PAYMENT, happened, recorded, late.isEmpty()
                        ? onTimeByNextWorkingDay(event, schedule) : received(event, late, event.sourceId(), schedule),
                        event.description() + (late.isEmpty() ? "" : "\n" + Words.text("timeline.payment.howCounted"))
                        + firstRecordedAs(c, "payment", "paid_on", recorded, event)
                        + byTheApp(c, amended, event), event.sourceId()));
            } else {
                Recorded recorded = adjustmentsRecorded.getOrDefault(event.sourceId(), Recorded.once(happened));
                // A CMS figure changes nothing: its title gives this record's figure for its day, and a "Balance
                // after" (counting that day's due) beside it would be a second figure for the same day.
                boolean cmsFigure = event.kind() == uk.cml.domain.arrears.AdjustmentKind.CMS_CONFIRMED_FIGURE;
                String balance = cmsFigure ? "" : Words.text("timeline.payment.balanceAfter",
                        schedule.owedLeavingOutNotMissed(event.date(), event.balanceAfter()).format());
                entries.add(new TimelineEntry(cmsFigure ? TimelineKind.CMS_FIGURE : TimelineKind.ADJUSTMENT,
                        happened, recorded, event.description(), (balance
                        + firstRecordedAs(c, "adjustment", "made_on", recorded, event)).strip(), event.sourceId()));
            }
        }
        for (ScheduleLine line : schedule.lines()) {
            if (line.status().isShort()) {
                LocalDateTime happened = line.date().atStartOfDay();
                entries.add(new TimelineEntry(TimelineKind.PAYMENT_DUE, happened, happened, dueTitle(line),
                        dueDetail(line), line.planId()));
            }
        }
        for (ArrearsSchedule.PlanChange change : schedule.planChanges()) {
            if (!change.from().isAfter(schedule.asOf())) {
                entries.add(planChange(change));
            }
        }
        entries.sort(java.util.Comparator.comparing(TimelineEntry::happenedAt));
        return entries;
    }

    /**
     * "£50.00", or for money the Payments page calls late (it was counted for a due and arrived after the day that due
     * was on time by, whether or not it paid it in full: {@link ScheduleLine#lateBy}, the one rule) which due it was late for and by how long: "£50.00, arrived 3 days
     * late for the payment due on 9 Nov 2026"; "£100.00, arrived late for the payments due on 16 Nov 2026 (8 days)
     * and 23 Nov 2026 (1 day)"; when only part of it was late, how much: "£100.00, of which £50.00 arrived 7 days late
     * for the payment due on 16 Nov 2026". A due of a weekend or bank holiday counts its days from the working day it was on
     * time by, and names it, as the Payments page does.
     */
    static String received(ScheduleEvent payment, List<ScheduleLine> late, long paymentId) {
        return received(payment, late, paymentId, null);
    }

    /**
     * As above, and where the rest of a payment only part late went, when {@code schedule} is given: "...; £4.50
     * counts towards the payment due on 30 Nov 2026" (reviewer rv3: "£300.00, of which £295.50 arrived late for the
     * payments due on 30 Sep and 31 Oct" left out the £4.50 kept for 30 Nov). Under Collect and Pay the parts are
     * counted before the fee, so the rest is left unsaid there rather than said in figures the bank does not show.
     */
    static String received(ScheduleEvent payment, List<ScheduleLine> late, long paymentId, ArrearsSchedule schedule) {
        String said = lateWords(payment, late, paymentId);
        if (schedule == null || late.isEmpty() || !payment.amount().equals(payment.applied())) {
            return said;
        }
        List<String> rest = rest(payment, late, paymentId, schedule);
        return rest.isEmpty() ? said : said + "; " + String.join("; ", rest);
    }

    /**
     * What of a payment was not late: each due it counted towards on time or from money kept ("£4.50 counts towards
     * the payment due on 30 Nov 2026"), then what is still kept for later dues. Found among the dues' arrivals by its
     * date and amount, as {@link uk.cml.domain.arrears.PaymentSpread} finds it.
     */
    private static List<String> rest(ScheduleEvent payment, List<ScheduleLine> late, long paymentId,
            ArrearsSchedule schedule) {
        List<String> rest = new ArrayList<>();
        long counted = 0;
        long whole = 0;
        for (ScheduleLine line : schedule.lines()) {
            long here = 0;
            for (uk.cml.domain.arrears.Arrival arrival : line.arrivals()) {
                if (arrival.date().equals(payment.date()) && arrival.received().equals(payment.amount())) {
                    whole = arrival.whole().pence();
                    here += Math.max(0, arrival.counted().pence());
                }
            }
            counted += here;
            for (ScheduleLine.LateMoney money : line.lateMoney()) {
                here -= money.paymentId() == paymentId ? money.amount().pence() : 0;
            }
            if (here > 0) {
                rest.add(Words.text("timeline.payment.restTowards", uk.cml.domain.Money.ofPence(here).format(),
                        UkFormats.shortDate(line.date())));
            }
        }
        if (whole > counted && counted > 0) {
            rest.add(Words.text("timeline.payment.restKept", uk.cml.domain.Money.ofPence(whole - counted).format()));
        }
        return rest;
    }

    private static String lateWords(ScheduleEvent payment, List<ScheduleLine> late, long paymentId) {
        String amount = payment.amount().format();
        if (late.isEmpty()) {
            return Words.text("timeline.payment.received", amount);
        }
        // Only part of it late (the rest paid a due on time, or was kept for later ones): "£100.00, of which £50.00
        // arrived 7 days late ...", as "£100.00, arrived 7 days late" read as all of it late, which the bank
        // statement of the day, and the due it paid on time, contradict. The part is counted before any CMS fee,
        // as the dues are: under Collect and Pay it is said as a part of the sum before the fee, named beside what
        // reached the parent ("£45.00 (£46.88 before the CMS fee); £45.00 of the £46.88 arrived 1 day late"), as
        // "£45.00, of which £45.00 before the CMS fee" read as one figure twice.
        long latePence = 0;
        for (ScheduleLine line : late) {
            for (ScheduleLine.LateMoney money : line.lateMoney()) {
                latePence += money.paymentId() == paymentId ? money.amount().pence() : 0;
            }
        }
        boolean part = latePence < payment.applied().pence();
        boolean fee = !payment.amount().equals(payment.applied());
        String latePart = uk.cml.domain.Money.ofPence(latePence).format();
        String beforeFee = payment.applied().format();
        if (late.size() == 1) {
            ScheduleLine line = late.get(0);
            return Words.text(!part ? "timeline.payment.lateOne" : fee ? "timeline.payment.lateOnePartBeforeFee"
                    : "timeline.payment.lateOnePart", amount, days(line, paymentId), dueDay(line), latePart, beforeFee);
        }
        List<String> each = new ArrayList<>();
        for (ScheduleLine line : late) {
            each.add(line.onTimeBy().equals(line.date())
                    ? Words.text("timeline.payment.lateDue", UkFormats.shortDate(line.date()), days(line, paymentId))
                    : Words.text("timeline.payment.lateDueFrom", UkFormats.shortDate(line.date()), days(line, paymentId),
                            uk.cml.domain.calendar.CalendarText.dayAndDate(line.onTimeBy())));
        }
        String last = each.remove(each.size() - 1);
        return Words.text(!part ? "timeline.payment.lateSeveral" : fee ? "timeline.payment.lateSeveralPartBeforeFee"
                : "timeline.payment.lateSeveralPart", amount,
                Words.text("timeline.payment.and", String.join(", ", each), last), latePart, beforeFee);
    }

    /**
     * "£61.50, on time for the payment of 3 Apr 2026 (due on Good Friday, a bank holiday; on time by the next working
     * day, 7 Apr 2026)" for money that paid a due of a weekend or bank holiday in full on the next working day
     * ({@link DayOffWords}, the words the pack's schedule and the letters' tables print): the chronology shows it days
     * after that due's date, so it says why it was on time. Otherwise the amount alone.
     */
    static String onTimeByNextWorkingDay(ScheduleEvent payment, ArrearsSchedule schedule) {
        String amount = payment.amount().format();
        if (payment.sourceId() == 0) {
            return Words.text("timeline.payment.received", amount);
        }
        for (ScheduleLine line : schedule.lines()) {
            if (line.completedBy() == payment.sourceId() && line.paidByNextWorkingDay()) {
                return Words.text("timeline.payment.onTimeNextWorkingDay", amount, UkFormats.shortDate(line.date()),
                        DayOffWords.why(line).orElseThrow());
            }
        }
        // Money that paid a due in full on time names it, as every late or bank-holiday payment names its due
        // (reviewer rv3: "£210.00" alone for 31 Jul, on time, beside lines that each said which due).
        for (ScheduleLine line : schedule.lines()) {
            if (line.completedBy() == payment.sourceId() && line.status() == uk.cml.domain.arrears.LineStatus.PAID) {
                return Words.text("timeline.payment.onTime", amount, UkFormats.shortDate(line.date()));
            }
        }
        return Words.text("timeline.payment.received", amount);
    }

    private static String days(ScheduleLine line, long paymentId) {
        long days = line.daysLateBy(paymentId);
        return days == 1 ? Words.text("timeline.payment.oneDay") : Words.text("timeline.payment.days", days);
    }

    /** "9 Nov 2026", or for a due of a weekend or bank holiday "1 Nov 2026 (on time by Mon 2 Nov 2026)". */
    private static String dueDay(ScheduleLine line) {
        String date = UkFormats.shortDate(line.date());
        return line.onTimeBy().equals(line.date()) ? date : Words.text("timeline.payment.onTimeBy", date,
                uk.cml.domain.calendar.CalendarText.dayAndDate(line.onTimeBy()));
    }

    /**
     * The day a new plan changed the amount due, under the label "Amount due": "Changed to £38.20 a week (was £42.50
     * a week)", with where the new figure came from as its detail. Without it the dues simply drop or rise, and a
     * reader must guess why. The first plan is no change: its dues say it.
     */
    static TimelineEntry planChange(ArrearsSchedule.PlanChange change) {
        PaymentPlan plan = change.plan();
        String title = plan.isStopped() ? Words.text("timeline.plan.stopped", each(change.before()))
                : change.before().isStopped() ? Words.text("timeline.plan.again", each(plan))
                : Words.text("timeline.plan.changed", each(plan), each(change.before()));
        String detail = plan.source().isBlank() ? "" : Words.text("timeline.plan.source", plan.source().strip());
        LocalDateTime happened = plan.firstDue().atStartOfDay();
        return new TimelineEntry(TimelineKind.PAYMENT_DUE, happened, Recorded.once(happened), title, detail, plan.id(),
                Words.text("timeline.plan.label"));
    }

    /** "£38.20 a week", "£200.00 a month". */
    private static String each(PaymentPlan plan) {
        String amount = plan.amount().format();
        return switch (plan.frequency()) {
            case WEEKLY -> Words.text("timeline.plan.weekly", amount);
            case FORTNIGHTLY -> Words.text("timeline.plan.fortnightly", amount);
            case FOUR_WEEKLY -> Words.text("timeline.plan.fourWeekly", amount);
            case MONTHLY -> Words.text("timeline.plan.monthly", amount);
        };
    }

    /**
     * "£51.87, nothing arrived for it", "£51.87, only part paid: £20.00 short" ("only part arrived" under Collect and
     * Pay, where the CMS passes the money on). The entry's kind, "Payment due", is shown before it on the Timeline
     * and beside it in the pack, so the title does not say it again. Which due late money paid is this app's count,
     * not the CMS's attribution: the detail says so in plain words ({@link #dueDetail}); "(matched by date)" in the
     * title was jargon to the parents who read it. A due that only money paid over an earlier due counted
     * towards reads "nothing arrived for it", naming that money, never "part paid".
     */
    static String dueTitle(ScheduleLine line) {
        if (line.status() == LineStatus.NOTHING_RECEIVED && line.paidOver().isPositive()) {
            // Money paid over an earlier due counts towards it, but none arrived for it: never "part paid".
            return Words.text("timeline.due.nothingArrivedPaidOver", line.due().format(), line.paidOver().format(),
                    line.shortBy().format());
        }
        if (line.status() == LineStatus.NOTHING_RECEIVED) {
            return Words.text("timeline.payment.nothingArrived", line.due().format());
        }
        return Words.text(line.collectAndPay() ? "timeline.payment.partArrived" : "timeline.payment.partPaid",
                line.due().format(), line.shortBy().format());
    }

    /**
     * "Maintenance due (weekly). Counted towards it: £20.00 on 9 Nov 2026.", then what was cleared of it ("Of what
     * was still owed: £10.00 written off."), then that this is the app's count, which the CMS may make differently.
     * Only money counted for this due is named: money that came in its days but went to another due (one the parent
     * said it was for, or older arrears) is that due's, so a due that says nothing arrived for it never names money
     * as counted towards it. Where money the parent linked to it is counted, the parent said so: no such caveat.
     */
    static String dueDetail(ScheduleLine line) {
        String counted = line.countedText();
        boolean linked = !counted.isEmpty() && line.countsLinkedMoney();
        // Money carried from an earlier due arrived in another due's days: say so, never that it came for this one.
        String detail = line.status() == LineStatus.NOTHING_RECEIVED && line.paidOver().isPositive()
                ? Words.text("timeline.due.detailPaidOver", line.description(), counted)
                : counted.isEmpty() ? Words.text("timeline.payment.dueDetailNothing", line.description())
                : Words.text(linked ? "timeline.payment.dueDetailLinked" : "timeline.payment.dueDetail",
                        line.description(), counted);
        String cleared = line.clearedText();
        if (!cleared.isEmpty()) {
            detail += Words.text("timeline.payment.dueDetailCleared", cleared);
        }
        // Which due late money paid is this app's count, not the CMS's (it attributes payments by its own rules):
        // said once, in plain words, where it was the app's count, in place of "(matched by date)" in the title.
        return linked ? detail : detail + " " + Words.text("timeline.payment.howCounted");
    }

    /** With no payment plan nothing can be worked out: the one thing to do is add it. */
    static List<TodoItem> noPlanTodos(LocalDate today) {
        return List.of(new TodoItem(today, Words.text("todo.payments.noPlan"), TodoKind.ADD_PLAN, 0));
    }

    /**
     * What the schedule to today asks for: a short latest due, a run of them, a settlement short, a CMS figure that
     * differs. The CMS figure's "ask for a breakdown" is left out once a request for information was written on or
     * after the figure's date ({@code lastAsked}): the letters log then asks to post it, and, once posted, to chase it
     * when its reply is late, so asking again would tell the parent to write a letter they have written.
     *
     * <p>The short latest due's "keep a note for your letter" and the run's "consider writing" are left out once a
     * letter telling the CMS of missed payments was written after that latest due was missed ({@code lastTold}, by the
     * rule of {@link TellTheCms#covers}): the letter covers them, and until it is posted the letters log
     * asks to post it. A due missed after the letter brings both back.
     *
     * <p>A due that fell under a private arrangement is not the CMS's to collect (seed 000): its words send the parent
     * to the other parent, and say the CMS can set up maintenance from now on, never "your letter to the CMS". So the
     * letter that settles them is the one to the other parent ({@code lastToOtherParent}), by the same rule; a letter
     * to the CMS does not ask the other parent for the money, and in a CMS case a letter to the other parent tells the
     * CMS nothing.
     */
    static List<TodoItem> todos(ArrearsSchedule schedule, LocalDate today, Optional<LocalDate> lastAsked,
            Optional<LocalDate> lastTold, Optional<LocalDate> lastToOtherParent, ArrangementHistory arrangements) {
        List<TodoItem> todos = new ArrayList<>();
        Optional<ScheduleLine> untold = lastDue(schedule).filter(line -> line.status().isShort())
                .filter(line -> (arrangements.on(line.date()) == Arrangement.PRIVATE ? lastToOtherParent : lastTold)
                        .filter(told -> TellTheCms.covers(told, line)).isEmpty());
        untold.filter(line -> !line.date().isBefore(today.minusDays(RECENT_DAYS)))
                .ifPresent(line -> todos.add(new TodoItem(line.date(), shortWords(line,
                        arrangements.on(line.date())), TodoKind.PAYMENT_SHORT, line.planId())));
        int inARow = schedule.missedInARow();
        if (inARow >= 2 && untold.isPresent()) {
            // Each arrangement has its own remedy (cms-facts): under Direct Pay the CMS knows only if told; under
            // Collect and Pay it collects, so the parent tells it the money has not come and asks what it is doing;
            // privately the CMS cannot collect what was missed at all.
            String key = switch (arrangements.on(untold.get().date())) {
                case PRIVATE -> "todo.payments.missedInARowPrivate";
                case COLLECT_AND_PAY -> "todo.payments.missedInARowCollectAndPay";
                case DIRECT_PAY -> "todo.payments.missedInARow";
            };
            todos.add(new TodoItem(today, Words.text(key, inARow), TodoKind.MISSED_IN_A_ROW, 0));
        }
        schedule.settlement().flatMap(s -> s.warning()).ifPresent(warning ->
                todos.add(new TodoItem(schedule.settlement().get().agreedOn(), warning, TodoKind.SETTLEMENT_SHORT, 0)));
        schedule.cmsDifference().filter(d -> !d.difference().isZero())
                .filter(d -> lastAsked.filter(asked -> !asked.isBefore(d.date())).isEmpty()).ifPresent(d -> todos.add(
                new TodoItem(d.date(), cmsTodo(d), TodoKind.CMS_DIFFERENCE, 0)));
        return todos;
    }

    /**
     * "Nothing has arrived for the payment due on ...", kept for a letter to the CMS or, privately, the other parent.
     * Under Collect and Pay the money comes from the CMS, which collects it and so knows (seed 000): no letter.
     */
    private static String shortWords(ScheduleLine line, Arrangement arrangement) {
        String day = UkFormats.shortDate(line.date());
        String shortBy = line.shortBy().format();
        // The keys in full, each arrangement's three: nothing arrived though paid over, nothing arrived, short.
        String[] keys = switch (arrangement) {
            case PRIVATE -> new String[] {"todo.payments.nothingArrivedPaidOverPrivate",
                "todo.payments.nothingArrivedPrivate", "todo.payments.shortPrivate"};
            case COLLECT_AND_PAY -> new String[] {"todo.payments.nothingArrivedPaidOverCollectAndPay",
                "todo.payments.nothingArrivedCollectAndPay", "todo.payments.shortCollectAndPay"};
            case DIRECT_PAY -> new String[] {"todo.payments.nothingArrivedPaidOver", "todo.payments.nothingArrived",
                "todo.payments.short"};
        };
        if (line.status() == LineStatus.NOTHING_RECEIVED && line.paidOver().isPositive()) {
            // Not "has not arrived in full ... arrived for it": nothing arrived; money paid over before counts.
            return Words.text(keys[0], day, shortBy, line.paidOver().format());
        }
        if (line.countedText().isEmpty()) {
            return Words.text(keys[1], day, shortBy);
        }
        return Words.text(keys[2], day, shortBy, line.matchedText());
    }

    private static String cmsTodo(CmsDifference difference) {
        return Words.text("todo.payments.cmsDiffers", UkFormats.shortDate(difference.date()),
                difference.difference().max(difference.difference().negate()).format());
    }

    /** The latest due whose day is over: a due of today is not missed until tomorrow, whatever has arrived. */
    private static Optional<ScheduleLine> lastDue(ArrearsSchedule schedule) {
        List<ScheduleLine> lines = schedule.lines();
        int last = lines.size() - 1;
        if (last >= 0 && lines.get(last).status() == LineStatus.DUE_TODAY) {
            last--;
        }
        return last < 0 ? Optional.empty() : Optional.of(lines.get(last));
    }
}
