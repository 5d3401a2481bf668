package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A chasing letter for a letter the records show already chased: a chase made and not posted, or posted with its
 * reply date to come, is pointed out to the parent (post it, or wait); once that date has passed, the letter says it
 * was chased before. The letter of 18 Oct 2026 is letter 5 in the log; the letter is dated 22 Nov 2026.
 */
class ChaseKnowsEarlierChasesTest {

    private static LetterFacts chased(ChaseOnRecord chase) {
        LetterFacts facts = Facts.complete(LetterTemplates.CHASE_REPLY);
        return facts.toBuilder().earlierLetter(facts.earlierLetter().orElseThrow().fromLog(5))
                .chases(Map.of(5L, chase)).build();
    }

    private static List<String> warnings(LetterFacts facts) {
        return LetterTemplates.CHASE_REPLY.draft(facts).warnings().stream().map(Warning::message).toList();
    }

    @Test
    @DisplayName("a chase made and not posted: the parent is told to post that one")
    void madeNotPosted() {
        List<String> said = warnings(chased(new ChaseOnRecord(LocalDate.of(2026, 11, 20), null, null)));
        assertTrue(said.contains("You made a chasing letter for this letter on 20 Nov 2026, and your records do"
                + " not show it posted. Post that one and record the posting on the Letters page, rather than sending"
                + " another."), said.toString());
    }

    @Test
    @DisplayName("a chase posted with its reply date to come: the parent is told to wait")
    void postedWaiting() throws IOException {
        LetterFacts facts = chased(new ChaseOnRecord(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 7)));
        assertTrue(warnings(facts).contains("You posted a chasing letter for this letter on 20 Nov 2026, asking"
                + " for a reply by 7 Dec 2026. Wait until that date has passed before you chase again."));
        assertFalse(new ReadBack(LetterTemplates.CHASE_REPLY, facts).flat().contains("I wrote to you again"));
    }

    @Test
    @DisplayName("a chase posted whose reply date has passed: the letter says it was chased before")
    void postedOver() throws IOException {
        LetterFacts facts = chased(new ChaseOnRecord(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 16)));
        String text = new ReadBack(LetterTemplates.CHASE_REPLY, facts).flat();
        assertTrue(text.contains("I wrote to you again on 30 Oct 2026 to chase it, asking for a reply by"
                + " 16 Nov 2026. I have had no reply to that letter either."), text);
        assertFalse(warnings(facts).stream().anyMatch(w -> w.contains("chasing letter for this letter")));
    }

    @Test
    @DisplayName("a letter typed in, not from the log, knows of no chase")
    void notFromTheLog() {
        LetterFacts facts = Facts.complete(LetterTemplates.CHASE_REPLY).toBuilder()
                .chases(Map.of(0L, new ChaseOnRecord(LocalDate.of(2026, 11, 20), null, null))).build();
        assertFalse(warnings(facts).stream().anyMatch(w -> w.contains("chasing letter for this letter")));
    }
}
