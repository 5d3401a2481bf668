package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.Decision;

/** A CMS decision is a line of the pack's chronology, on the date of its letter, read back from the PDF. */
class DecisionInTheChronologyTest extends WithPackFixture {

    @Test
    @DisplayName("A refusal and a reconsideration result are in the chronology, each on its date")
    void decisionsAreInTheChronology() throws Exception {
        fixture.standing.addDecision(new Decision(0, fixture.caseId, Decision.Kind.REFUSAL,
                LocalDate.of(2026, 9, 14), "", Optional.of(LocalDate.of(2026, 10, 19))));
        String text = chronology();
        // Happened, Recorded (when it was saved), Kind, What.
        assertTrue(text.matches(".*14 Sep 2026 [^|]{0,40}CMS decision A refusal to make or change a calculation.*"),
                text);
        assertTrue(text.matches(".*19 Oct 2026 [^|]{0,40}CMS decision Mandatory reconsideration result.*"), text);
    }
}
