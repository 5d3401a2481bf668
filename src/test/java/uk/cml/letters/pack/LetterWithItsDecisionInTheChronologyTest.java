package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.testing.Occurrences;

/**
 * A CMS decision logged with the letter it came in is one line of the pack's chronology, read back from the PDF:
 * the letter received and the decision it gave. Not a letter line and a decision line for one letter. The parent's
 * limit to challenge it is no part of what happened: a pack for the CMS would only volunteer it as a date missed
 * ({@link PackFor}); a pack for an MP gives it under "Where it stands".
 */
class LetterWithItsDecisionInTheChronologyTest extends WithPackFixture {

    @Test
    @DisplayName("A calculation letter with its decision is one chronology line with the decision, not its limit")
    void oneLine() throws Exception {
        fixture.received.save(new ReceivedLetter(0, fixture.caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Annual review: £85.50 a week",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.CALCULATION));
        String text = chronology();
        assertEquals(0, Occurrences.count(text, "CMS decision A calculation"), text);
        assertEquals(1, Occurrences.count(text, "Letter received Letter from Child Maintenance Service"), text);
        assertTrue(text.matches(".*18 Nov 2026 [^|]{0,60}Letter received Letter from Child Maintenance Service"
                + "[^|]{0,300}A calculation of maintenance.*"), text);
        assertEquals(0, Occurrences.count(text, "Ask for a mandatory reconsideration"), text);
        assertEquals(0, Occurrences.count(text, "Time limit"), text);
    }
}
