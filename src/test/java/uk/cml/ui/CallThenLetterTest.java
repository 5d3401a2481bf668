package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.AppServices;
import uk.cml.app.Startup;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.templates.LetterTemplate;

/**
 * After saving a call, the letter confirming it is offered where the parent is looking (beside "Call saved."), and
 * the writer opens on "Confirm a phone call" with that call chosen; opened from the sidebar, it offers the newest call.
 */
@ExtendWith(ApplicationExtension.class)
class CallThenLetterTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @BeforeEach
    void aParentWithACase() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            services.cases.completeSetup(new MyDetails("Sam Taylor", new PostalAddress(List.of(
                    "14 Orchard Close", "Leeds"), "LS6 2AB"), "", "", Optional.empty()), new CaseFile(0, "Jordan Reed",
                    Optional.empty(), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                    Optional.of(new CmsReference("121234567890")),
                    List.of(new Child(0, "Mia", LocalDate.of(2015, 3, 14))), new BigDecimal("4")));
        }
        startup = startOn(dataFolder);
        waitFor("#case-switcher");
    }

    @AfterEach
    void close() {
        stop(startup);
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
