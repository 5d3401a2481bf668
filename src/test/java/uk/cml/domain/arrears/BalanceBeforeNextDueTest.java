package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Balance column is the balance at the end of the day its words name: the day before the next payment was due
 * (the latest due's: the schedule's date), money counted on the day it arrived, except money that came early for the
 * next due (matched to it, in its early days), which counts on that due's day. So a due paid a day early never reads
 * as clearing older arrears for a day (the balance dipping to £0.00 beside two Paid rows), and the table and "owed
 * without a break since" never disagree (reviewer, 4 Dec 2026: a letter said the arrears were owed only since a due
 * its own table called Paid, and left out the due missed in July that it was written to report).
 */
@DisplayName("The Balance column is the balance at the end of the day before the next due")
class BalanceBeforeNextDueTest {

    @Test
    @DisplayName("weekly: money 2 days early for the next due while an older due is owed")
    void earlyPaymentWhileAnOlderDueIsOwed() {
        // £50 weekly on Fridays from 2 Jan 2026. Paid Fri 2 Jan; nothing for 9 Jan; £50 on Wed 14 Jan (2 days before
        // Fri 16 Jan, in its early days: matched to 16 Jan, paid early); £50 on Fri 23 Jan. Read on Sat 24 Jan.
        // At the end of each day before the next due, 14 Jan's money counted on 16 Jan, the due it came early for:
        //   Thu 8 Jan:  due 50, received 50  -> 0.00
        //   Thu 15 Jan: due 100, received 100, 50 of it early for 16 Jan -> 50.00 (by the bank alone, 0.00)
        //   Thu 22 Jan: due 150, received 100 -> 50.00
        //   Sat 24 Jan: due 200, received 150 -> 50.00
        // So the arrears have been owed without a break since the 9 Jan due, the one still unpaid.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-01-02")),
                List.of(pay("2026-01-02", "50"), pay("2026-01-14", "50"), pay("2026-01-23", "50")), List.of(),
                "2026-01-24");
        assertEquals(List.of("2026-01-02 | Paid | 50.00 | 0.00 | 0.00",
                "2026-01-09 | Nothing received | 0.00 | 50.00 | 50.00",
                "2026-01-16 | Paid | 50.00 | 0.00 | 50.00",
                "2026-01-23 | Paid | 50.00 | 0.00 | 50.00"), Build.rows(schedule));
        assertEquals(List.of(d("2026-01-08"), d("2026-01-15"), d("2026-01-22"), d("2026-01-24")),
                schedule.lines().stream().map(ScheduleLine::balanceOn).toList());
        assertEquals(m("0.00"), schedule.balanceOn(d("2026-01-15")), "the bank's total that day");
        assertEquals(Optional.of(d("2026-01-09")), RunningBalance.owedWithoutBreakSince(schedule));
        agreesWithOwedSince(schedule);
    }

    @Test
    @DisplayName("weekly: dues paid a day early keep a missed due owed without a break")
    void duesPaidADayEarlyKeepTheRunUnbroken() {
        // The sample case's spring 2024, by hand: £43.21 weekly on Fridays from 5 Apr 2024, nothing for 5 Apr, then
        // each week paid; the 3 May and 14 Jun dues paid a day early, on the Thursday. By the bank alone the balance
        // was £0.00 at the end of Thu 2 May and Thu 13 Jun; but that money was 3 May's and 14 Jun's (the rows say
        // Paid), so it counts on their days, and 5 Apr's £43.21 has been owed without a break since.
        //   row 5 Apr, end of Thu 11 Apr: due 43.21, received 0 -> 43.21
        //   row 26 Apr, end of Thu 2 May: due 172.84, received 172.84, 43.21 of it early for 3 May -> 43.21
        //   row 3 May, end of Thu 9 May: due 216.05, received 172.84 -> 43.21
        //   row 7 Jun, end of Thu 13 Jun: due 388.89, received 388.89, 43.21 of it early for 14 Jun -> 43.21
        //   row 14 Jun, end of Thu 20 Jun: due 475.31, received 432.10 -> 43.21 (21 Jun, the schedule's date, is due
        //   today: its row's 86.42 leaves it out as owed)
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("43.21", "2024-04-05")),
                List.of(pay("2024-04-12", "43.21"), pay("2024-04-19", "43.21"), pay("2024-04-26", "43.21"),
                        pay("2024-05-02", "43.21"), pay("2024-05-10", "43.21"), pay("2024-05-17", "43.21"),
                        pay("2024-05-24", "43.21"), pay("2024-05-31", "43.21"), pay("2024-06-07", "43.21"),
                        pay("2024-06-13", "43.21")), List.of(), "2024-06-21");
        List<String> balances = schedule.lines().stream()
                .map(line -> line.date() + " " + line.balanceAfter().toPlainString()).toList();
        assertEquals(List.of("2024-04-05 43.21", "2024-04-12 43.21", "2024-04-19 43.21", "2024-04-26 43.21",
                "2024-05-03 43.21", "2024-05-10 43.21", "2024-05-17 43.21", "2024-05-24 43.21", "2024-05-31 43.21",
                "2024-06-07 43.21", "2024-06-14 43.21", "2024-06-21 86.42"), balances);
        assertEquals(Optional.of(d("2024-04-05")), RunningBalance.owedWithoutBreakSince(schedule));
        agreesWithOwedSince(schedule);
    }

    @Test
    @DisplayName("a CMS figure is a line of its own after the row whose balance is of its day, not in the next due's")
    void cmsFigureBesideTheBalanceOfItsDay() {
        // £50 weekly on Fridays from 4 Sep 2026, nothing paid. The CMS says £90.00 on Thu 1 Oct, in 2 Oct's early
        // days. On 1 Oct the record says £200.00 (4 dues), the 25 Sep row's balance (end of 1 Oct); the 2 Oct row's
        // is £250.00.
        ArrearsSchedule schedule = Build.schedule(List.of(weekly("50.00", "2026-09-04")), List.of(),
                List.of(adjust("2026-10-01", AdjustmentKind.CMS_CONFIRMED_FIGURE, "90.00")), "2026-10-03");
        ScheduleLine sep25 = schedule.lines().get(3);
        ScheduleLine oct2 = schedule.lines().get(4);
        assertEquals(d("2026-09-25"), sep25.date());
        // No due's row carries it (it read as about that due): a line of its own, dated its day (ScheduleNote).
        assertTrue(sep25.notes().isEmpty(), sep25.notes().toString());
        assertEquals(1, schedule.notes().size());
        ScheduleNote figure = schedule.notes().get(0);
        assertEquals(d("2026-10-01"), figure.date());
        assertTrue(figure.text().contains("(this record: £200.00)"), figure.text());
        assertEquals(m("200.00"), sep25.balanceAfter());
        assertTrue(oct2.notes().isEmpty());
        // Listed by date: after the 25 Sep row, whose balance is of its day, and before 2 Oct's.
        List<ScheduleNote.Row> rows = ScheduleNote.inDateOrder(schedule.lines(), schedule.notes());
        assertEquals(new ScheduleNote.DueRow(sep25), rows.get(3));
        assertEquals(new ScheduleNote.NoteRow(figure), rows.get(4));
        assertEquals(new ScheduleNote.DueRow(oct2), rows.get(5));
        assertEquals(m("250.00"), oct2.balanceAfter());
    }

    /**
     * Every row's balance is the series' on its day with the next due's early money not yet counted, that day is the day before the next due (or the schedule's
     * date), and the rows agree with "owed without a break since": each row whose day is on or after it shows a
     * balance owed, and the run of rows owed up to the last begins with the due that began the arrears (on its date,
     * or for a weekend due, by the working day it was on time by).
     */
    static void agreesWithOwedSince(ArrearsSchedule schedule) {
        List<ScheduleLine> lines = schedule.lines();
        for (int i = 0; i < lines.size(); i++) {
            ScheduleLine line = lines.get(i);
            LocalDate day = i + 1 < lines.size() ? lines.get(i + 1).date().minusDays(1) : schedule.asOf();
            assertEquals(day.isBefore(line.date()) ? line.date() : day, line.balanceOn(), line.date().toString());
            Money cameEarly = i + 1 < lines.size() ? lines.get(i + 1).cameEarly() : Money.ZERO;
            assertEquals(schedule.balanceOn(line.balanceOn()).plus(cameEarly), line.balanceAfter(),
                    line.date().toString());
        }
        Optional<LocalDate> since = RunningBalance.owedWithoutBreakSince(schedule);
        int first = lines.size();
        while (first > 0 && lines.get(first - 1).owedAfter().isPositive()) {
            first--;
        }
        if (since.isEmpty()) {
            assertFalse(!lines.isEmpty() && lines.get(lines.size() - 1).owedAfter().isPositive()
                    && schedule.owedOnPassedDues().isPositive(), "rows owed to the end, but no 'owed since'");
            return;
        }
        for (ScheduleLine line : lines) {
            if (!line.balanceOn().isBefore(since.get())) {
                assertTrue(line.owedAfter().isPositive(), "owed since " + since.get() + ", but the row of "
                        + line.date() + " shows " + line.owedAfter());
            }
        }
        if (first > 0 && first < lines.size()) {
            ScheduleLine start = lines.get(first);
            assertFalse(since.get().isBefore(start.date()), "the run of rows owed starts at " + start.date()
                    + ", after 'owed since' " + since.get());
            assertFalse(since.get().isAfter(start.onTimeBy()), "the run of rows owed starts at " + start.date()
                    + ", before 'owed since' " + since.get());
        }
    }
}
