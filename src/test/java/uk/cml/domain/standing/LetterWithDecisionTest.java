package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/** A CMS letter received and the decision it gave, as one entry of the Timeline and the pack's chronology. */
class LetterWithDecisionTest {

    private static final TimelineEntry LETTER = new TimelineEntry(TimelineKind.LETTER_RECEIVED,
            LocalDate.of(2026, 11, 18).atStartOfDay(), LocalDateTime.of(2026, 11, 18, 19, 5),
            "Letter from Child Maintenance Service", "Dated 16 Nov 2026. Annual review: £85.50 a week", 7);

    @Test
    @DisplayName("The letter's entry, on its day, naming the decision and its limit; found under both kinds")
    void letterDecisionAndLimit() {
        Decision d = new Decision(3, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 16),
                "Annual review: £85.50 a week", Optional.empty(), Optional.of(7L));
        TimelineEntry e = LetterWithDecision.entry(LETTER, "Annual review: £85.50 a week", d,
                Optional.of("Ask for a mandatory reconsideration \u2014 Limit Wed 16 Dec 2026"));
        assertEquals(TimelineKind.LETTER_RECEIVED, e.kind());
        assertEquals(7, e.sourceId());
        assertEquals(LETTER.happenedAt(), e.happenedAt());
        assertEquals(LETTER.recorded(), e.recorded());
        assertEquals("Letter received", e.label());
        assertEquals("Letter from Child Maintenance Service, with a decision: A calculation of maintenance",
                e.title());
        assertEquals("Dated 16 Nov 2026. Annual review: £85.50 a week\n"
                + "The decision it gave: A calculation of maintenance, dated 16 Nov 2026 on the letter.\n"
                + "Time limit: Ask for a mandatory reconsideration \u2014 Limit Wed 16 Dec 2026", e.detail());
        assertTrue(e.isOf(TimelineKind.LETTER_RECEIVED));
        assertTrue(e.isOf(TimelineKind.CMS_DECISION));
        assertFalse(e.isOf(TimelineKind.LETTER_SENT));
        assertTrue(e.searchText().contains("cms decision"));
    }

    @Test
    @DisplayName("A note of the parent's own for the decision is said; a decision with no limit says none")
    void ownNoteNoLimit() {
        Decision d = new Decision(3, 1, Decision.Kind.REFUSAL, LocalDate.of(2026, 11, 16),
                "They will not look at the income again", Optional.empty(), Optional.of(7L));
        TimelineEntry e = LetterWithDecision.entry(LETTER, "Annual review: £85.50 a week", d, Optional.empty());
        assertEquals("Dated 16 Nov 2026. Annual review: £85.50 a week\nThe decision it gave: A refusal to make or"
                + " change a calculation: They will not look at the income again, dated 16 Nov 2026 on the letter.",
                e.detail());
    }

    @Test
    @DisplayName("Masked or added to for a pack, the entry is still of both kinds")
    void wordsChangedKeepsBothKinds() {
        Decision d = new Decision(3, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 16), "",
                Optional.empty(), Optional.of(7L));
        TimelineEntry e = LetterWithDecision.entry(LETTER, "", d, Optional.empty()).withWords("t", "d");
        assertTrue(e.isOf(TimelineKind.CMS_DECISION));
        assertEquals("t", e.title());
    }
}
