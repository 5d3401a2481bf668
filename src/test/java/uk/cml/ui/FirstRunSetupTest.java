package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.caseinfo.CaseFile;

@ExtendWith(ApplicationExtension.class)
class FirstRunSetupTest extends AppRobot {

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

    private void answerAboutMe() {
        type("#my-name", "Sam Taylor");
        type("#my-address", "14 Orchard Close\nLeeds");
        type("#my-postcode", "ls6 2ab");
        type("#my-ni-number", "ab 12 34 56 c");
        press("#setup-next");
    }

    @Test
    void aNewParentSetsUpTheirCaseAndFindsItAgainAfterReopening() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerAboutMe();
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        type(KeyCode.TAB);
        type("#child-born-1", "31/02/2015");
        press("#setup-next");
        Label impossible = waitFor("#child-born-1-error");
        assertTrue(impossible.getText().contains("There is no such day as 31/02/2015"), impossible.getText());
        assertEquals("31/02/2015", text("#child-born-1"), "what the parent typed stays in the box");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        press("#arrangement-direct-pay");
        type("#cms-reference", "1212 3456 789");
        press("#setup-next");
        Label refused = waitFor("#cms-reference-error");
        assertTrue(refused.getText().contains("12 digits long. You entered 11"), refused.getText());
        assertEquals("How maintenance is arranged", lookup("#setup-step-title").queryLabeled().getText(),
                "a wrong reference keeps the parent on the same step");
        // Found by a new-user walk-through: 1234 5678 9012 went by without a word. A check, not a refusal.
        type("#cms-reference", "123456789012");
        waitFor("#cms-reference-check");
        assertEquals("CMS references usually begin with 121. Check this one against your CMS letter: if it is what "
                + "the letter says, keep it.", lookup("#cms-reference-check").queryLabeled().getText());
        type("#cms-reference", "121234567890");
        waitUntil("the check goes once it begins with 121", () -> !lookup("#cms-reference-check").query().isVisible());
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#setup-next");
        ChoiceBox<CaseFile> switcher = waitFor("#case-switcher");
        waitUntil("the case is chosen", () -> switcher.getValue() != null);
        assertEquals("Owed by Jordan Reed", switcher.getValue().title());
        assertEquals("1212 3456 7890", switcher.getValue().cmsReference().orElseThrow().grouped());

        stop(startup);
        startup = startOn(dataFolder);
        ChoiceBox<CaseFile> again = waitFor("#case-switcher");
        waitUntil("the case is chosen again", () -> again.getValue() != null);
        assertEquals("Owed by Jordan Reed", again.getValue().title());
        press("#nav-case");
        waitUntil("the case page shows the answers", () -> lookup("#my-name").tryQuery().isPresent());
        assertEquals("Sam Taylor", text("#my-name"));
        assertEquals("LS6 2AB", text("#my-postcode"));
        assertEquals("AB 12 34 56 C", text("#my-ni-number"));
    }

    @Test
    void theFirstStepSaysTheAnswersStayOnThisComputer() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        Label staysHere = waitFor("#setup-stays-here");
        assertEquals("Everything you enter stays on this computer: the app sends nothing anywhere.",
                staysHere.getText());
        assertTrue(staysHere.isVisible(), "said on the first step, beside the name, address and NI number");
        answerAboutMe();
        waitFor("#other-name");
        assertFalse(staysHere.isVisible(), "said once, on the first step only");
        assertFalse(staysHere.isManaged(), "and leaves no gap on the later steps");
        press("#setup-back");
        waitFor("#my-name");
        assertTrue(staysHere.isVisible(), "back on the first step, it is said again");
    }

    @Test
    void backKeepsWhatWasTypedAndMissingAnswersAreExplained() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        waitUntil("the first question has the keyboard focus", () -> {
            javafx.scene.Node owner = window().getScene().getFocusOwner();
            return owner != null && "my-name".equals(owner.getId());
        });
        press("#setup-next");
        Label nameProblem = waitFor("#my-name-error");
        assertTrue(nameProblem.getText().contains("Enter your full name"));
        type("#my-postcode", "not a postcode");
        press("#setup-next");
        assertTrue(lookup("#my-postcode-error").queryLabeled().getText().contains("UK postcode"));
        answerAboutMe();
        waitFor("#other-name");
        type("#other-name", "Jordan Reed");
        press("#setup-back");
        assertEquals("Sam Taylor", text("#my-name"));
        press("#setup-next");
        assertEquals("Jordan Reed", text("#other-name"));
    }

    @Test
    void cancelKeepsTheAnswersForNextTime() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        type("#my-name", "Sam Taylor");
        // On a first run there is no app behind set-up: the buttons say they close it rather than "Cancel".
        assertEquals("Close for now", lookup("#setup-cancel").queryButton().getText());
        press("#setup-cancel");
        Label said = waitFor("#setup-cancel-note");
        assertTrue(said.getText().startsWith("Close the app for now?"), said.getText());
        assertTrue(said.getText().contains("answers so far are kept"), said.getText());
        assertEquals("Close the app", lookup("#setup-cancel-close").queryButton().getText());
        press("#setup-cancel-keep-going");
        waitFor("#setup-next");
        assertEquals("Sam Taylor", text("#my-name"), "keep going leaves the answers in place");
        press("#setup-cancel");
        press("#setup-cancel-close");
        waitUntil("the window closes", () -> !window().isShowing());
        assertFalse(window().isShowing(), "cancel closes the window");
        stop(startup);
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        assertEquals("Sam Taylor", text("#my-name"), "the answer typed before cancelling is back");
        assertEquals("", text("#my-postcode"), "nothing was invented for the questions not answered");
    }

    /** Up to "What should be paid", under Direct Pay (a CMS case) or a private arrangement. */
    private void answerUpToWhatShouldBePaid(boolean cms) {
        answerAboutMe();
        type("#other-name", "Jordan Reed");
        press("#setup-next");
        type("#child-name-1", "Mia");
        type("#child-born-1", "14/03/2015");
        press("#setup-next");
        if (cms) {
            press("#arrangement-direct-pay");
            type("#cms-reference", "121234567890");
        } else {
            press("#arrangement-private");
        }
        press("#setup-next");
        waitFor("#setup-plan");
    }

    private String shown(String id) {
        return lookup(id).queryLabeled().getText();
    }

    private boolean summarySays(String words) {
        return lookup("#setup-summary").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .anyMatch(l -> words.equals(((Label) l).getText()));
    }

    @Test
    void whatShouldBePaidIsCheckedLikeThePlanFormAndTheOverviewWorksFromIt() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerUpToWhatShouldBePaid(true);
        assertEquals("What should be paid", shown("#setup-step-title"));
        assertEquals("Step 5 of 7", shown("#setup-step-count"));
        assertEquals("Copy these from your CMS calculation letter.", shown("#setup-plan-note"));

        type("#setup-plan-amount", "12.345");
        type("#setup-plan-first-due", "31/02/2026");
        press("#setup-next");
        Label amountProblem = waitFor("#setup-plan-amount-error");
        waitUntil("the amount's message shows", amountProblem::isVisible);
        assertEquals("Use pounds and pence with no more than two numbers after the point, for example 43.21.",
                amountProblem.getText());
        assertEquals("There is no such day as 31/02/2026. Check the day and the month: the day comes first, as in "
                + "22/11/2026.", shown("#setup-plan-first-due-error"), "as the Payments page's plan form says it");
        assertEquals("What should be paid", shown("#setup-step-title"), "a wrong answer keeps the parent here");
        // How often starts with no choice (Weekly chosen for the parent, skimmed past, became a false schedule):
        // once an amount is typed, it must be chosen, and the message says so beside it.
        assertEquals(null, lookup("#setup-plan-frequency").queryComboBox().getValue(), "nothing chosen for them");
        assertEquals("Choose how often the money is due.", shown("#setup-plan-frequency-error"));
        Screenshots.save(window().getScene().getRoot(), "setup-plan-problems");

        type("#setup-plan-amount", "10000000");
        type("#setup-plan-first-due", "06/11/2028");
        press("#setup-next");
        waitUntil("the size is explained", () -> shown("#setup-plan-amount-error").startsWith("This is more than £"));
        assertEquals("This date is more than a year away. Check the year.", shown("#setup-plan-first-due-error"));
        type("#setup-plan-amount", "0");
        press("#setup-next");
        waitUntil("zero is explained", () -> shown("#setup-plan-amount-error").startsWith(
                "Enter an amount more than £0.00. If you don't know the amount yet"));

        type("#setup-plan-amount", "43.21");
        choose("#setup-plan-frequency", PaymentFrequency.FORTNIGHTLY);
        waitUntil("the message goes once it is chosen", () -> !lookup("#setup-plan-frequency-error").query()
                .isVisible());
        type("#setup-plan-first-due", "6/11/2026");
        Screenshots.save(window().getScene().getRoot(), "setup-plan-filled");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        assertTrue(summarySays("£43.21") && summarySays("Every 2 weeks") && summarySays("Fri 6 Nov 2026")
                && summarySays("Not given"), "the plan is read back before it is saved, its source only if given");
        Screenshots.save(window().getScene().getRoot(), "setup-plan-check-answers");
        press("#setup-next");

        // Every 2 weeks from Fri 6 Nov 2026: 6 Nov and 20 Nov are due by Sun 22 Nov, the next is 4 Dec.
        Label next = waitFor("#overview-next-due");
        waitUntil("the Overview works from the plan", () -> "£43.21 on Fri 4 Dec 2026".equals(next.getText()));
        assertEquals("£86.42", shown("#overview-owed"));
        assertTrue(lookup("#overview-no-plan").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "no \"There is no payment plan yet\"");
        Screenshots.save(window().getScene().getRoot(), "setup-plan-overview");
    }

    /**
     * The privacy step's answers are read back on "Check your answers" as a part of their own, with a "Change" link
     * back to that step: whether the address is kept from the other parent, and whether a passcode is set, never
     * the passcode itself.
     */
    @Test
    void thePrivacyAnswersAreReadBackWithAChangeLinkButNeverThePasscode() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerUpToWhatShouldBePaid(true);
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        assertTrue(summarySays("Your privacy"), "the part has its heading");
        assertEquals("No: letters to the other parent show your address", shown("#summary-privacy-0"));
        assertEquals("None: the app opens without one", shown("#summary-privacy-1"));

        press("#summary-change-privacy");
        waitFor("#setup-privacy");
        assertEquals("Your privacy", shown("#setup-step-title"));
        press("#setup-address-private");
        type("#setup-passcode", "4821");
        type("#setup-passcode-repeat", "4821");
        assertEquals("Check your answers", lookup("#setup-next").queryButton().getText());
        press("#setup-next");
        waitFor("#setup-summary");
        waitUntil("the changed answers are read back", () -> lookup("#summary-privacy-0").tryQuery().isPresent()
                && shown("#summary-privacy-0").startsWith("Yes"));
        assertEquals("Yes: letters to the other parent show only your name",
                shown("#summary-privacy-0"));
        assertEquals("Set: the app will ask for it when it opens", shown("#summary-privacy-1"));
        assertTrue(lookup("#setup-summary").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .noneMatch(l -> ((Label) l).getText() != null && ((Label) l).getText().contains("4821")),
                "the passcode itself is never shown");
        Screenshots.save(window().getScene().getRoot(), "setup-privacy-check-answers");
    }

    @Test
    void iDontKnowYetSkipsTheStepAndTheOverviewStillAsksForThePlan() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerUpToWhatShouldBePaid(false);
        assertEquals("Use what you and the other parent agreed in your private agreement.",
                shown("#setup-plan-note"));
        type("#setup-plan-amount", "43.21");
        press("#setup-plan-skip");
        waitFor("#setup-privacy");
        press("#setup-back");
        waitFor("#setup-plan");
        assertEquals("", text("#setup-plan-amount"), "\"I don't know yet\" leaves nothing half-typed behind");
        press("#setup-next");
        waitFor("#setup-privacy");
        press("#setup-next");
        waitFor("#setup-summary");
        assertTrue(summarySays("Not known yet. You can add it later on the Payments page."));
        press("#setup-next");
        waitFor("#case-switcher");
        Label noPlan = waitFor("#overview-no-plan-text");
        waitUntil("the Overview asks for the plan", noPlan::isVisible);
    }

    @Test
    void closingSetUpAtWhatShouldBePaidKeepsThoseAnswersToo() {
        startup = startOn(dataFolder);
        waitFor("#setup-wizard");
        answerUpToWhatShouldBePaid(false);
        type("#setup-plan-amount", "43.21");
        choose("#setup-plan-frequency", PaymentFrequency.MONTHLY);
        type("#setup-plan-first-due", "6/11/2026");
        press("#setup-cancel");
        press("#setup-cancel-close");
        waitUntil("the window closes", () -> !window().isShowing());
        stop(startup);

        startup = startOn(dataFolder);
        waitFor("#my-name");
        for (int step = 1; step <= 4; step++) {
            press("#setup-next");
        }
        waitFor("#setup-plan");
        assertEquals("43.21", text("#setup-plan-amount"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 6)),
                uk.cml.domain.UkDates.parse(text("#setup-plan-first-due")));
        assertEquals(PaymentFrequency.MONTHLY, lookup("#setup-plan-frequency").queryComboBox().getValue(),
                "how often, as chosen, is kept too");
    }
}
