package uk.cml.domain.calendar;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallTimeCheckTest {

    private final UkCalendar calendar = SeededFacts.calendar();
    private final PhoneHours seed = PhoneHours.read("Monday to Friday, 8am to 6pm. Free from mobiles and landlines.");

    @Test
    @DisplayName("hours are read from the address book's words")
    void readsHours() {
        assertEquals(DayOfWeek.MONDAY, seed.firstDay());
        assertEquals(DayOfWeek.FRIDAY, seed.lastDay());
        assertEquals(Optional.of(LocalTime.of(8, 0)), seed.opens());
        assertEquals(Optional.of(LocalTime.of(18, 0)), seed.closes());
        PhoneHours other = PhoneHours.read("Monday to Friday, 8.30am to 3.30pm");
        assertEquals(Optional.of(LocalTime.of(8, 30)), other.opens());
        assertEquals(Optional.of(LocalTime.of(15, 30)), other.closes());
        assertEquals(PhoneHours.WEEKDAYS, PhoneHours.read("Ask them"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-22T10:00 | Was this call on Sunday?",
        "2026-11-21T10:00 | Was this call on Saturday?",
        "2026-12-25T10:00 | Was this call on Christmas Day? It is a bank holiday.",
        "2026-12-28T10:00 | Was this call on Boxing Day (substitute day)? It is a bank holiday.",
        "2026-11-23T19:15 | Was this call at 19:15?",
        "2026-11-23T07:59 | Was this call at 07:59?",
        "2026-11-23T08:00 | ",
        "2026-11-23T18:00 | ",
    })
    void asks(LocalDateTime when, String start) {
        Optional<String> question = CallTimeCheck.question(when, seed, calendar);
        if (start == null) {
            assertEquals(Optional.empty(), question);
        } else {
            String text = question.orElseThrow();
            assertEquals(start, text.substring(0, start.length()), text);
            assertEquals(true, text.contains("Monday to Friday, 8am to 6pm"), text);
        }
    }
}
