package uk.cml.domain.todo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * Under Direct Pay the CMS knows of a missed or part payment only when the parent tells it (seed 000; Parliament
 * answer 97520). So while a due that fell under Direct Pay is short and no letter reporting arrears to the CMS was
 * written after it was missed ({@link #covers}), "What needs doing" says so. That stays true after the case moves on: the CMS knows
 * what it has collected since a move to Collect and Pay, never what was missed before it. Dues that fell under
 * Collect and Pay (the CMS collected them) or a private arrangement (the CMS cannot collect them) are not counted.
 */
public final class TellTheCms {

    private TellTheCms() {
    }

    /**
     * Whether a letter telling the CMS of arrears, written on {@code told}, covers a short due: only once the due was
     * missed, after the day it was on time by (its own day, or the working day after a weekend or bank holiday). A
     * letter written on that day says the payment is due, not missed, and leaves it out of the arrears.
     */
    public static boolean covers(LocalDate told, ScheduleLine due) {
        return told.isAfter(due.onTimeBy());
    }

    /**
     * {@code todos} with the to-do telling the CMS in place of those about the same dues: one to-do per fact. It
     * counts every short due under Direct Pay since the CMS was last told, so "payments in a row" says it again, and
     * so does the latest due's "nothing has arrived" when that due fell under Direct Pay (it is one of the dues told
     * of: a due the last report covers is no longer short news). A latest due under Collect and Pay or a private
     * arrangement is another fact, with its own remedy, and stays.
     */
    public static List<TodoItem> inPlaceOf(List<TodoItem> todos, TodoItem tell, ArrangementHistory history) {
        List<TodoItem> kept = new java.util.ArrayList<>(todos.stream()
                .filter(item -> item.kind() != TodoKind.MISSED_IN_A_ROW)
                .filter(item -> item.kind() != TodoKind.PAYMENT_SHORT
                        || history.on(item.due()) != Arrangement.DIRECT_PAY).toList());
        kept.add(tell);
        return kept;
    }

    /**
     * The to-do, if some short due that fell under Direct Pay is newer than {@code lastTold}, the day the latest
     * letter telling the CMS of arrears was written.
     */
    public static Optional<TodoItem> todo(ArrearsSchedule schedule, ArrangementHistory history,
            Optional<LocalDate> lastTold, LocalDate today) {
        return todo(schedule, history, lastTold, false, today);
    }

    /**
     * As above, with {@code lastTold} the day of the latest report of missed payments to the CMS, by letter or, when
     * {@code byPhone}, by a call the parent answered Yes (told them of the missed payments): a reporting call counts as
     * a reporting letter does, and the words say "since you told the CMS by phone on" rather than "since your letter".
     */
    public static Optional<TodoItem> todo(ArrearsSchedule schedule, ArrangementHistory history,
            Optional<LocalDate> lastTold, boolean byPhone, LocalDate today) {
        Money owed = schedule.owedOnPassedDues();
        if (!owed.isPositive()) {
            return Optional.empty();
        }
        List<ScheduleLine> untold = schedule.lines().stream().filter(line -> line.status().isShort())
                .filter(line -> history.on(line.date()) == Arrangement.DIRECT_PAY)
                .filter(line -> lastTold.filter(told -> covers(told, line)).isEmpty()).toList();
        if (untold.isEmpty()) {
            return Optional.empty();
        }
        String payments = Words.text(untold.size() == 1 ? "todo.payments.tellOne" : "todo.payments.tellMany",
                untold.size());
        Arrangement now = history.on(today);
        if (now != Arrangement.DIRECT_PAY) {
            return afterMove(schedule, history, untold, payments, lastTold, now, byPhone);
        }
        // What is owed is the figure the Overview and the letter give: on a due's own day that due is not missed
        // yet, so it is not counted, and the to-do names it apart rather than leave the parent to wonder.
        Optional<ScheduleLine> awaited = schedule.dueNow();
        if (schedule.payments().isEmpty() && lastTold.isEmpty() && awaited.isEmpty()) {
            // Nothing recorded at all: a new case, most likely, whose money is not entered yet. The app cannot tell
            // "nothing arrived" from "nothing recorded", so it asks for the payments first.
            return Optional.of(new TodoItem(untold.get(0).date(), Words.text("todo.payments.tellNoneRecorded",
                    payments, UkFormats.shortDate(untold.get(0).date()), owed.format()), TodoKind.TELL_THE_CMS, 0));
        }
        // The to-do is dated from the first of these dues, and its words say so ("Since 12 Dec 2025, 20 payments
        // due have not arrived in full"), never as if they all failed on that one day.
        String first = UkFormats.shortDate(untold.get(0).date());
        boolean one = untold.size() == 1;
        String what = awaited.map(line -> lastTold.map(told -> Words.text(byPhone
                                ? "todo.payments.tellSinceCallAwaited" : "todo.payments.tellSinceLetterAwaited",
                        payments, UkFormats.shortDate(told), owed.format(), line.shortBy().format(),
                        UkFormats.shortDate(line.date())))
                .orElse(one ? Words.text("todo.payments.tellNoLetterAwaitedOne", first, owed.format(),
                        line.shortBy().format(), UkFormats.shortDate(line.date()))
                        : Words.text("todo.payments.tellNoLetterAwaited", payments, owed.format(),
                        line.shortBy().format(), UkFormats.shortDate(line.date()), first)))
                .orElseGet(() -> lastTold.map(told -> Words.text(byPhone
                                ? "todo.payments.tellSinceCall" : "todo.payments.tellSinceLetter", payments,
                                UkFormats.shortDate(told), owed.format()))
                        .orElse(one ? Words.text("todo.payments.tellNoLetterOne", first, owed.format())
                                : Words.text("todo.payments.tellNoLetter", payments, owed.format(), first)));
        return Optional.of(new TodoItem(untold.get(0).date(), what, TodoKind.TELL_THE_CMS, 0));
    }

    /**
     * After the case moved off Direct Pay: what is owed from before the move, by totals (what is owed less what of
     * the payments due since has not reached the parent, {@link ArrearsSchedule#shortSince}), as the letters split it.
     * Nothing from before the move still owed by totals (money since paid it off): nothing to tell.
     */
    private static Optional<TodoItem> afterMove(ArrearsSchedule schedule, ArrangementHistory history,
            List<ScheduleLine> untold, String payments, Optional<LocalDate> lastTold, Arrangement now,
            boolean byPhone) {
        // The day the Direct Pay period of the latest untold due ended (a correction on the same arrangement is no move).
        LocalDate moved = history.from().tailMap(untold.get(untold.size() - 1).date(), false).entrySet().stream()
                .filter(e -> e.getValue() != Arrangement.DIRECT_PAY).findFirst().orElseThrow().getKey();
        Money owed = schedule.owedOnPassedDues();
        Money before = owed.minus(schedule.shortSince(moved).min(owed));
        if (!before.isPositive()) {
            return Optional.empty();
        }
        String to = Words.text(now == Arrangement.PRIVATE ? "todo.payments.toPrivate"
                : "todo.payments.toCollectAndPay");
        String what = lastTold.map(told -> Words.text(byPhone
                        ? "todo.payments.tellAfterMoveSinceCall" : "todo.payments.tellAfterMoveSinceLetter", payments,
                        UkFormats.shortDate(told), to, UkFormats.shortDate(moved), before.format()))
                .orElse(untold.size() == 1
                        ? Words.text("todo.payments.tellAfterMoveOne", UkFormats.shortDate(untold.get(0).date()), to,
                                UkFormats.shortDate(moved), before.format())
                        : Words.text("todo.payments.tellAfterMove", payments, to, UkFormats.shortDate(moved),
                                before.format(), UkFormats.shortDate(untold.get(0).date())));
        return Optional.of(new TodoItem(untold.get(0).date(), what, TodoKind.TELL_THE_CMS, 0));
    }
}
