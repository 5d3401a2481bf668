package uk.cml.domain.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    @ParameterizedTest
    @ValueSource(strings = {"0800 171 2345", "+44 800 171 2345", "+44 (0) 7700 900 123", "+44 (0)113 496 0000",
            "01134960000", "0113-496-0000"})
    void ukNumbersWrittenTheUsualWaysAreFine(String typed) {
        assertEquals(Optional.empty(), CaseRules.phone(typed), typed);
    }

    /** Found in review: spaces were taken out before the check, so any padding passed, and was kept. */
    @Test
    void aNumberIsJudgedAsItWouldBeKeptWithItsPaddingGone() {
        String padded = " ".repeat(5_000) + "0800" + " ".repeat(5_000) + "171 2345\t\n";
        assertEquals(Optional.empty(), CaseRules.phone(padded));
        assertEquals("0800 171 2345", CaseRules.normalisePhone(padded));
        assertEquals("+44 800 171 2345", CaseRules.normalisePhone("  +44  800\t171   2345 "));
        assertEquals("", CaseRules.normalisePhone(null));
    }

    @Test
    void aNumberTooLongToBeOneIsRefusedWithTheRulesMessage() {
        String message = "Enter a phone number such as 07700 900123 or +44 7700 900123, or leave it empty.";
        assertEquals(Optional.of(message), CaseRules.phone("0800 171 2345".repeat(1_000)));
        assertEquals(Optional.of(message), CaseRules.phone("((((((0800 171 2345))))))"), "25 characters");
        assertEquals(Optional.of(message), CaseRules.phone("0 8 0 0 - 1 7 1 - 2 3 4 5"), "25 characters");
        assertEquals(Optional.of(message), CaseRules.phone("0800 171 2345+"), "a plus only at the start");
        assertEquals(Optional.of(message), CaseRules.phone("-".repeat(200)));
    }

    @Test
    void aStoreKeepsOnlyWhatTheFormsWouldAcceptButAMissingAnswerIsTheFormsBusiness() {
        MyDetails me = new MyDetails("", PostalAddress.of("", ""), "", "", Optional.empty());
        assertEquals(Optional.empty(), CaseRules.notToKeep(me));
        assertEquals(Optional.of("That name is longer than 100 characters. Shorten it."),
                CaseRules.notToKeep(new MyDetails("a".repeat(101), me.address(), "", "", Optional.empty())));
        assertEquals(Optional.of("One line is longer than 80 characters. Split it over two lines."),
                CaseRules.notToKeep(new MyDetails("Sam", PostalAddress.of("a".repeat(81), "LS6 2AB"), "", "",
                        Optional.empty())));
        assertEquals(Optional.of("That does not look like a UK postcode. It should look like SW1A 1AA or M1 1AE."),
                CaseRules.notToKeep(new MyDetails("Sam", PostalAddress.of("1 Lane", "LS6 2AB".repeat(30)), "", "",
                        Optional.empty())));
        assertTrue(CaseRules.notToKeep(new MyDetails("Sam", me.address(), "0".repeat(30), "", Optional.empty()))
                .orElseThrow().startsWith("Enter a phone number"));
        assertTrue(CaseRules.notToKeep(new MyDetails("Sam", me.address(), "", "a".repeat(300) + "@example.org",
                Optional.empty())).orElseThrow().startsWith("That email address is longer than 200 characters"));
        assertTrue(CaseRules.notToKeep(new MyDetails("Sam", me.address(), "", "sam@example", Optional.empty()))
                .orElseThrow().startsWith("That does not look like an email"));
        assertEquals(Optional.empty(), CaseRules.notToKeep(new MyDetails("Sam", PostalAddress.of("1 Lane\nLeeds",
                "ls6 2ab"), " 0800  171 2345 ", "sam@example.org", Optional.empty())));
    }

    @Test
    void aStoreRefusesACaseWithANameTheFormsWouldRefuse() {
        CaseFile fine = new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.NOT_KNOWN,
                Arrangement.DIRECT_PAY, Optional.empty(), List.of(new Child(0, "Mia", TODAY)), BigDecimal.ZERO);
        assertEquals(Optional.empty(), CaseRules.notToKeep(fine));
        assertEquals(Optional.of("That name is longer than 100 characters. Shorten it."), CaseRules.notToKeep(
                new CaseFile(0, "j".repeat(101), Optional.empty(), WorkSituation.NOT_KNOWN, Arrangement.DIRECT_PAY,
                        Optional.empty(), fine.children(), BigDecimal.ZERO)));
        assertEquals(Optional.of("Use at most 6 lines, so the address fits an envelope window."), CaseRules.notToKeep(
                new CaseFile(0, "Jordan Reed", Optional.of(PostalAddress.of("1\n2\n3\n4\n5\n6\n7", "")),
                        WorkSituation.NOT_KNOWN, Arrangement.DIRECT_PAY, Optional.empty(), fine.children(),
                        BigDecimal.ZERO)));
        assertEquals(Optional.of("That name is too long. Use the first name only."), CaseRules.notToKeep(
                new CaseFile(0, "Jordan Reed", Optional.empty(), WorkSituation.NOT_KNOWN, Arrangement.DIRECT_PAY,
                        Optional.empty(), List.of(fine.children().get(0), new Child(0, "m".repeat(101), TODAY)),
                        BigDecimal.ZERO)));
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
    void anEmailOfMoreThanTwoHundredCharactersIsRefusedAsTooLong() {
        String local = "a".repeat(188);
        String tooLong = "That email address is longer than 200 characters. Check it, or leave it empty.";
        assertEquals(Optional.empty(), CaseRules.email(local + "@example.org"));
        assertEquals(Optional.of(tooLong), CaseRules.email(local + "a@example.org"), "201 characters");
        assertEquals(Optional.of(tooLong), CaseRules.email("sam@example.org ".repeat(500)), "a long paste");
        assertEquals(Optional.empty(), CaseRules.email("  " + local + "@example.org  "), "spaces do not count");
        assertEquals(Optional.empty(), CaseRules.email(null));
    }

    @Test
    void thePhoneMessageNamesTheFormsTheRuleTakes() {
        String message = CaseRules.phone("0800 171").orElseThrow();
        assertTrue(message.contains("07700 900123") && message.contains("+44 7700 900123"), message);
        assertEquals(Optional.empty(), CaseRules.phone("07700 900123"));
        assertEquals(Optional.empty(), CaseRules.phone("+44 7700 900123"));
        assertEquals(Optional.empty(), CaseRules.phone("+44 (0) 7700 900123"));
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
