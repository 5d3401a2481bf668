package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How many automatic backups to keep, as typed: a whole number from 1 to 100, or a message saying so. */
class BackupsKeptTest {

    @Test
    void aWholeNumberFromOneToAHundredIsRead() {
        assertEquals(Optional.of(1), BackupsKept.read("1"));
        assertEquals(Optional.of(7), BackupsKept.read(" 7 "));
        assertEquals(Optional.of(100), BackupsKept.read("100"));
        assertEquals(Optional.empty(), BackupsKept.problem("100", 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "0", "101", "99999999999", "-3", "7.5", "1e2", "seven"})
    void anythingElseIsSaidBesideTheBoxWithTheNumberStillKept(String typed) {
        assertEquals(Optional.empty(), BackupsKept.read(typed), typed);
        assertEquals(Optional.of("Type a whole number from 1 to 100. Until you do, the newest 10 are kept."),
                BackupsKept.problem(typed, 10), typed);
    }

    @Test
    void nothingTypedAtAllIsNotANumber() {
        assertEquals(Optional.empty(), BackupsKept.read(null));
    }
}
