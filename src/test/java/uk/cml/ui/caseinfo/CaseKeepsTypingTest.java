package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/**
 * Found by a reviewer using the app as a new parent: a phone number typed on the Case page, and a 13-digit reference,
 * went without a word when another page was looked at; and "Nothing was saved. Please check the answers marked in
 * red." stayed once nothing was red. Checked in the SQLite file.
 */
class CaseKeepsTypingTest extends WithTheApp {

    @BeforeEach
    void aDirectPayCase() {
        withCase(CaseFileBuilder.jordanReed().cmsReference("121234567890").build());
        openTheApp();
    }

    private String label(String id) {
        return interactAndGet(() -> ((Label) lookup(id).query()).getText());
    }

    @Test
    void whatIsTypedOnTheCasePageIsThereAfterAnotherPageAndTheRefusalGoesOnceNothingIsRed() throws Exception {
        interact(() -> {
            window().setWidth(1366);
            window().setHeight(768);
        });
        press("#nav-case");
        waitFor("#my-phone");
        type("#my-phone", "07700 900123");
        type("#cms-reference", "1212 3456 78901");
        press("#nav-calls");
        waitFor("#call-save");
        press("#nav-case");
        waitFor("#my-phone");
        assertEquals("07700 900123", text("#my-phone"), "the phone number typed is still there");
        assertEquals("1212 3456 78901", text("#cms-reference"), "and so is the reference, wrong as it is");

        press("#case-save");
        waitUntil("the reference is refused", () -> lookup("#cms-reference-error").queryAs(Label.class)
                .isVisible());
        assertEquals("Nothing was saved. Please check the answers marked in red.", label("#case-status"));
        Snapshots.save(this, window().getScene().getRoot(), "case-kept-refused.png");
        type("#cms-reference", "1212 3456 7891");
        waitUntil("the red goes as the answer is changed", () -> !lookup("#cms-reference-error")
                .queryAs(Label.class).isVisible());
        waitUntil("and with it the line pointing at it", () -> label("#case-status").isEmpty());
        Snapshots.save(this, window().getScene().getRoot(), "case-kept-nothing-red.png");

        press("#case-save");
        waitUntil("saved", () -> label("#case-status").startsWith("Saved"));
        press("#nav-calls");
        waitFor("#call-save");
        press("#nav-case");
        waitUntil("the saved answers are read back", () -> "1212 3456 7891".equals(text("#cms-reference")));
        assertEquals("07700 900123", text("#my-phone"));

        stop(startup);
        startup = null;
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            assertEquals("07700 900123", services.cases.myDetails().orElseThrow().phone());
            assertEquals("121234567891", services.cases.find(caseId).orElseThrow().cmsReference().orElseThrow()
                    .digits());
        }
    }

    @Test
    void aRefusalSaidBeforeAnotherPageIsNotLeftBesideAFormWithNothingRed() {
        press("#nav-case");
        type("#cms-reference", "12");
        press("#case-save");
        waitUntil("refused", () -> label("#case-status").startsWith("Nothing was saved"));
        // The parent puts it back as it was: nothing typed is left to keep, so the page is read afresh.
        type("#cms-reference", "1212 3456 7890");
        press("#nav-calls");
        waitFor("#call-save");
        press("#nav-case");
        waitFor("#cms-reference");
        waitUntil("no refusal beside a form with nothing red", () -> label("#case-status").isEmpty());
        assertTrue(!lookup("#cms-reference-error").queryAs(Label.class).isVisible());
    }

    @Test
    void typingForOneCaseIsThereAgainAfterAnotherCaseIsLookedAt() {
        stop(startup);
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            uk.cml.ui.PageHarness.anotherCase(services);
        }
        startup = startOn(dataFolder);
        javafx.scene.control.ChoiceBox<CaseFile> switcher = waitFor("#case-switcher");
        press("#nav-case");
        waitFor("#other-name");
        String first = text("#other-name");
        type("#other-name", "Jordan Alex Reed");
        interact(() -> switcher.getSelectionModel().select(
                switcher.getItems().stream().filter(c -> c.id() != caseId).findFirst().orElseThrow()));
        waitUntil("the other case's form", () -> "Alex Morgan".equals(text("#other-name")));
        interact(() -> switcher.getSelectionModel().select(
                switcher.getItems().stream().filter(c -> c.id() == caseId).findFirst().orElseThrow()));
        waitUntil("the first case's form, as typed", () -> "Jordan Alex Reed".equals(text("#other-name")));
        assertEquals("Jordan Reed", first);
    }
}
