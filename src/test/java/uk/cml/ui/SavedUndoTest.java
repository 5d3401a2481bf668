package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;
import uk.cml.ui.common.SavedWithUndo;

/** "Saved" with Undo: a new record goes to the bin, a correction is corrected back; checked in the SQLite file. */
class SavedUndoTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase();
        openTheApp();
    }

    private int items(String listId) {
        return ((ListView<?>) lookup(listId).query()).getItems().size();
    }

    private Label savedNotice(String statusId) {
        Label status = waitFor(statusId);
        // Pages on a model show Undo as their status line's button (first of two when a next step is offered, as
        // after saving a call); the others as the saved notice's style.
        waitUntil("the saved notice offers Undo", () -> status.getStyleClass().contains(SavedWithUndo.STYLE)
                || status.getGraphic() instanceof javafx.scene.control.Button
                || status.getGraphic() instanceof javafx.scene.layout.HBox both
                && both.getChildren().get(0) instanceof javafx.scene.control.Button);
        return status;
    }

    /** Closes the app and opens the records file itself, to see what was really kept. */
    private AppServices reopenTheFile() {
        stop(startup);
        startup = null;
        return AppServices.open(dataFolder, CLOCK);
    }

    @Test
    void undoingANewCallPutsItInTheBinNotAway() {
        press("#nav-calls");
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said enforcement would start this month.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("the call is listed", () -> items("#call-list") == 1);
        assertTrue(savedNotice("#call-status").getText().startsWith("Call saved."));

        press("#call-undo");
        waitUntil("the call has left the list", () -> items("#call-list") == 0);
        assertTrue(lookup("#call-status").queryLabeled().getText().contains("in the bin"));

        try (AppServices services = reopenTheFile()) {
            assertEquals(List.of(), services.calls.calls(caseId));
            assertEquals(1, services.calls.binned(caseId).size(), "the undone call is in the bin, not deleted");
            long id = services.calls.binned(caseId).get(0).sourceId();
            assertEquals("Priya", services.calls.find(id).orElseThrow().spokeTo());
        }
    }

    @Test
    void undoingACorrectionCorrectsItBackAndKeepsBothVersions() {
        press("#nav-calls");
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said enforcement would start this month.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("the call is listed", () -> items("#call-list") == 1);
        type("#call-spoke-to", "Priya Shah");
        press("#call-save");
        assertTrue(savedNotice("#call-status").getText().startsWith("Correction saved."));
        Screenshots.save(window().getScene().getRoot(), "saved-notice-call");
        assertEquals("Priya Shah", text("#call-spoke-to"));

        press("#call-undo");
        waitUntil("the earlier answer is back in the form", () -> "Priya".equals(text("#call-spoke-to")));
        assertTrue(lookup("#call-status").queryLabeled().getText().contains("keeps both versions"));

        try (AppServices services = reopenTheFile()) {
            Call call = services.calls.calls(caseId).get(0);
            assertEquals("Priya", call.spokeTo());
            assertEquals(List.of("Priya", "Priya Shah"), services.calls.history(call.id()).stream()
                    .map(v -> v.earlier().spokeTo()).toList(), "both earlier versions are in the history");
        }
    }

    @Test
    void undoingANewNoteAndACorrectedNote() {
        press("#nav-notes");
        type("#note-text", "No money for the school uniform this term.");
        press("#note-save");
        waitUntil("the note is listed", () -> items("#note-list") == 1);
        type("#note-text", "No money for the school shoes this term.");
        press("#note-save");
        savedNotice("#note-status");
        press("#note-undo");
        waitUntil("the note reads as before", () -> "No money for the school uniform this term."
                .equals(lookup("#note-text").queryTextInputControl().getText()));
        press("#note-new");
        type("#note-text", "A second note, saved by mistake.");
        press("#note-save");
        waitUntil("two notes are listed", () -> items("#note-list") == 2);
        savedNotice("#note-status");
        press("#note-undo");
        waitUntil("the mistaken note has left the list", () -> items("#note-list") == 1);

        try (AppServices services = reopenTheFile()) {
            List<Note> notes = services.notes.notes(caseId);
            assertEquals(1, notes.size());
            assertEquals("No money for the school uniform this term.", notes.get(0).text());
            assertEquals(2, services.notes.history(notes.get(0).id()).size(), "both versions kept in its history");
            assertEquals(1, services.notes.binned(caseId).size(), "the mistaken note is in the bin");
        }
    }

    @Test
    void undoingALoggedLetterPutsItInTheBin() {
        press("#nav-letters");
        press("#letters-new-received");
        type("#received-on", "20/11/2026");
        type("#received-dated", "17/11/2026");
        type("#received-from", "Child Maintenance Service");
        reveal(lookup("#letters-save").query());
        press("#letters-save");
        javafx.scene.control.TableView<?> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        savedNotice("#letters-status");
        press("#letters-undo");
        waitUntil("the letter has left the list", () -> received.getItems().isEmpty());

        try (AppServices services = reopenTheFile()) {
            assertEquals(List.of(), services.receivedLetters.letters(caseId));
            assertEquals(1, services.receivedLetters.binned(caseId).size(), "the undone letter is in the bin");
        }
    }

    @Test
    void undoingARecordedPaymentPutsItInTheBin() {
        press("#nav-payments");
        javafx.scene.control.TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        type("#payment-date", "08/11/2026");
        type("#payment-amount", "43.21");
        press("#payment-save");
        assertTrue(savedNotice("#payments-status").getText().startsWith("Recorded £43.21 received on 8 Nov 2026."));
        Screenshots.save(window().getScene().getRoot(), "saved-notice-payment");
        press("#payment-saved-undo");
        waitUntil("the notice says it is in the bin",
                () -> lookup("#payments-status").queryLabeled().getText().contains("in the bin"));
        assertTrue(lookup("#payment-saved-undo").tryQuery().isEmpty(), "Undo is offered once");

        try (AppServices services = reopenTheFile()) {
            assertEquals(List.of(), services.payments.payments(caseId));
            assertEquals(4321, services.payments.paymentsInBin(caseId).get(0).amount().pence());
        }
    }

    @Test
    void undoingAChangeOnTheCasePageBringsTheEarlierAnswersBack() {
        press("#nav-case");
        type("#other-name", "Jordan Reid");
        type("#cms-reference", "121234567890"); // Direct Pay is arranged by the CMS: the case has no reference yet
        press("#case-save");
        savedNotice("#case-status");
        press("#case-saved-undo");
        waitUntil("the notice says the earlier answers are back",
                () -> lookup("#case-status").queryLabeled().getText().contains("earlier answers are back"));

        try (AppServices services = reopenTheFile()) {
            CaseFile now = services.cases.find(caseId).orElseThrow();
            assertEquals("Jordan Reed", now.otherParentName());
            assertEquals(Optional.empty(), now.cmsReference(), "the whole earlier answer is back");
            assertEquals(2, services.cases.earlierVersions(caseId).size(), "both changes are in the case history");
        }
    }
}
