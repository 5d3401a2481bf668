package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small clean-ups every letter's facts go through. */
class TextTest {

    @Test
    void namesAreJoinedTheWayASentenceListsThem() {
        assertEquals("", Text.joinAnd(List.of()));
        assertEquals("Mia", Text.joinAnd(List.of("Mia")));
        assertEquals("Mia and Leo", Text.joinAnd(List.of("Mia", "Leo")));
        assertEquals("Mia, Leo and Ava", Text.joinAnd(List.of("Mia", "Leo", "Ava")));
    }

    @Test
    void linesLoseNullsBlanksAndPadding() {
        assertEquals(List.of("14 Orchard Close", "Leeds"),
                Text.cleanLines(Arrays.asList(" 14 Orchard Close ", null, "  ", "Leeds")));
        assertEquals(List.of(), Text.cleanLines(null));
        assertEquals("", Text.clean(null));
        assertEquals("a b", Text.clean("  a b \n"));
        assertTrue(Text.blank(null));
        assertTrue(Text.blank(" \t"));
        assertFalse(Text.blank(" x "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jordan Reed | Jordan", "' Sam  ' | Sam", "'' | ''", "Mary Ann Lee | Mary"})
    void aLetterIsAddressedToTheFirstName(String full, String first) {
        assertEquals(first, Text.firstName(full));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "they said they would write | They said they would write.",
            "Done! | Done!", "Really? | Really?", "Paid. | Paid.", "'' | ''",
            "[what they promised] | [what they promised]", "  x  | X."})
    void theParentsWordsBecomeASentence(String typed, String sentence) {
        assertEquals(sentence, Text.ownSentence(typed));
    }

    @Test
    void aSentenceKeepsItsCaseAndAMissingFactKeepsNoStop() {
        assertEquals("they will write.", Text.sentence(" they will write "));
        assertEquals("[date]", Text.sentence("[date]"));
        assertEquals("", Text.sentence(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Arrears | Arrears team", "Arrears team | Arrears team",
            "TEAM B | TEAM B", "'' | ''", "Teamwork unit | Teamwork unit team"})
    void aTeamIsAlwaysCalledATeam(String typed, String expected) {
        assertEquals(expected, Text.team(typed));
    }
}
