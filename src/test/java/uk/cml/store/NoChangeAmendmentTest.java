package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;

/**
 * The store's last guard: a correction identical to the version saved now writes nothing (no amendment, no history,
 * no "changed" time), whichever page sent it.
 */
class NoChangeAmendmentTest extends WithJordanReedsCase {

    NoteStore notes;

    @BeforeEach
    void open() {
        notes = records.notes();
    }

    private int amendments() {
        return records.database.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM amendment WHERE record_table = 'note'");
                 var r = s.executeQuery()) {
                return r.getInt(1);
            }
        });
    }

    @Test
    void aCorrectionWithNothingChangedWritesNothing() {
        long id = notes.add(new Note(0, caseId, LocalDate.of(2026, 11, 2), NoteCategory.PLAIN, "Mia's trip.", null));
        Note saved = notes.find(id).orElseThrow();

        assertFalse(notes.correctIfChanged(saved), "nothing changed: refused");
        notes.save(saved);
        notes.correct(saved);

        assertEquals(0, amendments());
        assertTrue(notes.history(id).isEmpty());
        assertTrue(notes.recorded(caseId).get(id).changed().isEmpty(), "no 'changed' time");
        assertEquals(saved, notes.find(id).orElseThrow(), "recorded_at not moved on");

        assertTrue(notes.correctIfChanged(new Note(id, caseId, saved.happenedOn(), saved.category(), "Mia's trip!",
                null)));
        assertEquals(1, amendments());
    }

    /**
     * Records saved before this guard may hold a "correction" that changed nothing (Enter pressed twice): it is no
     * correction, so the history, the pack and the timeline say nothing of it, and no "changed" time.
     */
    @Test
    void anOldCorrectionThatChangedNothingIsNotShown() {
        long id = notes.add(new Note(0, caseId, LocalDate.of(2026, 11, 2), NoteCategory.PLAIN, "Mia's trip.", null));
        History history = new History(DatabaseTest.CLOCK);
        records.database.inTransaction(c -> {
            history.keepEarlierVersion(c, "note", id);
            try (var u = c.prepareStatement("UPDATE note SET recorded_at = ? WHERE id = ?")) {
                u.setString(1, java.time.LocalDateTime.now(DatabaseTest.CLOCK).plusMinutes(1).toString());
                u.setLong(2, id);
                return u.executeUpdate();
            }
        });
        assertEquals(1, amendments());

        assertTrue(notes.history(id).isEmpty(), "no correction to show");
        assertTrue(notes.recorded(caseId).get(id).changed().isEmpty(), "no 'changed' time");
        assertTrue(notes.timeline(caseId).get(0).recorded().changed().isEmpty(), "nor in the timeline and pack");
        assertEquals(java.util.Optional.of(java.time.LocalDateTime.now(DatabaseTest.CLOCK)),
                notes.recorded(caseId).get(id).first());

        notes.correct(new Note(id, caseId, LocalDate.of(2026, 11, 2), NoteCategory.PLAIN, "Mia's school trip.", null));
        assertEquals(1, notes.history(id).size(), "a real correction after it is shown, once");
        assertEquals("Mia's trip.", notes.history(id).get(0).earlier().text());
    }
}
