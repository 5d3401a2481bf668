package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkDateConverterTest {

    private final UkDateConverter converter = new UkDateConverter();

    @Test
    void showsTheDayWithoutALeadingZeroAndTheShortMonthName() {
        assertEquals("8 Nov 2026", converter.toString(LocalDate.of(2026, 11, 8)));
        assertEquals("30 Sep 2026", converter.toString(LocalDate.of(2026, Month.SEPTEMBER, 30)));
        assertEquals("", converter.toString(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 Nov 2026", "08/11/2026", "8/11/26", "2026-11-08", "8 November 2026", " 8-Nov-2026 "})
    void readsEveryUkFormBack(String typed) {
        assertEquals(LocalDate.of(2026, 11, 8), converter.fromString(typed));
    }

    @Test
    void everyShownDateReadsBackAsTheSameDate() {
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            assertEquals(d, converter.fromString(converter.toString(d)), d.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "31 Feb 2026", "11/22/2026", "yesterday", "", "  "})
    void anImpossibleOrUnreadableDateIsNoDate(String typed) {
        assertNull(converter.fromString(typed));
    }
}
