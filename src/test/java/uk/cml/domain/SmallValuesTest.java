package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small values the rest builds on: money, dates read and written, references. */
class SmallValuesTest {

    @Test
    void minAndMaxKeepTheFirstOfTwoEqualAmounts() {
        Money a = Money.ofPence(1000);
        Money b = Money.ofPence(1000);
        assertSame(a, a.min(b));
        assertSame(a, a.max(b));
        assertEquals(Money.ofPence(999), Money.ofPence(999).min(a));
        assertEquals(Money.ofPence(999), a.min(Money.ofPence(999)));
        assertEquals(Money.ofPence(1001), a.max(Money.ofPence(1001)));
    }

    @Test
    void poundsAndMultiplesAreWholePence() {
        assertEquals(Money.ofPence(12_00), Money.ofPounds(12));
        assertEquals(Money.ofPence(3 * 45_50), Money.ofPence(45_50).times(3));
        assertEquals("£0.10", Money.ofPence(10).toString());
        assertEquals("£0.09", Money.ofPence(9).format());
        assertEquals("-£1,000.01", Money.ofPence(-100_001).format());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12/13/2026 | the date '12/13/2026' is not a real date. Dates are read day first, like 22/11/2026.",
            "13/13/2026 | the date '13/13/2026' is not a real date.",
            "12/12/2026 | ''"})
    void theDayFirstHintIsOnlyForADayThatCouldBeAMonth(String typed, String problem) {
        assertEquals(problem, UkDates.read(typed).problem().orElse(""));
    }

    @Test
    void twoDigitYearsPivotAtSeventy() {
        assertEquals(LocalDate.of(2069, 1, 1), UkDates.read("1/1/69").value());
        assertEquals(LocalDate.of(1970, 1, 1), UkDates.read("1/1/70").value());
        assertEquals(LocalDate.of(1970, 1, 1), UkDates.read("1/1/1970").value());
        assertEquals(LocalDate.of(70, 1, 1), UkDates.read("0070-01-01").value());
    }

    @Test
    void aDateColumnIsRecognisedAndAFieldShowsTheShortForm() {
        assertTrue(UkDates.isDate("8 Nov 2026"));
        assertFalse(UkDates.isDate("Amount"));
        assertEquals("8 Nov 2026", UkDates.forField(LocalDate.of(2026, 11, 8)));
        assertEquals("", UkDates.forField(null));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 8)), UkDates.parse(UkDates.forField(LocalDate.of(2026, 11, 8))));
    }

    @Test
    void longDatesAndDateTimesInUkForm() {
        assertEquals("8 September 2026", UkFormats.longDate(LocalDate.of(2026, 9, 8)));
        assertEquals("", UkFormats.longDate(null));
        assertEquals("8 Sep 2026, 09:05", UkFormats.dateTime(LocalDateTime.of(2026, 9, 8, 9, 5)));
        assertEquals("", UkFormats.dateTime(null));
        assertEquals("", UkFormats.shortDate(null));
    }

    @Test
    void referencesPrintInGroups() {
        assertEquals("1234 5678 9012", CmsReference.ofNullable("123456789012").orElseThrow().toString());
        assertEquals(Optional.empty(), CmsReference.ofNullable(null));
        assertEquals(Optional.empty(), CmsReference.ofNullable("  "));
        assertEquals("AB 12 34 56 C", NiNumber.parse("ab123456c").value().toString());
    }

    @Test
    void aNationalInsuranceNumberOfTheRightShapeWithLettersNoNumberStartsWithSaysWhich() {
        assertEquals(Optional.of("No National Insurance number starts with QQ. Check the two letters at the start "
                + "against a letter from HMRC or the DWP, or leave it empty."), NiNumber.parse("QQ 12 34 56 C").problem());
        assertEquals(Optional.of("A National Insurance number looks like AB 12 34 56 C: two letters, six numbers and "
                + "one letter A to D. Leave it empty if you do not have it to hand."), NiNumber.parse("AB 12 34 5").problem());
        assertTrue(NiNumber.parse("JT 12 34 56 B").isOk());
    }

    @Test
    void aProblemCarriesThroughMapAndAValueIsMapped() {
        assertEquals(13, Validated.ok(12).map(n -> n + 1).value());
        Validated<Integer> problem = Validated.<String>problem("Enter a number.").map(String::length);
        assertFalse(problem.isOk());
        assertEquals(Optional.of("Enter a number."), problem.problem());
    }
}
