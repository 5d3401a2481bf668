package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.WithAPage;

/**
 * The Case page names each answer the store would refuse beside its field, and saves nothing: a name pasted far too
 * long, a phone number that is many numbers. A phone number padded with spaces is saved as the number.
 */
class CaseFormLimitsTest extends WithAPage {

    final List<CaseFile> saved = new ArrayList<>();

    private void paste(String id, String text) {
        TextInputControl field = waitFor(id);
        interact(() -> field.setText(text));
    }

    private String textOf(String id) {
        return interactAndGet(() -> lookup(id).queryLabeled().getText());
    }

    private void openThePage() {
        CaseView page = new CaseView(harness.services.cases, harness.background, CLOCK, harness.currentCase,
                saved::add, uk.cml.ui.common.DraftKeeper.none());
        show(page);
        waitUntil("the answers load", () -> "Sam Taylor".equals(text("#my-name")));
    }

    @Test
    void answersTooLongAreNamedBesideTheirFieldsAndNothingIsSaved() {
        openThePage();
        paste("#other-name", "J".repeat(5_000));
        paste("#my-phone", "0800 171 2345 ".repeat(100));
        paste("#child-name-1", "M".repeat(101));
        paste("#my-email", "a".repeat(300) + "@example.org");
        press("#case-save");

        waitUntil("the name is explained", () -> textOf("#other-name-error")
                .equals("That name is longer than 100 characters. Shorten it."));
        assertEquals("Enter a phone number such as 07700 900123 or +44 7700 900123, or leave it empty.",
                textOf("#my-phone-error"));
        assertEquals("That name is too long. Use the first name only.", textOf("#child-name-1-error"));
        assertEquals("That email address is longer than 200 characters. Check it, or leave it empty.",
                textOf("#my-email-error"));
        assertEquals("Nothing was saved. Please check the answers marked in red.", textOf("#case-status"));
        long id = harness.currentCase.get().id();
        assertEquals("Jordan Reed", harness.services.cases.find(id).orElseThrow().otherParentName());
        assertEquals(List.of(), harness.services.cases.earlierVersions(id));
        assertEquals(List.of(), saved);
    }

    @Test
    void aPhoneNumberPaddedWithSpacesIsSavedAsTheNumber() {
        openThePage();
        paste("#my-phone", " ".repeat(3_000) + "0800     171 2345" + " ".repeat(3_000));
        paste("#cms-reference", "1212 3456 7890"); // the harness's Direct Pay case has none yet
        press("#case-save");

        waitUntil("the case is saved", () -> !saved.isEmpty());
        assertEquals(" ", textOf("#my-phone-error"), "no problem beside the phone");
        assertEquals("0800 171 2345", harness.services.cases.myDetails().orElseThrow().phone());
    }
}
