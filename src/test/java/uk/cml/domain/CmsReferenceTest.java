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
}
