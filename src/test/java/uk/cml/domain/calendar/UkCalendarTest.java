package uk.cml.domain.calendar;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.correspondence.PostingMethod;

class UkCalendarTest {

    private final UkCalendar calendar = SeededFacts.calendar();

    /**
     * Reviewer rv6: the day a letter not yet posted counts its dates from. A certificate of posting comes from a Post
     * Office counter, open on Saturdays but mostly closed on Sundays and bank holidays. Bank holidays checked against
     * the calendar: Mon 28 Dec 2026 (Boxing Day substitute), Good Friday 26 Mar 2027 and Easter Monday 29 Mar 2027
     * (2 Apr 2027 is an ordinary Friday).
     */
    @Nested
    @DisplayName("The day a letter can be posted")
    class PostingDay {

        @ParameterizedTest(name = "a letter dated {0} sent by {1} is posted {2}, delivered {3}")
        @CsvSource({
            "2026-12-04, FIRST_CLASS,      2026-12-04, 2026-12-08", // Friday: itself
            "2026-12-05, FIRST_CLASS,      2026-12-05, 2026-12-08", // Saturday: counters open; Tuesday, as Friday
            "2026-12-06, FIRST_CLASS,      2026-12-07, 2026-12-09", // Sunday: the Monday
            "2026-12-06, SECOND_CLASS,     2026-12-07, 2026-12-11",
            "2026-12-06, SPECIAL_DELIVERY, 2026-12-07, 2026-12-08",
            "2026-12-06, EMAIL,            2026-12-06, 2026-12-06", // no counter: the date itself
            "2026-12-06, BY_HAND,          2026-12-06, 2026-12-06",
            "2026-12-06, ONLINE_ACCOUNT,   2026-12-06, 2026-12-06",
            // Christmas Day (Fri); Boxing Day Sat 26th is no bank holiday (its substitute is Mon 28th), but Post
            // Offices close on it all the same: the Tuesday, delivered Thursday 31st.
            "2026-12-25, FIRST_CLASS,      2026-12-29, 2026-12-31",
            "2026-12-26, FIRST_CLASS,      2026-12-29, 2026-12-31", // Boxing Day on a Saturday
            "2026-12-26, EMAIL,            2026-12-26, 2026-12-26",
            "2022-01-01, FIRST_CLASS,      2022-01-04, 2022-01-06", // New Year's Day (Sat), Sunday, Mon 3rd substitute
            "2021-12-25, FIRST_CLASS,      2021-12-29, 2021-12-31", // Christmas Day (Sat), Sunday, Mon 27, Tue 28 subs
            "2026-12-27, FIRST_CLASS,      2026-12-29, 2026-12-31", // Sunday, then the Boxing Day substitute
            "2026-12-28, FIRST_CLASS,      2026-12-29, 2026-12-31", // bank holiday Monday: the Tuesday
            "2027-03-26, FIRST_CLASS,      2027-03-27, 2027-03-31", // Good Friday: Saturday; Easter Monday skipped
            "2027-03-28, FIRST_CLASS,      2027-03-30, 2027-04-01", // Easter Sunday, then Easter Monday
            "2027-04-02, FIRST_CLASS,      2027-04-02, 2027-04-06", // an ordinary Friday in 2027
        })
        void postingDay(LocalDate letterDate, PostingMethod method, LocalDate posted, LocalDate delivered) {
            assertEquals(posted, calendar.postingDay(letterDate, method));
            assertEquals(delivered, calendar.deemedDelivery(calendar.postingDay(letterDate, method), method));
        }

        @Test
        void postOfficesOpenOnSaturdaysNotOnSundaysOrBankHolidays() {
            assertTrue(calendar.postOfficesOpen(LocalDate.of(2026, 12, 5)));
            assertTrue(!calendar.postOfficesOpen(LocalDate.of(2026, 12, 6)));
            assertTrue(!calendar.postOfficesOpen(LocalDate.of(2026, 12, 28)));
            assertTrue(calendar.postOfficesOpen(LocalDate.of(2026, 12, 29)));
        }

        /**
         * Post Offices close on Christmas Day, Boxing Day and New Year's Day whatever weekday they fall on, bank
         * holiday or not: Sat 26 Dec 2026 (its bank holiday is Mon 28th), Sat 1 Jan 2022, Sat 25 Dec 2021. The days
         * around them open as before; counting working days is not changed (a Saturday was never a working day).
         */
        @Test
        void postOfficesCloseOnChristmasBoxingAndNewYearsDayWhateverTheWeekday() {
            for (LocalDate closed : java.util.List.of(LocalDate.of(2026, 12, 26), LocalDate.of(2022, 1, 1),
                    LocalDate.of(2021, 12, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))) {
                assertTrue(!calendar.postOfficesOpen(closed), closed.toString());
            }
            assertTrue(calendar.postOfficesOpen(LocalDate.of(2026, 12, 24)));
            assertTrue(calendar.postOfficesOpen(LocalDate.of(2026, 12, 31)));
            assertTrue(calendar.postOfficesOpen(LocalDate.of(2027, 1, 2)), "Saturday 2 Jan 2027");
            assertEquals(Optional.of("Boxing Day"), UkCalendar.postOfficesClosedFor(LocalDate.of(2026, 12, 26)));
            assertEquals(Optional.of("New Year's Day"), UkCalendar.postOfficesClosedFor(LocalDate.of(2022, 1, 1)));
            assertEquals(Optional.empty(), UkCalendar.postOfficesClosedFor(LocalDate.of(2026, 12, 27)));
            assertTrue(!calendar.isWorkingDay(LocalDate.of(2026, 12, 26)));
            assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)));
            assertEquals(LocalDate.of(2026, 12, 30), calendar.workingDaysAfter(LocalDate.of(2026, 12, 24), 2),
                    "working days as before: 25 and 28 Dec are bank holidays, 26-27 the weekend");
        }
    }

    @Nested
    @DisplayName("Deemed delivery")
    class Delivery {

        @ParameterizedTest(name = "{1} posted {0} is delivered {2}")
        @CsvSource({
            "2026-11-19, FIRST_CLASS,      2026-11-23", // Thursday: Friday, then Monday
            "2026-11-21, FIRST_CLASS,      2026-11-24", // posted on a Saturday
            "2026-11-20, SECOND_CLASS,     2026-11-26",
            "2026-11-21, BY_HAND,          2026-11-21",
            "2026-12-23, FIRST_CLASS,      2026-12-29", // Christmas Day and the Boxing Day substitute skipped
            "2026-12-23, SECOND_CLASS,     2026-12-31",
            "2026-12-29, SECOND_CLASS,     2027-01-05", // New Year's Day skipped
            "2026-04-02, FIRST_CLASS,      2026-04-08", // Thursday before Easter: Good Friday and Easter Monday
            "2026-04-02, SECOND_CLASS,     2026-04-10",
            "2027-03-25, SECOND_CLASS,     2027-04-02",
            "2022-12-23, FIRST_CLASS,      2022-12-29", // Boxing Day, then the Christmas substitute on Tue 27
            "2021-12-31, FIRST_CLASS,      2022-01-05", // New Year's substitute on Mon 3 Jan 2022
            "2020-05-07, FIRST_CLASS,      2020-05-12", // the early May holiday moved to Fri 8 May (VE Day)
            "2022-06-01, FIRST_CLASS,      2022-06-07", // Platinum Jubilee: Thu 2 and Fri 3 June
            "2026-11-20, SPECIAL_DELIVERY, 2026-11-23", // no tracking recorded yet: next working day
            "2026-11-20, SIGNED_FOR,       2026-11-24",
        })
        void deemed(LocalDate posted, PostingMethod method, LocalDate expected) {
            assertEquals(expected, calendar.deemedDelivery(posted, method));
        }

        @Test
        @DisplayName("Signed For and Special Delivery count from the tracked delivery date once recorded")
        void tracked() {
            LocalDate posted = LocalDate.of(2026, 12, 23);
            Optional<LocalDate> tracked = Optional.of(LocalDate.of(2026, 12, 24));
            assertEquals(tracked.get(), calendar.deemedDelivery(posted, PostingMethod.SIGNED_FOR, tracked));
            assertEquals(tracked.get(), calendar.deemedDelivery(posted, PostingMethod.SPECIAL_DELIVERY, tracked));
            assertEquals(LocalDate.of(2026, 12, 29), calendar.deemedDelivery(posted, PostingMethod.FIRST_CLASS,
                    tracked), "an untracked service ignores a delivery date");
        }
    }

    @Nested
    @DisplayName("Working days")
    class WorkingDays {

        /** Friday 22 May 2026 is before the spring bank holiday on Monday 25 May. */
        @ParameterizedTest(name = "{0} working days after Fri 22 May 2026 is {1}")
        @CsvSource({"0, 2026-05-22", "1, 2026-05-26", "2, 2026-05-27", "4, 2026-05-29", "5, 2026-06-01",
            "15, 2026-06-15"})
        void fromAFridayBeforeABankHolidayMonday(int count, LocalDate expected) {
            assertEquals(expected, calendar.workingDaysAfter(LocalDate.of(2026, 5, 22), count));
        }

        @ParameterizedTest(name = "{0} to {1}: {2} working days")
        @CsvSource({
            "2026-05-22, 2026-05-25, 0", // the weekend and the bank holiday
            "2026-05-22, 2026-05-29, 4",
            "2026-05-22, 2026-06-15, 15",
            "2026-12-24, 2027-01-04, 4", // 29, 30, 31 Dec, then 4 Jan; 25, 28 Dec and 1 Jan are holidays
            "2026-05-29, 2026-05-22, 0",
        })
        void between(LocalDate from, LocalDate to, int expected) {
            assertEquals(expected, calendar.workingDaysBetween(from, to));
        }

        @Test
        void complaintTargetsFromAFirstClassPosting() {
            LocalDate delivered = calendar.deemedDelivery(LocalDate.of(2026, 5, 22), PostingMethod.FIRST_CLASS);
            assertEquals(LocalDate.of(2026, 5, 29), calendar.replyBy(delivered, new ReplyRule.WorkingDays(2)).date());
            assertEquals(LocalDate.of(2026, 6, 17), calendar.replyBy(delivered, new ReplyRule.WorkingDays(15)).date());
        }
    }

    @Nested
    @DisplayName("Calendar-month limits")
    class Months {

        @ParameterizedTest(name = "one month from {0}: the CMS has until {1}")
        @CsvSource({
            "2026-01-29, 2026-02-28, 2026-03-02, LATER", // no 29 Feb in 2026; the 28th is a Saturday
            "2026-01-30, 2026-02-28, 2026-03-02, LATER",
            "2026-01-31, 2026-02-28, 2026-03-02, LATER",
            "2028-01-29, 2028-02-29, 2028-02-29, NONE",  // a leap year has the corresponding day
            "2028-01-31, 2028-02-29, 2028-02-29, NONE",  // last day of February
            "2027-01-31, 2027-02-28, 2027-03-01, LATER", // Sunday
            "2026-12-01, 2027-01-01, 2027-01-04, LATER", // New Year's Day, then the weekend
            "2026-11-25, 2026-12-25, 2026-12-29, LATER", // Christmas Day, weekend, Boxing Day substitute
            "2026-12-31, 2027-01-31, 2027-02-01, LATER",
            "2026-12-10, 2027-01-10, 2027-01-11, LATER",
            "2026-12-14, 2027-01-14, 2027-01-14, NONE",
        })
        void cmsDeadline(LocalDate from, LocalDate counted, LocalDate due, DueDate.Move move) {
            DueDate date = calendar.cmsDeadline(from, Period.ofMonths(1), "one calendar month");
            assertEquals(counted, date.counted());
            assertEquals(due, date.date());
            assertEquals(move, date.move());
        }

        @ParameterizedTest(name = "one month from {0}: the parent acts by {1}")
        @CsvSource({
            "2026-01-29, 2026-02-27", // limit Sat 28 Feb: act by Friday
            "2026-01-31, 2026-02-27",
            "2028-01-30, 2028-02-29",
            "2026-12-01, 2026-12-31", // limit New Year's Day
            "2026-11-25, 2026-12-24", // limit Christmas Day
        })
        void parentDeadline(LocalDate from, LocalDate actBy) {
            assertEquals(actBy, calendar.parentDeadline(from, Period.ofMonths(1), "one calendar month").date());
        }

        @Test
        @DisplayName("30 days to answer a write-off notice ending on Christmas Day: act by Christmas Eve")
        void writeOff() {
            DueDate due = calendar.parentDeadline(LocalDate.of(2026, 11, 25), Period.ofDays(30), "30 days");
            assertEquals(LocalDate.of(2026, 12, 24), due.date());
            assertEquals(DueDate.Move.EARLIER, due.move());
            assertTrue(due.explanation(calendar.holidays()).contains("a bank holiday (Christmas Day)"),
                    due.explanation(calendar.holidays()));
        }

        @Test
        @DisplayName("a subject access reply counts a calendar month from deemed delivery")
        void subjectAccess() {
            DueDate due = calendar.replyBy(LocalDate.of(2026, 1, 29), PostingMethod.FIRST_CLASS, Optional.empty(),
                    new ReplyRule.CalendarMonths(1));
            assertEquals(LocalDate.of(2026, 3, 2), due.date()); // delivered Mon 2 Feb; 2 Mar is a Monday
            assertEquals(DueDate.Move.NONE, due.move());
            String why = calendar.cmsDeadline(LocalDate.of(2026, 1, 31), Period.ofMonths(1), "one calendar month")
                    .explanation(calendar.holidays());
            assertTrue(why.contains("Sat 28 Feb 2026, a Saturday") && why.contains("next working day, Mon 2 Mar 2026"),
                    why);
        }
    }

    /**
     * A limit the parent must meet that ends on a bank holiday (a decision of Tue 1 Dec 2026: its month ends on Fri 1
     * Jan 2027, New Year's Day). The fact sheet (cms-facts.md, "Calendar rules") moves only the regulator's subject
     * access deadline on to the next working day; it says nothing of the kind for a mandatory reconsideration, a
     * write-off reply or ICE, so the limit stays where the count ends and is never said later than that. A letter met
     * on receipt must be treated as delivered by then: posted 1st class on Tue 29 Dec it counts as delivered on Thu 31
     * Dec (30 Dec the 1st working day, 31 Dec the 2nd); posted on Wed 30 Dec, on Mon 4 Jan 2027, late.
     */
    @Nested
    @DisplayName("A parent's limit on a bank holiday")
    class LimitOnABankHoliday {

        private final DueDate limit = calendar.parentDeadline(LocalDate.of(2026, 12, 1), Period.ofMonths(1),
                "one calendar month");

        @Test
        void theLimitDoesNotMoveLater() {
            assertEquals(LocalDate.of(2027, 1, 1), limit.counted());
            assertTrue(!limit.date().isAfter(limit.counted()), "never later than the limit: " + limit);
            assertEquals(LocalDate.of(2026, 12, 31), limit.date(), "the working day before");
        }

        @Test
        void theLastDayToPostIsCountedFromTheLimitItself() {
            assertEquals(LocalDate.of(2026, 12, 29), calendar.lastDayToPost(limit));
            assertEquals(LocalDate.of(2026, 12, 31), calendar.deemedDelivery(LocalDate.of(2026, 12, 29),
                    PostingMethod.FIRST_CLASS));
            assertEquals(LocalDate.of(2027, 1, 4), calendar.deemedDelivery(LocalDate.of(2026, 12, 30),
                    PostingMethod.FIRST_CLASS), "a day later is too late");
        }

        @Test
        void aLimitOnAWorkingDayGivesTheSameDayAsTheCalendarsOwnCount() {
            DueDate working = calendar.parentDeadline(LocalDate.of(2026, 11, 30), Period.ofMonths(1), "a month");
            assertEquals(LocalDate.of(2026, 12, 30), working.counted());
            assertEquals(calendar.latestPosting(working.counted(), PostingMethod.FIRST_CLASS),
                    calendar.lastDayToPost(working));
            assertEquals(LocalDate.of(2026, 12, 24), calendar.lastDayToPost(working));
        }
    }
}
