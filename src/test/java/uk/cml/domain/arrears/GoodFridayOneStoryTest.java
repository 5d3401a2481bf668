package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Reviewer rv7's case, worked by hand: £287.50 every 4 weeks from Fri 9 Jan 2026, so dues on 9 Jan, 6 Feb, 6 Mar,
 * 3 Apr (Good Friday; 6 Apr Easter Monday, so on time by Tue 7 Apr), 1 May. Paid 9 Jan, 6 Feb, 9 Mar (3 days late),
 * 7 Apr (on time), 1 May. One calendar, one story: the chart counts each due on its own date, as the tables and
 * letters list it, and every place gives a due's status, with why a bank-holiday or weekend due is on time, in the
 * same words.
 */
@DisplayName("A Good Friday due paid on Tuesday: one story on every page")
class GoodFridayOneStoryTest {

    private static ArrearsSchedule rv7(String asOf) {
        return Build.schedule(List.of(plan("287.50", PaymentFrequency.FOUR_WEEKLY, "2026-01-09")),
                List.of(pay("2026-01-09", "287.50"), pay("2026-02-06", "287.50"), pay("2026-03-09", "287.50"),
                        pay("2026-04-07", "287.50"), pay("2026-05-01", "287.50")), List.of(), asOf);
    }

    private static ScheduleLine on(ArrearsSchedule schedule, String date) {
        return schedule.lines().stream().filter(l -> l.date().equals(d(date))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the status words: the Good Friday due says why it is on time everywhere, in full or in short")
    void goodFridayStatusWords() {
        ArrearsSchedule schedule = rv7("2026-05-10");
        ScheduleLine friday = on(schedule, "2026-04-03");
        String full = "Paid (due on Good Friday, a bank holiday; on time by the next working day, 7 Apr 2026)";
        assertEquals(full, friday.statusText(), "the tooltip and the CSV export");
        assertEquals(full, DayOffWords.status(friday), "the letters, the pack and the Timeline");
        // The chip says "bank holiday", not its name: a long name ("Early May bank holiday") made the chip wide.
        assertEquals("Paid (on time by Tue 7 Apr: bank holiday)", friday.statusChipText(), "the table's cell");
        assertEquals("Paid on time\n(by Tue 7 Apr: bank holiday)", friday.statusChipTextOnTwoLines());
        ScheduleLine march = on(schedule, "2026-03-06");
        assertEquals("Arrived late (3 days)", march.statusText());
        assertEquals("Arrived late (3 days)", march.statusChipText());
        assertEquals("Paid", on(schedule, "2026-05-01").statusText(), "a weekday due paid on its day: nothing to say");
        assertEquals("Paid", on(schedule, "2026-05-01").statusChipText());
    }

    @Test
    @DisplayName("a bank holiday with a long name keeps the chip narrow; the full words name it")
    void longBankHolidayNameStaysOutOfTheChip() {
        // Mon 4 May 2026, the Early May bank holiday, paid Tue 5 May: on time.
        ScheduleLine may = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-05-04")),
                List.of(pay("2026-05-05", "200.00")), List.of(), "2026-05-10").lines().get(0);
        assertEquals("Paid (due on the Early May bank holiday; on time by the next working day, 5 May 2026)",
                may.statusText(), "the tooltip and the CSV keep the whole reason");
        assertEquals("Paid (on time by Tue 5 May: bank holiday)", may.statusChipText());
        assertEquals("Paid on time\n(by Tue 5 May: bank holiday)", may.statusChipTextOnTwoLines());
    }

    @Test
    @DisplayName("a due on a Saturday or a Sunday paid on the Monday says so the same way")
    void weekendStatusWords() {
        ScheduleLine saturday = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-10-31")),
                List.of(pay("2026-11-02", "200.00")), List.of(), "2026-11-03").lines().get(0);
        assertEquals("Paid (due on a Saturday; on time by the next working day, 2 Nov 2026)", saturday.statusText());
        assertEquals(saturday.statusText(), DayOffWords.status(saturday));
        assertEquals("Paid (on time by Mon 2 Nov: Saturday)", saturday.statusChipText());
        assertEquals("Paid on time\n(by Mon 2 Nov: Saturday)", saturday.statusChipTextOnTwoLines());
        ScheduleLine sunday = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-11-01")),
                List.of(pay("2026-11-02", "200.00")), List.of(), "2026-11-03").lines().get(0);
        assertEquals("Paid (due on a Sunday; on time by the next working day, 2 Nov 2026)", sunday.statusText());
        assertEquals("Paid (on time by Mon 2 Nov: Sunday)", sunday.statusChipText());
        // Paid before its day: nothing arrived after its date, so nothing to explain.
        ScheduleLine early = Build.schedule(List.of(plan("200.00", PaymentFrequency.MONTHLY, "2026-10-31")),
                List.of(pay("2026-10-30", "200.00")), List.of(), "2026-11-03").lines().get(0);
        assertEquals("Paid", early.statusText());
        assertEquals("Paid", early.statusChipText());
    }

    @Test
    @DisplayName("the chart counts the Good Friday due on 3 Apr, as the 6 Mar due on 6 Mar, until the money came")
    void chartCountsEachDueOnItsOwnDate() {
        ArrearsSchedule schedule = rv7("2026-05-10");
        Map<LocalDate, Money> series = RunningBalance.owedByDueDateCountingEarlyMoney(schedule);
        assertEquals(m("287.50"), series.get(d("2026-03-06")), series.toString());
        assertEquals(m("0.00"), series.get(d("2026-03-09")), series.toString());
        assertEquals(m("287.50"), series.get(d("2026-04-03")), "Good Friday's due counts on its date: " + series);
        assertEquals(m("0.00"), series.get(d("2026-04-07")), series.toString());
        for (LocalDate day = d("2026-04-04"); day.isBefore(d("2026-04-07")); day = day.plusDays(1)) {
            assertTrue(!series.containsKey(day), "nothing changed on " + day + ": " + series);
        }
        assertEquals(schedule.owedOnPassedDues(), List.copyOf(series.values()).get(series.size() - 1));
        // The days it was counted but not late, with what had not arrived, for the words beside the figure.
        List<ArrearsSchedule.NotLate> waiting = schedule.notLateAtEndOf(d("2026-04-05"));
        assertEquals(1, waiting.size());
        assertEquals(d("2026-04-03"), waiting.get(0).line().date());
        assertEquals(m("287.50"), waiting.get(0).toCome());
        assertEquals(List.of(), schedule.notLateAtEndOf(d("2026-04-07")), "on time by the end of Tue 7 Apr");
        assertEquals(List.of(), schedule.notLateAtEndOf(d("2026-03-07")), "6 Mar's due was late on 7 Mar");
    }

    @Test
    @DisplayName("seen on Easter Saturday, while the due is still awaited, the chart ends on what is owed, as the figures")
    void stillAwaitedDueIsLeftOutAsTheFiguresDo() {
        ArrearsSchedule schedule = Build.schedule(List.of(plan("287.50", PaymentFrequency.FOUR_WEEKLY, "2026-01-09")),
                List.of(pay("2026-01-09", "287.50"), pay("2026-02-06", "287.50"), pay("2026-03-09", "287.50")),
                List.of(), "2026-04-04");
        assertEquals(LineStatus.DUE_TODAY, on(schedule, "2026-04-03").status());
        Map<LocalDate, Money> series = RunningBalance.owedByDueDateCountingEarlyMoney(schedule);
        assertEquals(m("0.00"), series.getOrDefault(d("2026-04-03"), m("0.00")), series.toString());
        assertEquals(m("0.00"), List.copyOf(series.values()).get(series.size() - 1), series.toString());
        assertEquals(schedule.owedOnPassedDues(), List.copyOf(series.values()).get(series.size() - 1));
    }
}
