package uk.cml.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    private final BankHolidays shipped = BankHolidays.englandAndWales();
    private final BankHolidays rulesOnly = new BankHolidays(List.of(), Optional.empty());

    /** GOV.UK's published lists for 2019-2027; 2028-2030 worked out by hand from the rules (not yet published). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2019, 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
        "2020, 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
        "2021, 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
        "2022, 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
        "2023, 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
        "2024, 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
        "2025, 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        "2026, 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        "2027, 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
        "2028, 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        "2029, 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
        "2030, 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
    })
    void everyYearMatchesThePublishedList(int year, String days) {
        List<LocalDate> expected = Arrays.stream(days.split(" ")).map(d -> LocalDate.parse(year + "-" + d)).toList();
        assertEquals(expected, shipped.inYear(year).stream().map(BankHoliday::date).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2019", "2021", "2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031", "2045", "2100"})
    @DisplayName("a year with no entry in the one-off table gives the rule answer")
    void yearsWithoutChangesFollowTheRules(int year) {
        assertEquals(rulesOnly.inYear(year), shipped.inYear(year));
        assertEquals(8, shipped.inYear(year).size());
    }

    @Test
    @DisplayName("without the table, 2022 has the usual spring holiday and no jubilee or funeral")
    void rulesAloneIn2022() {
        List<LocalDate> dates = rulesOnly.inYear(2022).stream().map(BankHoliday::date).toList();
        assertTrue(dates.contains(LocalDate.of(2022, 5, 30)));
        assertFalse(dates.contains(LocalDate.of(2022, 6, 3)));
        assertFalse(dates.contains(LocalDate.of(2022, 9, 19)));
    }

    @Test
    @DisplayName("substitute days are named for the day they stand in for")
    void substituteNames() {
        assertEquals("Christmas Day (substitute day)", shipped.on(LocalDate.of(2022, 12, 27)).orElseThrow().name());
        assertEquals("Boxing Day", shipped.on(LocalDate.of(2022, 12, 26)).orElseThrow().name());
        assertEquals("New Year's Day (substitute day)", shipped.on(LocalDate.of(2028, 1, 3)).orElseThrow().name());
        assertTrue(shipped.on(LocalDate.of(2023, 5, 8)).orElseThrow().oneOff());
    }

    @Test
    @DisplayName("the one-off table the parent sees says when it was checked and what each change did")
    void tableIsVisible() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), shipped.tableChecked());
        OneOffChange ve = shipped.oneOffChanges().stream().filter(c -> c.date().equals(LocalDate.of(2020, 5, 8)))
                .findFirst().orElseThrow();
        assertEquals("Moved from Mon 4 May 2020", ve.what());
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.parse("2030-13-01 - Nonsense"));
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.parse("2030-05-01 -"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2019, 2019-04-21", "2024, 2024-03-31", "2038, 2038-04-25", "2285, 2285-03-22", "2000, 2000-04-23",
            "1583, 1583-04-10", "1700, 1700-04-11", "1818, 1818-03-22", "1900, 1900-04-15", "2008, 2008-03-23",
            "2011, 2011-04-24", "2100, 2100-03-28", "3000, 3000-04-13", "4099, 4099-04-19"})
    void easterSunday(int year, LocalDate sunday) {
        assertEquals(sunday, Easter.sunday(year));
    }
}
