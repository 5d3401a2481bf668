package uk.cml.ui.settings;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.AddedBankHoliday;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.OneOffChange;
import uk.cml.domain.calendar.UkCalendar;

/** What Settings lists of the bank holidays the app counts, worked by hand from GOV.UK's list for 2026 and 2027. */
class BankHolidaysModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    @DisplayName("this year's and next year's England and Wales bank holidays, each with its date and name")
    void thisYearAndNext() {
        List<BankHolidaysModel.Row> rows = BankHolidaysModel.rows(SeededFacts.calendar(), List.of(), TODAY);
        // 2026: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec (Boxing Day substitute).
        // 2027: 1 Jan, 26 Mar, 29 Mar, 3 May, 31 May, 30 Aug, 27 Dec, 28 Dec (both substitutes).
        assertEquals(16, rows.size(), rows.toString());
        assertEquals(new BankHolidaysModel.Row(LocalDate.of(2026, 4, 3), "Fri 3 Apr 2026", "Good Friday", 0),
                rows.get(1));
        assertEquals("Mon 28 Dec 2026", rows.get(7).day());
        assertEquals("Boxing Day (substitute day)", rows.get(7).name());
        assertEquals("Fri 26 Mar 2027", rows.get(9).day());
        assertEquals("Tue 28 Dec 2027", rows.get(15).day());
    }

    @Test
    @DisplayName("a day the parent added is listed among them and marked, so it can be removed")
    void addedDayListed() {
        LocalDate extra = LocalDate.of(2027, 6, 9);
        UkCalendar calendar = SeededFacts.calendar(BankHolidays.englandAndWales(
                () -> List.of(new OneOffChange(extra, Optional.empty(), "Royal event"))));
        List<BankHolidaysModel.Row> rows = BankHolidaysModel.rows(calendar,
                List.of(new AddedBankHoliday(7, 1, extra, "Royal event")), TODAY);
        assertEquals(17, rows.size());
        assertTrue(rows.contains(new BankHolidaysModel.Row(extra, "Wed 9 Jun 2027", "Royal event", 7)), rows.toString());
    }

    @Test
    @DisplayName("a day is added with a date and a name, and not when it is already a bank holiday or a weekend")
    void problems() {
        UkCalendar calendar = SeededFacts.calendar();
        assertEquals(Optional.of("Choose the date of the bank holiday."), BankHolidaysModel.problem(null, "X", calendar));
        assertEquals(Optional.of("Give the bank holiday's name."),
                BankHolidaysModel.problem(LocalDate.of(2027, 6, 9), " ", calendar));
        assertEquals(Optional.of("Fri 3 Apr 2026 is already a bank holiday: Good Friday."),
                BankHolidaysModel.problem(LocalDate.of(2026, 4, 3), "Extra", calendar));
        assertEquals(Optional.of("Sat 12 Jun 2027 is at a weekend, which the app never counts as a working day."),
                BankHolidaysModel.problem(LocalDate.of(2027, 6, 12), "Extra", calendar));
        assertEquals(Optional.empty(), BankHolidaysModel.problem(LocalDate.of(2027, 6, 9), "Extra", calendar));
        assertEquals(Optional.of("This is too long: it has 201 characters and the limit is 200. Shorten it."),
                BankHolidaysModel.problem(LocalDate.of(2027, 6, 9), "x".repeat(201), calendar));
    }
}
