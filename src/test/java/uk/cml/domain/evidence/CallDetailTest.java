package uk.cml.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the Timeline and the pack print for a promise with a date ("call me back., by 15 Dec 2026" was printed). */
class CallDetailTest {

    private static String promisedLine(String promised) {
        Call call = new Call(0, 1, LocalDateTime.of(2026, 12, 1, 10, 0), CallDirection.I_CALLED, "", "Priya", "", "",
                "", promised, Optional.of(LocalDate.of(2026, 12, 15)), "", Optional.empty(), false, false, null);
        return call.detail().lines().filter(l -> l.startsWith("What was promised")).findFirst().orElseThrow();
    }

    @Test
    void aPromiseEndingItsSentenceHasItsDateAsASentenceOfItsOwn() {
        assertEquals("What was promised: They will call me back. By 15 Dec 2026", promisedLine("They will call me back."));
        assertEquals("What was promised: Call me back! By 15 Dec 2026", promisedLine("Call me back!"));
    }

    @Test
    void aPromiseWithoutAFullStopHasItsDateJoinedOn() {
        assertEquals("What was promised: Call me back, by 15 Dec 2026", promisedLine("Call me back"));
    }

    @Test
    void aDateWithNoWordsIsTheDateAlone() {
        assertEquals("What was promised: By 15 Dec 2026", promisedLine(""));
    }
}
