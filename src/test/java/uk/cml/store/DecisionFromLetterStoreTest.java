package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;

/**
 * A CMS letter logged as the decision it is: the decision is recorded in the same transaction, dated as the letter
 * is, with the letter's summary as its note and linked to the letter; one the parent added by hand on "Where things
 * stand" for the same day and kind is linked, not doubled; a correction keeps the earlier version; a letter that is
 * no longer a decision, or goes to the bin, takes its decision with it, and putting the letter back brings it back.
 * On a real SQLite file in a temporary folder.
 */
class DecisionFromLetterStoreTest extends WithJordanReedsCase {

    static final LocalDate DATED = LocalDate.of(2026, 10, 10);

    History history;
    ReceivedLetterStore letters;
    StandingStore standing;

    @BeforeEach
    void open() {
        history = records.history;
        letters = records.receivedLetters();
        standing = records.standing();
    }

    private ReceivedLetter proposal(Optional<LocalDate> dated, String summary) {
        return new ReceivedLetter(0, caseId, dated, LocalDate.of(2026, 10, 14), "Child Maintenance Service",
                summary, Optional.empty(), Optional.empty());
    }

    private static Optional<Decision.Kind> writeOff() {
        return Optional.of(Decision.Kind.WRITE_OFF);
    }

    @Test
    void aLetterLoggedAsADecisionRecordsItDatedAsTheLetterWithItsSummaryAndLinked() {
        long id = letters.save(proposal(Optional.of(DATED), "They propose to write off £250.00 of the arrears."),
                Optional.empty(), writeOff());

        assertEquals(List.of(new Decision(standing.decisions(caseId).get(0).id(), caseId, Decision.Kind.WRITE_OFF,
                DATED, "They propose to write off £250.00 of the arrears.", Optional.empty(), Optional.of(id))),
                standing.decisions(caseId));
    }

    @Test
    void oneAddedByHandForTheSameDayAndKindIsLinkedNotDoubledAndKeepsItsOwnNote() {
        long added = standing.addDecision(new Decision(0, caseId, Decision.Kind.WRITE_OFF, DATED,
                "Write-off of £250", Optional.empty()));
        long other = standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, DATED, "",
                Optional.empty()));

        long id = letters.save(proposal(Optional.of(DATED), "Proposal to write off arrears"), Optional.empty(),
                writeOff());

        List<Decision> decisions = standing.decisions(caseId);
        assertEquals(2, decisions.size(), "linked, not doubled: " + decisions);
        Decision linked = decisions.stream().filter(d -> d.id() == added).findFirst().orElseThrow();
        assertEquals(Optional.of(id), linked.fromLetter());
        assertEquals("Write-off of £250", linked.note());
        assertEquals(Optional.empty(), decisions.stream().filter(d -> d.id() == other).findFirst().orElseThrow()
                .fromLetter(), "a decision of another kind stays as it was");
    }

    @Test
    void aCorrectionThroughTheLetterKeepsTheEarlierVersionAndANoteThatFollowedTheSummaryFollowsIt() {
        ReceivedLetter first = proposal(Optional.of(DATED), "Proposal to write off £250.00");
        long id = letters.save(first, Optional.empty(), writeOff());
        long decisionId = standing.decisions(caseId).get(0).id();

        ReceivedLetter corrected = new ReceivedLetter(id, caseId, Optional.of(DATED.plusDays(1)), first.received(),
                first.from(), "Proposal to write off £260.00", Optional.empty(), Optional.empty());
        letters.save(corrected, Optional.empty(), writeOff());

        Decision now = standing.decisions(caseId).get(0);
        assertEquals(decisionId, now.id(), "the same decision, corrected: a reply linked to it stays linked");
        assertEquals(DATED.plusDays(1), now.dated());
        assertEquals("Proposal to write off £260.00", now.note());
        List<History.EarlierVersion> earlier = records.database.read(c -> history.earlierVersions(c, "cms_decision",
                decisionId));
        assertEquals(1, earlier.size());
        assertEquals(DATED.toString(), earlier.get(0).columns().get("dated"));

        letters.save(corrected, Optional.empty(), writeOff());
        assertEquals(1, records.database.read(c -> history.earlierVersions(c, "cms_decision", decisionId)).size(),
                "saved again with nothing changed: no new version");
    }

    @Test
    void aLetterNoLongerADecisionOrBinnedTakesItsDecisionWithItAndPuttingItBackBringsItBack() {
        ReceivedLetter letter = proposal(Optional.of(DATED), "Proposal to write off £250.00");
        long id = letters.save(letter, Optional.empty(), writeOff());

        letters.moveToBin(id);
        assertEquals(List.of(), standing.decisions(caseId));
        letters.restore(id);
        assertEquals(1, standing.decisions(caseId).size());

        ReceivedLetter saved = letters.letters(caseId).get(0);
        letters.save(saved, Optional.empty());
        assertEquals(1, standing.decisions(caseId).size(), "saved without saying: the decision stays as it is");
        letters.save(saved, Optional.empty(), Optional.empty());
        assertEquals(List.of(), standing.decisions(caseId), "no longer a decision");
    }

    @Test
    void aDecisionNeedsTheDateOnItsLetterNothingIsSavedWithout() {
        assertThrows(IllegalArgumentException.class,
                () -> letters.save(proposal(Optional.empty(), "Write-off"), Optional.empty(), writeOff()));
        assertEquals(List.of(), letters.letters(caseId));
        assertEquals(List.of(), standing.decisions(caseId));
    }
}
