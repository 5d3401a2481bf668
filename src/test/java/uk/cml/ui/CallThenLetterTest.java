package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.testing.CaseFileBuilder;

/**
 * After saving a call, the letter confirming it is offered where the parent is looking (beside "Call saved."), and
 * the writer opens on "Confirm a phone call" with that call chosen; opened from the sidebar, it offers the newest call.
 */
class CallThenLetterTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withCase(CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
        openTheApp();
    }

    private void noteACall(String date, String spokeTo, String said) {
        type("#call-date", date);
        type("#call-time", "11:20");
        type("#call-spoke-to", spokeTo);
        type("#call-said", said);
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
    }

    @Test
    void theLetterConfirmingACallIsOfferedBesideCallSavedAndOpensWithThatCall() {
        press("#nav-calls");
        noteACall("18/11/2026", "Alex", "An older call.");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the first call is listed", () -> list.getItems().size() == 1);
        press("#call-new");
        noteACall("20/11/2026", "Priya", "She said the missed payments were noted.");
        waitUntil("the second call is listed", () -> list.getItems().size() == 2);
        Label status = waitFor("#call-status");
        waitUntil("saved", () -> status.getText().startsWith("Call saved."));
        Node offer = waitFor("#call-saved-letter");
        assertTrue(interactAndGet(() -> offer.isVisible() && status.getGraphic() != null),
                "the offer is beside the words, in the status line under Save");

        press("#call-saved-letter");
        ComboBox<LetterTemplate> template = waitFor("#letter-template");
        waitUntil("the writer is on the letter confirming a call",
                () -> template.getValue() != null && "confirm-call".equals(template.getValue().key()));
        ComboBox<?> call = waitFor("#letter-call");
        waitUntil("the call just saved is chosen", () -> call.getValue() != null
                && call.getValue().toString().contains("Priya"));
        assertTrue(call.getValue().toString().startsWith("20 Nov 2026, 11:20"), call.getValue().toString());
        waitUntil("the case's other calls can be chosen instead", () -> call.getItems().size() == 2);
        assertTrue(call.getValue().toString().contains("Priya"), "still the call just saved");
        Label missing = waitFor("#letter-missing");
        waitUntil("nothing is missing from the letter", () -> missing.getText().isEmpty());
        assertTrue(text("#letter-heading").contains("20 Nov 2026"), text("#letter-heading"));
    }

    @Test
    void theWriterOpenedFromTheSidebarOffersTheCallJustNoted() {
        press("#nav-calls");
        noteACall("20/11/2026", "Priya", "She said the missed payments were noted.");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the call is listed", () -> list.getItems().size() == 1);

        press("#nav-write-letter");
        ComboBox<LetterTemplate> template = waitFor("#letter-template");
        interact(() -> template.setValue(template.getItems().stream()
                .filter(t -> "confirm-call".equals(t.key())).findFirst().orElseThrow()));
        ComboBox<?> call = waitFor("#letter-call");
        waitUntil("the call is offered and chosen", () -> call.getValue() != null
                && call.getValue().toString().contains("Priya"));
        Label missing = waitFor("#letter-missing");
        waitUntil("nothing is missing from the letter", () -> missing.getText().isEmpty());
        assertTrue(text("#letter-heading").contains("20 Nov 2026"), text("#letter-heading"));
    }
}
