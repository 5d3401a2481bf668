package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aNameIsRequiredAndAtMostOneHundredCharacters() {
        assertEquals(Optional.of("Enter the other parent's full name."), CaseRules.name("  ", "the other parent's"));
        assertEquals(Optional.of("Enter your full name."), CaseRules.name(null, "your"));
        assertEquals(Optional.empty(), CaseRules.name(" " + "a".repeat(100) + " ", "your"));
        assertEquals(Optional.of("That name is longer than 100 characters. Shorten it."),
                CaseRules.name("a".repeat(101), "your"));
    }

    @Test
    void aChildNeedsAFirstNameOfAtMostOneHundredCharacters() {
        assertEquals(Optional.of("Enter the child's first name."), CaseRules.firstName(null));
        assertEquals(Optional.of("Enter the child's first name."), CaseRules.firstName(" \t"));
        assertEquals(Optional.empty(), CaseRules.firstName("a".repeat(100)));
        assertEquals(Optional.of("That name is too long. Use the first name only."),
                CaseRules.firstName("a".repeat(101)));
    }

    @Test
    void addressLinesAreRequiredOnlyForTheParent() {
        assertEquals(Optional.of("Enter your house number and street, and your town."),
                CaseRules.addressLines(" ", true));
        assertEquals(Optional.empty(), CaseRules.addressLines(null, false));
        assertEquals(Optional.empty(), CaseRules.addressLines("14 Orchard Close\nLeeds", true));
    }

    @Test
    void anAddressFitsAWindowSixLinesOfEightyCharacters() {
        String six = "1\n2\n3\n4\n5\n6";
        assertEquals(Optional.empty(), CaseRules.addressLines(six, true));
        assertEquals(Optional.of("Use at most 6 lines, so the address fits an envelope window."),
                CaseRules.addressLines(six + "\n7", true));
        assertEquals(Optional.empty(), CaseRules.addressLines("a".repeat(80) + "  \nLeeds", true));
        assertEquals(Optional.of("One line is longer than 80 characters. Split it over two lines."),
                CaseRules.addressLines("Leeds\n" + "a".repeat(81), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "sw1a1aa", "M1 1AE", " LS6 2AB ", "B33 8TH", "CR2 6XH", "DN55 1PT"})
    void ukPostcodesAreAccepted(String typed) {
        assertEquals(Optional.empty(), CaseRules.postcode(typed, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "SW1A", "1AA SW1", "SW1A 1AAA", "ABC1 1AA"})
    void otherPostcodesAreRefused(String typed) {
        assertEquals(Optional.of("That does not look like a UK postcode. It should look like SW1A 1AA or M1 1AE."),
                CaseRules.postcode(typed, false));
    }

    @Test
    void anEmptyPostcodeIsAProblemOnlyWhenRequired() {
        assertEquals(Optional.of("Enter your postcode, for example SW1A 1AA."), CaseRules.postcode(" ", true));
        assertEquals(Optional.empty(), CaseRules.postcode(null, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07700 900123 | true", "+44 (7700) 900-123 | true", "'' | true", "0113 496 000 | true",
            "0113 496 00 | false", "07700 900123 4567 | false", "07700 9OO123 | false"})
    void phoneNumbersHaveTenToThirteenDigits(String typed, boolean fine) {
        assertEquals(fine, CaseRules.phone(typed).isEmpty(), typed);
    }

    @Test
    void aMissingPhoneIsFine() {
        assertEquals(Optional.empty(), CaseRules.phone(null));
        assertTrue(CaseRules.phone("123").orElseThrow().contains("07700 900123"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sam@example.org | true", "'' | true", " sam@example.org  | true",
            "sam@example | false", "sam example@x.org | false", "sam@@example.org | false", "@example.org | false"})
    void emailsNeedOneAtAndADot(String typed, boolean fine) {
        assertEquals(fine, CaseRules.email(typed).isEmpty(), typed);
    }

    @Test
    void anEmailOfMoreThanTwoHundredCharactersIsRefused() {
        String local = "a".repeat(188);
        assertEquals(Optional.empty(), CaseRules.email(local + "@example.org"));
        assertEquals(Optional.of("That does not look like an email address. Check it, or leave it empty."),
                CaseRules.email(local + "a@example.org"));
        assertEquals(Optional.empty(), CaseRules.email(null));
    }

    @Test
    void aDateOfBirthIsNeitherFutureNorMoreThanTwentyFiveYearsAgo() {
        assertEquals(Optional.of("Enter the date of birth, for example 14/03/2015."),
                CaseRules.dateOfBirth(null, TODAY));
        assertEquals(Optional.empty(), CaseRules.dateOfBirth(TODAY, TODAY));
        assertEquals(Optional.of("The date of birth is in the future. Check the year."),
                CaseRules.dateOfBirth(TODAY.plusDays(1), TODAY));
        assertEquals(Optional.empty(), CaseRules.dateOfBirth(LocalDate.of(2001, 11, 22), TODAY));
        assertEquals(Optional.of("Child maintenance is for children under 20. Check the year."),
                CaseRules.dateOfBirth(LocalDate.of(2001, 11, 21), TODAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sw1a1aa | SW1A 1AA", " m1  1ae | M1 1AE", "LS62AB | LS6 2AB", "1AA | 1AA", "'' | ''"})
    void postcodesAreWrittenWithOneSpaceBeforeTheLastThree(String typed, String expected) {
        assertEquals(expected, CaseRules.normalisePostcode(typed));
    }

    @Test
    void aMissingPostcodeNormalisesToEmpty() {
        assertEquals("", CaseRules.normalisePostcode(null));
    }
}
