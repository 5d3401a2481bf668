package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/**
 * A CMS decision logged with the letter it came in is one entry of the Timeline (and so of the pack's chronology,
 * which reads the same areas): the letter received, and the decision it gave with its time limit. Not a letter
 * entry and a decision entry for the one piece of paper.
 */
class LetterWithItsDecisionOnTheTimelineTest extends WithJordanReedsCase {

    ReceivedLetterStore received;
    StandingStore standing;

    @BeforeEach
    void open() {
        received = records.receivedLetters();
        standing = records.standing();
    }

    /** What the Timeline page and the pack read: every area's entries, deadlines (worked out) left aside. */
    private List<TimelineEntry> recorded() {
        List<TimelineEntry> all = new ArrayList<>(received.timeline(caseId));
        all.addAll(standing.timeline(caseId));
        return all.stream().filter(e -> e.kind() != TimelineKind.DEADLINE).toList();
    }

    private static String text(TimelineEntry e) {
        return e.label() + ": " + e.title() + " | " + e.detail();
    }

    @Test
    @DisplayName("A calculation letter logged with its decision is one entry, on the day it came, saying both")
    void oneEntryForTheLetterAndItsDecision() {
        long letter = received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Annual review: £85.50 a week from 30 Nov",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.CALCULATION));

        List<TimelineEntry> entries = recorded();
        assertEquals(1, entries.size(), () -> entries.stream().map(LetterWithItsDecisionOnTheTimelineTest::text)
                .toList().toString());
        TimelineEntry only = entries.get(0);
        assertEquals(TimelineKind.LETTER_RECEIVED, only.kind());
        assertEquals(letter, only.sourceId());
        assertEquals(LocalDate.of(2026, 11, 18).atStartOfDay(), only.happenedAt());
        String said = text(only);
        assertTrue(said.contains("Letter received"), said);
        assertTrue(said.contains("A calculation of maintenance"), said);
        assertTrue(said.contains("Annual review: £85.50 a week from 30 Nov"), said);
        assertTrue(said.contains("Dated 16 Nov 2026"), said);
        // The decision's limit, counted from the date on the letter: one month, to 16 Dec 2026.
        assertTrue(said.contains("Ask for a mandatory reconsideration"), said);
        assertTrue(said.contains("16 Dec 2026"), said);
    }

    @Test
    @DisplayName("A decision added without a letter, and a letter without a decision, are each their own entry")
    void withoutALetterItsOwnEntry() {
        standing.addDecision(new Decision(0, caseId, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 12), "",
                Optional.empty()));
        received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "We have asked the other parent",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());

        List<String> entries = recorded().stream().map(e -> e.kind().name() + " " + e.happenedAt().toLocalDate() + " "
                + e.title()).sorted().toList();
        assertEquals(List.of("CMS_DECISION 2026-11-12 A refusal to make or change a calculation",
                "LETTER_RECEIVED 2026-11-18 Letter from Child Maintenance Service"), entries);
    }

    @Test
    @DisplayName("The letter's decision moved to the bin alone: the letter is a letter again")
    void decisionTakenOffTheLetter() {
        ReceivedLetter letter = new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Annual review",
                Optional.empty(), Optional.empty());
        long id = received.save(letter, Optional.empty(), Optional.of(Decision.Kind.CALCULATION));
        received.save(letter.withId(id), Optional.empty(), Optional.empty());

        List<TimelineEntry> entries = recorded();
        assertEquals(1, entries.size(), entries::toString);
        assertEquals(TimelineKind.LETTER_RECEIVED, entries.get(0).kind());
        assertTrue(!text(entries.get(0)).contains("A calculation of maintenance"), text(entries.get(0)));
    }

    @Test
    @DisplayName("The letter and its decision moved to the bin together leave the Timeline together")
    void binnedTogether() {
        long id = received.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Annual review",
                Optional.empty(), Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.CALCULATION));
        received.moveToBin(id);
        assertEquals(List.of(), recorded());
        received.restore(id);
        assertEquals(1, recorded().size());
    }
}
