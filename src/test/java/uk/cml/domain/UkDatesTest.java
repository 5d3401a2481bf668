package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of date forms for typed fields (UkDateField) and imported files (RowChecker). */
class UkDatesTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "22/11/2026           | 2026-11-22",
        "22/11/26             | 2026-11-22",
        "2/3/2026             | 2026-03-02",
        "02/03/2026           | 2026-03-02",
        "22-11-2026           | 2026-11-22",
        "22.11.2026           | 2026-11-22",
        "22 Nov 2026          | 2026-11-22",
        "22 November 2026     | 2026-11-22",
        "22-Nov-2026          | 2026-11-22",
        "22-nov-26            | 2026-11-22",
        "22 NOV 2026          | 2026-11-22",
        "3 Sept 2026          | 2026-09-03",
        "3 Sep 2026           | 2026-09-03",
        "1st March 2026       | 2026-03-01",
        "2026-11-22           | 2026-11-22",
        "2026-11-22T09:15:00Z | 2026-11-22",
        "22/11/2026 14:05     | 2026-11-22",
        "' 22/11/2026 '       | 2026-11-22",
        "01/01/99             | 1999-01-01",
        "5/3/69               | 2069-03-05",
        "Sun 22 Nov 2026      | 2026-11-22",
        "Sunday, 22 November 2026 | 2026-11-22",
        "22  Nov  2026        | 2026-11-22",
        "22 nov. 2026         | 2026-11-22",
        "29/02/2028           | 2028-02-29",
    })
    void readsUkForms(String text, LocalDate expected) {
        assertEquals(expected, UkDates.read(text).value());
        assertEquals(java.util.Optional.of(expected), UkDates.parse(text), "typed and imported dates read alike");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026 | the date '31/02/2026' is not a real date.",
        "29/02/2026 | the date '29/02/2026' is not a real date.",
        "11/22/2026 | the date '11/22/2026' is not a real date. Dates are read day first, like 22/11/2026.",
        "32/01/2026 | the date '32/01/2026' is not a real date.",
        "2026-13-01 | the date '2026-13-01' is not a real date.",
        "31 Apr 2026 | the date '31 Apr 2026' is not a real date.",
        "Nov 22 2026 | the date 'Nov 22 2026' is not in a form this app can read. Use a date like 22/11/2026.",
        "22 Nov     | the date '22 Nov' is not in a form this app can read. Use a date like 22/11/2026.",
        "22 Foo 2026 | the date '22 Foo 2026' is not in a form this app can read. Use a date like 22/11/2026.",
        "22/11-2026 | the date '22/11-2026' is not in a form this app can read. Use a date like 22/11/2026.",
        "yesterday  | the date 'yesterday' is not in a form this app can read. Use a date like 22/11/2026.",
        "''         | there is no date.",
    })
    void explainsWhatIsWrong(String text, String problem) {
        assertEquals(problem, UkDates.read(text).problem().orElseThrow());
        assertEquals(java.util.Optional.empty(), UkDates.parse(text));
    }

    /** A parent told "type it like 22/11/2026" after typing 31/02/2026 just so needs the day and month checked. */
    @ParameterizedTest(name = "''{0}'' names no real day: {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2026   | true",
        "29-02-27     | true",
        "11/22/2026   | true",
        "2026-13-01   | true",
        "31 Apr 2026  | true",
        "29/02/2028   | false",
        "22 Foo 2026  | false",
        "yesterday    | false",
        "''           | false",
    })
    void tellsADayThatIsNotThereFromAFormItCannotRead(String text, boolean noRealDay) {
        assertEquals(noRealDay, UkDates.namesNoRealDay(text));
    }

    @Test
    void computerDatesInTextReadAsUkDates() {
        assertEquals("Letter: Confirming call with CMS (4 Dec 2026)",
                UkFormats.isoDatesAsShort("Letter: Confirming call with CMS (2026-12-04)"));
        assertEquals("4 Dec 2026 Confirming call with CMS.pdf",
                UkFormats.isoDatesAsShort("2026-12-04 Confirming call with CMS.pdf"));
        assertEquals("2026-13-04 and ref 12026-12-04", UkFormats.isoDatesAsShort("2026-13-04 and ref 12026-12-04"));
        assertEquals("", UkFormats.isoDatesAsShort(null));
    }
}
