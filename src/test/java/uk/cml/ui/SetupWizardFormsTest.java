package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.Startup;
import uk.cml.domain.arrears.PaymentFrequency;

/** The first-run forms: red outlines that do not move the form, Enter, Change links and tidy postcodes. */
@ExtendWith(ApplicationExtension.class)
class SetupWizardFormsTest extends AppRobot {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // Each test opens the app in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    private double sceneY(String id) {
        // The layout position, not the drawn bounds: a focus ring draws a few pixels outside the box.
        return lookup(id).query().localToScene(0, 0).getY();
    }

    private boolean outlined(String id) {
        return lookup(id).query().getPseudoClassStates().contains(DANGER);
    }

    @Test
    void aWrongAnswerIsOutlinedInRedWithItsMessageAndTheFormDoesNotMove() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-postcode", "not a postcode");
        double postcodeBefore = sceneY("#my-postcode");
        double emailBefore = sceneY("#my-email");
        assertFalse(outlined("#my-name"), "nothing is red before the parent has tried to go on");

        press("#setup-next");

        Label nameProblem = waitFor("#my-name-error");
        assertTrue(nameProblem.getText().contains("Enter your full name"), nameProblem.getText());
        assertTrue(outlined("#my-name"), "the missing name is outlined in red");
        assertTrue(outlined("#my-postcode"), "the wrong postcode is outlined in red");
        assertFalse(outlined("#my-email"), "an optional empty answer is not");
        assertEquals(postcodeBefore, sceneY("#my-postcode"), 0.5, "the postcode box stays where it was");
        assertEquals(emailBefore, sceneY("#my-email"), 0.5, "the fields below stay where they were");
        Screenshots.save(window().getScene().getRoot(), "setup-wrong-answers");

        type("#my-name", "Sam Taylor");
        type("#my-postcode", "sw1a1aa");
        type(KeyCode.TAB);
        waitUntil("the postcode is tidied", () -> "SW1A 1AA".equals(text("#my-postcode")));
        type("#my-address", "1 High Street\nLondon");
        press("#setup-next");
        waitFor("#other-name");
        press("#setup-back");
        waitFor("#my-name");
        assertFalse(outlined("#my-name"), "the outline goes once the answer is right");
        assertFalse(outlined("#my-postcode"));
    }

    @Test
    void enterOnTheChildrenStepGoesNextAndChangeLinksComeBackToTheCheck() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        type(KeyCode.ENTER);
        waitFor("#child-name-1");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#add-child");
        type("#child-name-2", "Leo");
        type("#child-born-2", "02/09/2018");
        type(KeyCode.TAB);
        type(KeyCode.TAB);
        waitUntil("the focus is on a button of the step",
                () -> window().getScene().getFocusOwner() instanceof javafx.scene.control.Button);
        type(KeyCode.ENTER);
        waitUntil("Enter went on to the next step",
                () -> "How maintenance is arranged".equals(lookup("#setup-step-title").queryLabeled().getText()));
        assertTrue(lookup("#child-name-3").tryQuery().isEmpty(), "Enter did not add a third child");

        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#summary-change-other-parent");
        waitUntil("the other parent's step is back",
                () -> "The other parent".equals(lookup("#setup-step-title").queryLabeled().getText()));
        assertEquals("Check your answers", lookup("#setup-next").queryButton().getText());
        type("#other-name", "Jordan Reid");
        press("#setup-next");
        waitFor("#setup-summary");
        assertEquals("Check your answers", lookup("#setup-step-title").queryLabeled().getText());
        assertTrue(lookup("#setup-summary").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .anyMatch(l -> "Jordan Reid".equals(((Label) l).getText())), "the change shows on the check page");
        assertEquals("Save and start", lookup("#setup-next").queryButton().getText());
    }

    /**
     * Found in review: after "Change" on the check page, Back went to an earlier step without checking this one,
     * and Next there jumped straight back to the check page. An amount that is not an amount reached the check page
     * unchecked, which could not read it back (and Save would have failed the same way).
     */
    @Test
    void backFromAChangedStepNeverSkipsItsCheckOnTheWayBack() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#summary-change-plan");
        waitFor("#setup-plan-amount");
        type("#setup-plan-amount", "forty pounds");
        press("#setup-back");
        waitUntil("the arrangement step is back",
                () -> "How maintenance is arranged".equals(lookup("#setup-step-title").queryLabeled().getText()));
        press("#setup-next");
        waitUntil("Next goes on to the step after, not past it",
                () -> !"How maintenance is arranged".equals(lookup("#setup-step-title").queryLabeled().getText()));
        assertEquals("What should be paid", lookup("#setup-step-title").queryLabeled().getText(),
                "the step left by Back is asked again before the check page");
        press("#setup-next");
        Label problem = waitFor("#setup-plan-amount-error");
        assertFalse(problem.getText().isBlank(), "the amount that is not an amount is explained");
        assertEquals("What should be paid", lookup("#setup-step-title").queryLabeled().getText());
    }

    /**
     * Found in review: a first due date long ago made every payment since count as missed, with nothing saying to
     * add the payments received. The plan step and Check your answers now say so (the clock is 22 Nov 2026).
     */
    @Test
    void aFirstDueDateLongAgoSaysToAddThePaymentsReceivedSince() {
        String words = "Next, add the payments you have received since then on the Payments page, or the app counts "
                + "them as missed.";
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        Label hint = lookup("#setup-plan-past-payments").queryAs(Label.class);
        assertFalse(hint.isVisible(), "nothing to say before a date is typed");
        type("#setup-plan-amount", "40");
        choose("#setup-plan-frequency", PaymentFrequency.WEEKLY);
        type("#setup-plan-first-due", "06/09/2026");
        waitUntil("the hint shows", hint::isVisible);
        assertEquals(words, hint.getText());
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        Label onCheck = waitFor("#summary-past-payments");
        assertEquals(words, onCheck.getText());
    }

    /** What the case store would refuse is named beside its field on the step, before anything is saved. */
    @Test
    void aNameOrPhoneNumberTooLongIsNamedBesideItsFieldOnTheStep() {
        startup = startOn(dataFolder);
        javafx.scene.control.TextInputControl name = waitFor("#my-name");
        interact(() -> name.setText("S".repeat(101)));
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        javafx.scene.control.TextInputControl phone = lookup("#my-phone").query();
        interact(() -> phone.setText("07700 900123".repeat(50)));
        press("#setup-next");

        Label nameProblem = waitFor("#my-name-error");
        assertEquals("That name is longer than 100 characters. Shorten it.", nameProblem.getText());
        assertEquals("Enter a phone number such as 07700 900123 or +44 7700 900123, or leave it empty.",
                lookup("#my-phone-error").queryLabeled().getText());
        assertTrue(outlined("#my-phone"));
        assertEquals("About you", lookup("#setup-step-title").queryLabeled().getText(), "the step is not left");
    }

    /** Found by using the app as a new parent: 31/02/2026 was "not a date we can read. Type it like 14/03/2015." */
    @Test
    void aDateOfBirthWithNoSuchDayIsExplainedAsSuch() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sarah Jane Evans");
        type("#my-address", "14 Rose Lane\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Mark Evans");
        press("#setup-next");
        type("#child-name-1", "Lily");
        type("#child-born-1", "31/02/2026");
        press("#setup-next");

        Label problem = waitFor("#child-born-1-error");
        waitUntil("the message shows", problem::isVisible);
        assertEquals("There is no such day as 31/02/2026. Check the day and the month: the day comes first, as in "
                + "22/11/2026.", problem.getText());
        assertEquals("31/02/2026", text("#child-born-1"), "what the parent typed stays for them to correct");
    }

    /**
     * Reviewer at 1366x768: 31/02/2018 typed as a birth date and Enter pressed was wiped from the box, and its red
     * message stood under the First name box. It stays, with its message under the date box itself.
     */
    @Test
    void anImpossibleBirthDateIsKeptWithItsMessageUnderTheDateBox() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sarah Jane Evans");
        type("#my-address", "14 Rose Lane\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Mark Evans");
        press("#setup-next");
        type("#child-name-1", "Niamh");
        type("#child-born-1", "31/02/2018\n");

        Label problem = waitFor("#child-born-1-error");
        waitUntil("the message shows", problem::isVisible);
        assertEquals("31/02/2018", text("#child-born-1"), "what the parent typed stays for them to correct");
        javafx.geometry.Bounds box = sceneBounds("#child-born-1");
        javafx.geometry.Bounds message = sceneBounds("#child-born-1-error");
        assertTrue(message.getMinX() >= box.getMinX() - 1 && message.getMaxX() <= box.getMaxX() + 1,
                "the message stands under the date box: " + message + " against " + box);
        assertTrue(message.getMinY() >= box.getMaxY(), "under it");

        type("#child-born-1", "31/02/2018");
        write("\t");
        press("#setup-next");
        waitUntil("the message shows", () -> problem.getText().startsWith("There is no such day as 31/02/2018"));
        assertEquals("31/02/2018", text("#child-born-1"), "kept when the box is left and Next clicked");
    }

    /**
     * Reviewer: set-up had "CMS Direct Pay" chosen already, so a parent who clicked Next without reading was saved as
     * a CMS case (and its amount as "Taken from: CMS calculation letter"); and the date of birth's example was a day
     * a month ago. Nothing is chosen for them: Next asks beside the choice, and the reference box waits for a CMS one.
     */
    @Test
    void howMaintenanceIsArrangedIsAskedNotChosenForTheParent() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sarah Jane Evans");
        type("#my-address", "14 Rose Lane\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Mark Evans");
        press("#setup-next");
        javafx.scene.control.DatePicker born = waitFor("#child-born-1");
        String example = interactAndGet(born::getPromptText);
        assertEquals("e.g. 14/03/2015", example, "a date of birth's example is a child's, not last month's");
        type("#child-name-1", "Lily");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        waitUntil("the arrangement step",
                () -> "How maintenance is arranged".equals(lookup("#setup-step-title").queryLabeled().getText()));
        for (String id : List.of("#arrangement-private", "#arrangement-direct-pay", "#arrangement-collect-and-pay")) {
            javafx.scene.control.RadioButton option = lookup(id).query();
            assertFalse(interactAndGet(option::isSelected), id + " is not chosen for the parent");
        }
        assertFalse(interactAndGet(() -> {
                    for (javafx.scene.Node at = lookup("#cms-reference").query(); at != null; at = at.getParent()) {
                        if (!at.isVisible()) {
                            return false;
                        }
                    }
                    return true;
                }),
                "no CMS reference is asked for before the parent says the CMS is involved");

        press("#setup-next");

        Label asked = waitFor("#arrangement-error");
        assertEquals("Choose how maintenance is arranged. The app does not guess: it decides what the CMS can do for "
                + "you and which letters are true for your case.", asked.getText());
        assertEquals("How maintenance is arranged", lookup("#setup-step-title").queryLabeled().getText(),
                "Next without a choice stays on the step");
        press("#arrangement-private");
        waitUntil("the message goes once chosen", () -> !interactAndGet(asked::isVisible));
        press("#setup-next");
        waitFor("#setup-plan");
    }

    /**
     * Reviewer: set-up took "9999 8888 7777" without a word, while the Case page says CMS references usually begin
     * with 121 (Next moves on at once, so the warning beside the field is gone as it appears). The check page says it
     * too, and set-up still goes on: a warning, not a refusal.
     */
    @Test
    void anUnusualReferenceIsQuestionedOnTheStepAndOnTheCheckPage() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sarah Jane Evans");
        type("#my-address", "14 Rose Lane\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Mark Evans");
        press("#setup-next");
        type("#child-name-1", "Lily");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "9999 8888 7777");
        Label check = waitFor("#cms-reference-check");
        assertTrue(interactAndGet(check::isVisible), "the warning beside the field");
        press("#setup-next");
        waitFor("#setup-plan");
        type("#setup-plan-amount", "40");
        choose("#setup-plan-frequency", PaymentFrequency.WEEKLY);
        type("#setup-plan-first-due", "04/12/2026");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        Label again = waitFor("#summary-cms-reference-check");
        assertEquals("CMS references usually begin with 121. Check this one against your CMS letter: if it is what "
                + "the letter says, keep it.", again.getText());
    }

    /** Whether the node and every pane around it are shown (a greyed field is shown; a hidden one is not). */
    private boolean showing(String id) {
        return interactAndGet(() -> lookup(id).tryQuery().map(node -> {
            for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return node.isManaged();
        }).orElse(false));
    }

    /** The part of the window the step's scroll pane shows, in the scene's terms. */
    private javafx.geometry.Bounds stepViewport() {
        javafx.scene.control.ScrollPane scroll = lookup(".setup-scroll").query();
        return interactAndGet(() -> scroll.localToScene(scroll.getLayoutBounds()));
    }

    /**
     * Reviewer, at 1366 x 768 on a fresh data folder: with Direct Pay chosen, step 4 showed a greyed "Collect and Pay
     * fee (%)" with three lines of text, and the warning for "3456 7890 1234" was below the window's edge, so Next went
     * on with it unseen; step 5's hint spoke of Collect and Pay; and the check page said "Taken from: CMS calculation
     * letter", which the parent never said, with its last row half under the buttons.
     */
    @Test
    void underDirectPayTheFeeIsNotAskedTheWarningIsInViewAndTheSourceIsOnlyWhatWasGiven() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        interact(() -> {
            window().setMaximized(false);
            window().setWidth(1366);
            window().setHeight(768);
        });
        type("#my-name", "Sarah Jane Evans");
        type("#my-address", "14 Rose Lane\nLeeds");
        type("#my-postcode", "ls6 2ab");
        press("#setup-next");
        type("#other-name", "Mark Evans");
        press("#setup-next");
        type("#child-name-1", "Lily");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(showing("#collection-fee"), "no Collect and Pay fee under Direct Pay, not even greyed");
        type("#cms-reference", "3456 7890 1234");
        waitFor("#cms-reference-check");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds check = sceneBounds("#cms-reference-check");
        javafx.geometry.Bounds view = stepViewport();
        Screenshots.save(window().getScene().getRoot(), "setup-direct-pay-unusual-reference");
        assertTrue(check.getMinY() >= view.getMinY() - 0.5 && check.getMaxY() <= view.getMaxY() + 0.5,
                "the warning " + check + " is in the step's view " + view);
        press("#arrangement-collect-and-pay");
        waitUntil("the fee is asked under Collect and Pay", () -> showing("#collection-fee"));
        press("#arrangement-direct-pay");
        waitUntil("and goes again", () -> !showing("#collection-fee"));
        press("#setup-next");
        waitFor("#setup-plan");
        javafx.scene.control.TextField amount = lookup("#setup-plan-amount").query();
        String hint = interactAndGet(() -> uk.cml.ui.common.FormGrid.hintOf(amount).orElseThrow().getText());
        assertFalse(hint.contains("Collect and Pay") || hint.contains("fee"), "a Direct Pay hint: " + hint);
        javafx.scene.control.TextField source = waitFor("#setup-plan-source");
        assertEquals("", interactAndGet(source::getText), "where it came from is not filled in for the parent");
        type("#setup-plan-amount", "40");
        choose("#setup-plan-frequency", PaymentFrequency.WEEKLY);
        type("#setup-plan-first-due", "04/12/2026");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        List<String> texts = summaryTexts();
        assertFalse(texts.contains("CMS calculation letter"), texts.toString());
        assertTrue(texts.contains("Not given"), texts.toString());
        // The check page names the source as the plan form does ("Where it came from"), not "Taken from".
        assertTrue(texts.contains(uk.cml.ui.common.Messages.text("payments.planPanel.whereItCameFrom")), texts.toString());
        assertFalse(texts.contains("Taken from"), texts.toString());
        waitFor("#summary-cms-reference-check");
        // Scrolled to the end, the last line of the check page is above the buttons, not under them.
        javafx.scene.control.ScrollPane scroll = lookup(".setup-scroll").query();
        interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node last = interactAndGet(() -> {
            javafx.scene.Node lowest = null;
            for (javafx.scene.Node label : lookup("#setup-summary").queryAs(javafx.scene.Parent.class)
                    .lookupAll(".label")) {
                if (label.isVisible() && (lowest == null || label.localToScene(label.getLayoutBounds()).getMaxY()
                        > lowest.localToScene(lowest.getLayoutBounds()).getMaxY())) {
                    lowest = label;
                }
            }
            return lowest;
        });
        javafx.geometry.Bounds lastLine = interactAndGet(() -> last.localToScene(last.getLayoutBounds()));
        javafx.geometry.Bounds next = sceneBounds("#setup-next");
        Screenshots.save(window().getScene().getRoot(), "setup-direct-pay-check-answers-end");
        assertTrue(lastLine.getMaxY() <= stepViewport().getMaxY() + 0.5 && lastLine.getMaxY() <= next.getMinY(),
                "the last line " + lastLine + " is in view, above Next " + next);
    }

    private javafx.geometry.Bounds sceneBounds(String id) {
        javafx.scene.Node node = lookup(id).query();
        return interactAndGet(() -> node.localToScene(node.getLayoutBounds()));
    }

    private List<String> summaryTexts() {
        return interactAndGet(() -> lookup("#setup-summary").queryAs(javafx.scene.Parent.class).lookupAll(".label")
                .stream().map(l -> ((Label) l).getText()).toList());
    }

    /**
     * A new-user walk-through: a child's row moved when its messages appeared (the date's message widened its
     * column); the first due date had no weekday to check against a letter's "every Friday"; and the check page
     * left out the other parent's address, the parent's phone and email, all of which are saved.
     */
    @Test
    void aChildsRowStaysStillTheFirstDueGivesItsWeekdayAndTheCheckReadsBackEverything() {
        startup = startOn(dataFolder);
        waitFor("#my-name");
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        type("#my-phone", "07700 900123");
        type("#my-email", "sam@example.com");
        press("#setup-next");
        type("#other-name", "Jordan Reed");
        type("#other-address", "3 Mill Lane\nBradford");
        type("#other-postcode", "bd1 1aa");
        press("#setup-next");
        waitFor("#child-name-1");
        press("#add-child");
        waitFor("#remove-child-1");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14 March");
        List<String> ids = List.of("#child-name-1", "#child-born-1", "#remove-child-1", "#child-name-2",
                "#child-born-2", "#remove-child-2");
        List<javafx.geometry.Bounds> before = ids.stream().map(this::sceneBounds).toList();
        press("#setup-next");
        waitUntil("the messages show", () -> lookup("#child-born-1-error").queryAs(Label.class).isVisible()
                && lookup("#child-name-2-error").queryAs(Label.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < ids.size(); i++) {
            javafx.geometry.Bounds now = sceneBounds(ids.get(i));
            assertEquals(before.get(i).getMinX(), now.getMinX(), 0.5, ids.get(i) + " stays where it was");
            assertEquals(before.get(i).getWidth(), now.getWidth(), 0.5, ids.get(i) + " keeps its width");
            assertEquals(before.get(i).getMinY(), now.getMinY(), 0.5, ids.get(i) + " stays at its height");
        }
        Screenshots.save(window().getScene().getRoot(), "setup-children-messages");
        press("#remove-child-2");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        type("#setup-plan-amount", "40");
        choose("#setup-plan-frequency", PaymentFrequency.WEEKLY);
        type("#setup-plan-first-due", "04/12/2026");
        waitUntil("the weekday shows", () -> "First due on Fri 4 Dec 2026.".equals(
                lookup("#setup-plan-first-due-day").queryAs(Label.class).getText()));
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        List<String> texts = summaryTexts();
        assertTrue(texts.contains("Fri 4 Dec 2026"), texts.toString());
        assertTrue(texts.contains("3 Mill Lane, Bradford, BD1 1AA"), texts.toString());
        assertTrue(texts.contains("07700 900123"), texts.toString());
        assertTrue(texts.contains("sam@example.com"), texts.toString());
        Screenshots.save(window().getScene().getRoot(), "setup-check-everything");
    }
}
