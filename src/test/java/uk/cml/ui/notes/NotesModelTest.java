package uk.cml.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.ui.common.ModelCase;

/** The notes page's model: what it checks before saving, and what a correction keeps. */
class NotesModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    NotesModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new NotesModel(records.services.notes, ModelCase.CLOCK, records.jobs, records.currentCase);
        records.choose();
    }

    @AfterEach
    void close() {
        records.close();
    }

    @Test
    void aNewNoteStartsTodayAsAPlainNote() {
        assertEquals(ModelCase.TODAY, model.dateProperty().get());
        assertEquals(NoteCategory.PLAIN, model.categoryProperty().get());
        assertEquals("", model.textProperty().get());
    }

    @Test
    void anEmptyNoteAndAFutureDateAreExplainedAndNothingIsSaved() {
        model.dateProperty().set(ModelCase.TODAY.plusDays(1));
        model.save(false);
        assertEquals("That date is in the future. Enter the day it happened.", model.dateProblemProperty().get());
        assertEquals("Write the note first.", model.textProblemProperty().get());
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());
        assertEquals(0, records.services.notes.notes(records.caseId).size());

        model.save(true);
        assertEquals("That is not a date we can read. Type it like 22/11/2026.", model.dateProblemProperty().get());
    }

    /** "Note saved." stays while read and goes once the parent moves on; a refusal does not go that way. */
    @Test
    void noteSavedGoesOnceTheParentMovesOn() {
        model.textProperty().set("No money for the school uniform.");
        model.save(false);
        assertEquals("Note saved.", model.status().text());
        model.status().movedOn();
        assertEquals("", model.status().text());
        assertTrue(model.status().undoProperty().get() == null, "its Undo goes with it");

        model.startNew();
        model.save(false);
        model.status().movedOn();
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());
    }

    @Test
    void aSavedNoteIsCorrectedWithItsEarlierVersionKept() {
        model.categoryProperty().set(NoteCategory.EFFECT_ON_CHILD);
        model.textProperty().set("No money for the school uniform.");
        model.save(false);
        assertEquals("Note saved.", model.status().text());
        assertEquals("", model.textProblemProperty().get());
        assertEquals("Note of 22 Nov 2026", model.headingProperty().get());
        assertEquals(1, records.services.notes.effectOnChild(records.caseId).size());

        model.dateProperty().set(LocalDate.of(2026, 11, 2));
        model.textProperty().set("No money for the school uniform or shoes.");
        model.save(false);
        assertEquals(1, model.items().size());
        assertEquals(LocalDate.of(2026, 11, 2), model.editing().orElseThrow().happenedOn());
        assertEquals(1, model.history().size());
        assertEquals("No money for the school uniform.", model.history().get(0).earlier().text());

        model.startNew();
        assertEquals("", model.textProperty().get(), "a new note starts empty");
        model.edit(model.items().get(0));
        assertEquals("No money for the school uniform or shoes.", model.textProperty().get());
        model.moveToBin();
        assertTrue(model.items().isEmpty());
        assertEquals(ModelCase.TODAY, model.dateProperty().get(), "the form is ready for a new note");
    }

    @Test
    void aNoteBegunForOneCaseIsNeverSavedUnderAnotherAndWhatWasTypedStays() {
        long other = uk.cml.ui.PageHarness.anotherCase(records.services).id();
        model.textProperty().set("Jordan texted to say the money would come on Friday.");
        records.currentCase.set(records.services.cases.find(other).orElseThrow());

        model.save(false);

        assertEquals("Not saved: you began this note while the case with Jordan Reed was open. Switch back to that "
                + "case to save it there, or start a new one for this case.", model.status().text());
        assertEquals(0, records.services.notes.notes(other).size());
        assertEquals("Jordan texted to say the money would come on Friday.", model.textProperty().get());

        records.choose();
        model.save(false);
        assertEquals("Note saved.", model.status().text());
        assertEquals(1, records.services.notes.notes(records.caseId).size());

        records.currentCase.set(records.services.cases.find(other).orElseThrow());
        model.textProperty().set("A correction typed after changing case.");
        model.save(false);
        assertTrue(model.status().text().startsWith("Not saved"), "no correction of Jordan's note from Alex's case");
        assertEquals("Jordan texted to say the money would come on Friday.",
                records.services.notes.notes(records.caseId).get(0).text());
        assertEquals(0, records.services.notes.notes(other).size());
    }

    /** Enter pressed again on a saved note: nothing is recorded, and the page says so calmly. */
    @Test
    void savingAgainWithNothingChangedRecordsNothing() {
        model.textProperty().set("Mia asked again about her school trip.");
        model.save(false);
        assertEquals("Note saved.", model.status().text());
        long id = model.editing().orElseThrow().id();

        model.save(false);

        assertEquals("Nothing has changed since you saved it.", model.status().text());
        assertTrue(model.status().undoProperty().get() == null, "nothing to undo");
        assertTrue(model.history().isEmpty());
        assertTrue(records.services.notes.history(id).isEmpty(), "no amendment kept");
        assertTrue(records.services.notes.recorded(records.caseId).get(id).changed().isEmpty());
        assertEquals(id, model.editing().orElseThrow().id(), "the note stays open");
    }
}
