package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer rv10, a new parent on a fresh data folder without the CMS letter to hand: set-up could not be finished
 * without the 12-digit reference. Now they say so, finish, are asked for it in What needs doing, cannot make a letter
 * to the CMS until it is added, and add it on the Case page.
 */
class SetupWithoutReferenceTest extends WithTheApp {

    private void toTheArrangementStep() {
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "LS6 2AB");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        waitFor("#arrangement-direct-pay");
    }

    @Test
    void aNewParentWithoutTheReferenceFinishesSetUpAndIsAskedForItUntilItIsAdded() {
        startup = startOn(dataFolder);
        toTheArrangementStep();
        assertTrue(label("#arrangement-not-sure").startsWith("Not sure? If the CMS worked out the amount: when the "
                + "money comes to you from the other parent, it is Direct Pay; when it comes from the CMS, it is "
                + "Collect and Pay."), label("#arrangement-not-sure"));
        press("#arrangement-direct-pay");
        press("#setup-next");
        waitUntil("an empty reference is refused, saying the way on", () -> label("#cms-reference-error")
                .equals("Enter the 12-digit reference from your CMS letter, or tick \"I don't have it to hand\" to "
                        + "add it later."));
        press("#cms-reference-later");
        waitUntil("the refusal goes", () -> label("#cms-reference-error").isBlank());
        assertTrue(lookup("#cms-reference").query().isDisabled(), "nothing to type while it is to be added later");
        assertTrue(label("#cms-reference-later-note").startsWith("Until you add it, you can keep your records, but "
                + "the app cannot make letters to the CMS."), label("#cms-reference-later-note"));
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        assertTrue(lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Not added yet. You can add it later on the Case page")).tryQuery()
                .isPresent(), "the check page reads the choice back, not an empty line");
        press("#setup-next");
        ChoiceBox<CaseFile> switcher = waitFor("#case-switcher");
        waitUntil("the case is chosen", () -> switcher.getValue() != null);
        assertTrue(switcher.getValue().cmsReference().isEmpty());

        Button add = waitForTodo("Add the reference");
        String what = add.getAccessibleText();
        assertTrue(what.contains("Add your CMS reference: it is on every letter from the CMS, or call the CMS on "
                + "0800 171 2345 (free)."), what);

        press("#nav-write-letter");
        ComboBox<LetterTemplate> template = waitFor("#letter-template");
        interact(() -> template.setValue(template.getItems().stream()
                .filter(t -> "arrears-breakdown".equals(t.key())).findFirst().orElseThrow()));
        Label missing = waitFor("#letter-missing");
        waitUntil("the writer says the reference is missing and where to add it", () -> missing.getText()
                .contains("add your 12-digit CMS reference on the Case page"));
        assertTrue(lookup("#letter-make-pdf").query().isDisabled(), "no letter to the CMS without its reference");

        press("#nav-overview");
        // The Overview shows its last list at once and lists again as its records load: a button looked up before
        // that can leave the scene under the mouse. Pressed on the JavaFX thread, as found, in one step.
        waitUntil("the Overview's \"Add the reference\" is pressed", () -> {
            Button add2 = findTodo("Add the reference");
            if (add2 == null || add2.getScene() == null || add2.isDisabled()) {
                return false;
            }
            add2.fire();
            return true;
        });
        CheckBox later = waitFor("#cms-reference-later");
        assertTrue(later.isSelected(), "the Case page shows the choice made in set-up");
        // Read afresh each time: the Case page replaces its form when the records it read for this visit come.
        waitUntil("the page opens at the reference, four screens down, with the keyboard there",
                () -> lookup("#cms-reference-later").tryQuery().map(box -> box.getScene() != null
                        && box.getScene().getFocusOwner() == box).orElse(false));
        press("#cms-reference-later");
        type("#cms-reference", "121234567890");
        press("#case-save");
        waitUntil("the case is saved with its reference", () -> switcher.getValue() != null
                && switcher.getValue().cmsReference().isPresent());
        assertEquals("1212 3456 7890", switcher.getValue().cmsReference().get().grouped());

        press("#nav-overview");
        waitFor("#overview-todo-none");
        assertEquals(null, findTodo("Add the reference"), "the to-do goes once the reference is added");
    }

    @Test
    void theCasePageCanLeaveASavedReferenceToAddLaterOnlyByTheChoice() {
        withJordanReedsCase();
        openTheApp("case");
        CheckBox later = waitFor("#cms-reference-later");
        assertTrue(later.isSelected(), "Jordan Reed's case has no reference");
        press("#cms-reference-later");
        press("#case-save");
        waitUntil("an empty reference is refused once the box is unticked", () -> label("#cms-reference-error")
                .startsWith("Enter the 12-digit reference from your CMS letter, or tick"));
        type("#cms-reference", "1212 3456 789");
        press("#case-save");
        waitUntil("a typed reference is checked as before", () -> label("#cms-reference-error")
                .contains("12 digits long. You entered 11"));
        assertFalse(later.isSelected());
    }

    private Button waitForTodo(String buttonText) {
        waitUntil("the to-do \"" + buttonText + "\" is listed", () -> findTodo(buttonText) != null);
        return findTodo(buttonText);
    }

    private Button findTodo(String buttonText) {
        return lookup((Node n) -> n instanceof Button b && b.getId() != null
                && b.getId().startsWith("overview-todo-open-") && buttonText.equals(b.getText())).tryQuery()
                .map(Button.class::cast).orElse(null);
    }

    private String label(String id) {
        return lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
