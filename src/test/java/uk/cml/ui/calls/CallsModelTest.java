package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.common.ModelCase;

/** The call log's model, driven without a window against a real records file. */
class CallsModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    CallsModel model;
    /** The calls the model asked to confirm in a letter. */
    final List<Call> toConfirm = new ArrayList<>();

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new CallsModel(records.services.calls, records.services.addressBook, records.jobs,
                records.currentCase, toConfirm::add);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private static Call call(long id, long caseId, String said) {
        return new Call(id, caseId, LocalDateTime.of(2026, 11, 20, 14, 5), CallDirection.I_CALLED, "0800 171 2345",
                "Priya", "Arrears team", "4411", said, "", Optional.empty(), "", Optional.empty(), false, false, null);
    }

    /**
     * Found in review: while the calls were being read the list said there were none. The model now says when they
     * have been read, and the list says "Reading your records…" until then (ui/common/ReadingPlaceholder).
     */
    @Test
    void theListIsReadOnlyOnceTheCallsHaveBeenRead() {
        uk.cml.ui.common.HeldJobs held = new uk.cml.ui.common.HeldJobs();
        CallsModel slow = new CallsModel(records.services.calls, records.services.addressBook, held,
                records.currentCase, toConfirm::add);
        records.choose();
        assertFalse(slow.readProperty().get(), "not read yet: the list may not say there are none");
        held.release();
        assertTrue(slow.readProperty().get());
        assertEquals(0, slow.items().size());
    }

    @Test
    void choosingTheCaseLoadsItsCallsAndTheHelplineFromTheAddressBook() {
        records.services.calls.add(call(0, records.caseId, "Enforcement will start this month."));
        records.choose();
        assertEquals(1, model.items().size());
        assertEquals("0800 171 2345", model.helplineProperty().get(), "the CMS number from the address book");
        assertNull(model.editingProperty().get());
        assertFalse(model.hasSaved().get(), "nothing to move to the bin while a new call is written");
        assertEquals("Note a new call", model.headingProperty().get());
    }

    @Test
    void aNewCallIsSavedThenOpenedForCorrectionAndACorrectionKeepsHistory() {
        records.choose();
        model.save((id, caseId) -> Optional.of(call(id, caseId, "First version.")));
        assertEquals(1, model.items().size());
        Call saved = model.editing().orElseThrow();
        assertEquals("First version.", saved.whatWasSaid());
        assertTrue(model.hasSaved().get());
        assertEquals("Call of 20 Nov 2026, 14:05", model.headingProperty().get());
        assertEquals("Call saved.", model.status().text());

        model.save((id, caseId) -> Optional.of(call(id, caseId, "Second version.")));
        assertEquals(1, model.items().size(), "a correction, not a second call");
        assertEquals("Second version.", model.editing().orElseThrow().whatWasSaid());
        assertEquals(1, model.history().size());
        assertEquals("First version.", model.history().get(0).earlier().whatWasSaid());
        assertEquals("Correction saved. The earlier version is kept below.", model.status().text());
    }

    @Test
    void aSavedCallOffersTheLetterConfirmingItBesideCallSaved() {
        records.choose();
        assertTrue(model.status().next().isEmpty());
        model.save((id, caseId) -> Optional.of(call(id, caseId, "She said the payments were noted.")));
        assertEquals("Call saved.", model.status().text());
        assertTrue(model.status().canUndo(), "Undo stays beside it");
        var step = model.status().next().orElseThrow(() -> new AssertionError("no letter offered after saving"));
        assertEquals("call-saved-letter", step.id());
        assertEquals("Write a letter confirming this call", step.text());
        step.run().run();
        assertEquals(1, toConfirm.size());
        assertEquals(model.editing().orElseThrow().id(), toConfirm.get(0).id(), "the call just saved");
        assertEquals("She said the payments were noted.", toConfirm.get(0).whatWasSaid());

        model.save((id, caseId) -> Optional.of(call(id, caseId, "Corrected.")));
        model.status().next().orElseThrow().run().run();
        assertEquals("Corrected.", toConfirm.get(1).whatWasSaid(), "a correction is confirmed as corrected");
        model.status().undo();
        assertTrue(model.status().next().isEmpty(), "once the line says something else, the offer goes");
    }

    @Test
    void aFormWithWrongAnswersSavesNothingAndSaysSo() {
        records.choose();
        model.save((id, caseId) -> Optional.empty());
        assertEquals(0, records.services.calls.calls(records.caseId).size());
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());
    }

    @Test
    void aCallMovedToTheBinComesBackWithUndo() {
        records.choose();
        model.save((id, caseId) -> Optional.of(call(id, caseId, "Binned by a slip of the mouse.")));
        model.moveToBin();
        assertEquals(0, model.items().size());
        assertNull(model.editingProperty().get(), "a new call is started");
        assertTrue(model.status().canUndo());
        assertTrue(model.status().text().startsWith("Moved the call to the bin."), model.status().text());
        model.status().undo();
        assertEquals(1, model.items().size());
        assertEquals("Binned by a slip of the mouse.", model.editing().orElseThrow().whatWasSaid(), "open again");
        assertEquals("Put back.", model.status().text());
        assertFalse(model.status().canUndo());
    }

    @Test
    void startingANewCallLeavesTheOneBeingCorrected() {
        records.choose();
        model.save((id, caseId) -> Optional.of(call(id, caseId, "Saved.")));
        model.startNew();
        assertNull(model.editingProperty().get());
        assertEquals("Note a new call", model.headingProperty().get());
        assertEquals(0, model.history().size());
        assertEquals("", model.status().text());
    }

    /** Save pressed again with nothing changed: no correction is recorded, and the page says so calmly. */
    @Test
    void savingAgainWithNothingChangedRecordsNothing() {
        records.choose();
        model.save((id, caseId) -> Optional.of(call(id, caseId, "She said it was noted.")));
        long id = model.editing().orElseThrow().id();

        model.save((callId, caseId) -> Optional.of(call(callId, caseId, "She said it was noted.")));

        assertEquals("Nothing has changed since you saved it.", model.status().text());
        assertTrue(model.history().isEmpty());
        assertTrue(records.services.calls.history(id).isEmpty(), "no amendment kept");
        assertTrue(records.services.calls.recorded(records.caseId).get(id).changed().isEmpty());
    }
}
