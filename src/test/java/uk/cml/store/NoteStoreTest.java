package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

class NoteStoreTest extends WithJordanReedsCase {

    static final LocalDateTime NOW = LocalDateTime.now(DatabaseTest.CLOCK);

    NoteStore notes;

    @BeforeEach
    void open() {
        notes = records.notes();
    }

    private Note note(LocalDate on, NoteCategory category, String text) {
        return new Note(0, caseId, on, category, text, null);
    }

    @Test
    void aNoteComesBackAsSavedWithWhenItWasRecorded() {
        String text = "Rent arrears letter from the landlord: £310 behind.\nMia needs a new school uniform.";
        long id = notes.add(note(LocalDate.of(2026, 9, 1), NoteCategory.EFFECT_ON_CHILD, text));
        assertEquals(new Note(id, caseId, LocalDate.of(2026, 9, 1), NoteCategory.EFFECT_ON_CHILD, text, NOW),
                notes.find(id).orElseThrow());
    }

    @Test
    void effectOnTheChildNotesAreListedOldestFirstForLetters() {
        notes.add(note(LocalDate.of(2026, 10, 1), NoteCategory.EFFECT_ON_CHILD, "second"));
        notes.add(note(LocalDate.of(2026, 9, 1), NoteCategory.PLAIN, "plain"));
        notes.add(note(LocalDate.of(2026, 8, 1), NoteCategory.EFFECT_ON_CHILD, "first"));
        assertEquals(List.of("first", "second"), notes.effectOnChild(caseId).stream().map(Note::text).toList());
        assertEquals(List.of("second", "plain", "first"), notes.notes(caseId).stream().map(Note::text).toList());
    }

    @Test
    void correctionsKeepEveryEarlierVersionInOrder() {
        long id = notes.add(note(LocalDate.of(2026, 9, 1), NoteCategory.PLAIN, "one"));
        notes.correct(new Note(id, caseId, LocalDate.of(2026, 9, 2), NoteCategory.PLAIN, "two", null));
        notes.correct(new Note(id, caseId, LocalDate.of(2026, 9, 2), NoteCategory.EFFECT_ON_CHILD, "three", null));
        List<Amended<Note>> history = notes.history(id);
        assertEquals(List.of("one", "two"), history.stream().map(a -> a.earlier().text()).toList());
        assertEquals(LocalDate.of(2026, 9, 1), history.get(0).earlier().happenedOn());
        assertEquals("three", notes.find(id).orElseThrow().text());
    }

    @Test
    void binAndRestore() {
        long id = notes.add(note(LocalDate.of(2026, 9, 1), NoteCategory.PLAIN, "school shoes"));
        notes.moveToBin(id);
        assertEquals(List.of(), notes.notes(caseId));
        assertEquals(List.of(), notes.timeline(caseId));
        assertEquals("school shoes", notes.binned(caseId).get(0).title());
        notes.restore(id);
        assertEquals(1, notes.notes(caseId).size());
        assertTrue(notes.binned(caseId).isEmpty());
    }

    @Test
    void aNoteOnTheTimelineIsFoundByItsWordsAndItsKind() {
        notes.add(note(LocalDate.of(2026, 9, 1), NoteCategory.EFFECT_ON_CHILD, "No money for the school trip"));
        TimelineEntry entry = notes.timeline(caseId).get(0);
        assertEquals(TimelineKind.NOTE, entry.kind());
        assertEquals(LocalDate.of(2026, 9, 1).atStartOfDay(), entry.happenedAt());
        assertTrue(entry.searchText().contains("school trip"));
        assertTrue(entry.searchText().contains("effect on the child"));
    }
}
