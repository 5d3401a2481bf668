package uk.cml.domain.calendar;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a due date is worded for the parent, and the rules behind it. */
class DueDateWordsTest {

    final UkCalendar calendar = SeededFacts.calendar();

    @Test
    void replyRulesSaySingularAndPlural() {
        assertEquals("1 working day", new ReplyRule.WorkingDays(1).words());
        assertEquals("15 working days", new ReplyRule.WorkingDays(15).words());
        assertEquals("0 working days", new ReplyRule.WorkingDays(0).words());
        assertThrows(IllegalArgumentException.class, () -> new ReplyRule.WorkingDays(-1));
        assertEquals("one calendar month", new ReplyRule.CalendarMonths(1).words());
        assertEquals("3 calendar months", new ReplyRule.CalendarMonths(3).words());
        assertEquals("1 week", new ReplyRule.Weeks(1).words());
        assertEquals("6 weeks", new ReplyRule.Weeks(6).words());
    }

    @Test
    void aRuleInWeeksEndsOnTheNextWorkingDay() {
        // Delivered Friday 11 December 2026: two weeks is Friday 25 December, Christmas Day; Boxing Day is a
        // Saturday, so its substitute is Monday 28 December, and the reply is due Tuesday 29 December.
        DueDate due = calendar.replyBy(LocalDate.of(2026, 12, 11), new ReplyRule.Weeks(2));
        assertEquals(LocalDate.of(2026, 12, 29), due.date());
        assertEquals(LocalDate.of(2026, 12, 25), due.counted());
        assertTrue(due.moved());
        assertEquals("2 weeks after it is treated as delivered on Fri 11 Dec 2026", due.rule());
    }

    @Test
    void anUnmovedDateExplainsOnlyItsRule() {
        DueDate due = new DueDate(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), DueDate.Move.NONE,
                "15 working days");
        assertFalse(due.moved());
        assertEquals("How it is counted: 15 working days.", due.explanation(calendar.holidays()));
    }

    @Test
    void aParentsLimitOnAWeekendMovesEarlierAndSaysWhy() {
        DueDate due = new DueDate(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), DueDate.Move.EARLIER,
                "one calendar month");
        assertTrue(due.moved());
        assertEquals("How it is counted: one calendar month. The limit is Sun 22 Nov 2026, a Sunday. Post is "
                + "not delivered and offices are shut then, so act by the working day before, Fri 20 Nov 2026.",
                due.explanation(calendar.holidays()));
    }

    @Test
    void phoneHoursCoverTheFirstAndLastDayNamed() {
        PhoneHours hours = PhoneHours.read("Tuesday to Thursday, 9am to 5pm");
        assertFalse(hours.openOn(DayOfWeek.MONDAY));
        assertTrue(hours.openOn(DayOfWeek.TUESDAY));
        assertTrue(hours.openOn(DayOfWeek.THURSDAY));
        assertFalse(hours.openOn(DayOfWeek.FRIDAY));
        PhoneHours daysOnly = PhoneHours.read("Monday to Saturday");
        assertEquals("Monday to Saturday", daysOnly.words());
        assertTrue(daysOnly.opens().isEmpty());
        assertTrue(daysOnly.openOn(DayOfWeek.SATURDAY));
    }
}
