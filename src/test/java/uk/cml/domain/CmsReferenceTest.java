package uk.cml.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CmsReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"121234567890", "1212 3456 7890", " 1212-3456-7890 ", "12 12 34 56 78 90"})
    void acceptsTwelveDigitsWithSpaces(String typed) {
        Validated<CmsReference> parsed = CmsReference.parse(typed);
        assertTrue(parsed.isOk());
        assertEquals("121234567890", parsed.value().digits());
        assertEquals("1212 3456 7890", parsed.value().grouped());
    }

    @Test
    void refusesThirteenDigitsAndSaysHowMany() {
        Validated<CmsReference> parsed = CmsReference.parse("1212345678901");
        assertFalse(parsed.isOk());
        assertTrue(parsed.problem().orElseThrow().contains("You entered 13"));
    }

    @Test
    void refusesLetters() {
        assertTrue(CmsReference.parse("12123456789O").problem().orElseThrow().contains("only numbers"));
    }

    @Test
    void refusesEmpty() {
        assertFalse(CmsReference.parse("  ").isOk());
    }

    @Test
    void niNumberAcceptsSpacesAndLowerCase() {
        assertEquals("AB 12 34 56 C", NiNumber.parse("ab 123456c").value().grouped());
        assertFalse(NiNumber.parse("AB123456E").isOk());
    }

    /** References begin with 121 in practice; another start is only a reason to check it, never to refuse it. */
    @Test
    void aReferenceNotBeginning121IsKeptButNotUsual() {
        assertTrue(CmsReference.parse("1212 3456 7890").value().beginsAsUsual());
        CmsReference unusual = CmsReference.parse("1234 5678 9012").value();
        assertEquals("1234 5678 9012", unusual.grouped());
        assertFalse(unusual.beginsAsUsual());
    }

    /**
     * A reviewer typed "1212-3456-789O" (a letter O for the last 0) and was told "The reference has only numbers in
     * it", which they thought it had. The message names the character that is not a number.
     */
    @Test
    void aLetterInTheReferenceIsNamed() {
        assertEquals("It has the letter \"O\" in it: references have only numbers (0 to 9). Check it against your CMS "
                + "letter.", CmsReference.parse("1212-3456-789O").problem().orElseThrow());
        assertEquals("It has the letter \"l\" in it: references have only numbers (0 to 9). Check it against your CMS "
                + "letter.", CmsReference.parse("l212 3456 7890").problem().orElseThrow());
    }

    @Test
    void anotherCharacterIsNamedAndSpacesAndDashesStayFine() {
        assertTrue(CmsReference.parse("1212/3456/7890").problem().orElseThrow().startsWith("It has \"/\" in it"));
        assertTrue(CmsReference.parse("1212.3456.7890").problem().orElseThrow().startsWith("It has \".\" in it"));
        assertTrue(CmsReference.parse(" 1212-3456 7890 ").isOk());
    }

    @Test
    void aWholeReferenceNotBeginningWith121IsUnusualButNeverRefused() {
        assertTrue(CmsReference.unusualStart("9999 8888 7777"));
        assertTrue(CmsReference.parse("9999 8888 7777").isOk(), "a warning, not a refusal");
        assertFalse(CmsReference.unusualStart("1212 3456 7890"));
        assertFalse(CmsReference.unusualStart("9999 8888"), "too short is the field's message, not this one");
        assertFalse(CmsReference.unusualStart(""));
        assertFalse(CmsReference.unusualStart(null));
    }
}
