package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.caseinfo.CaseFile;

@ExtendWith(ApplicationExtension.class)
class CasesAndWindowTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in its own window (AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    /** Starts the app on the sample records and waits for their case to be open; returns the case switcher. */
    private ChoiceBox<CaseFile> openSample() {
        SampleFolders.fill(dataFolder);
        startup = startOn(dataFolder);
        ChoiceBox<CaseFile> switcher = waitFor("#case-switcher");
        waitUntil("the sample case is open", () -> switcher.getValue() != null);
        return switcher;
    }

    @Test
    void aSecondCaseIsAddedAndTheWindowAndCaseAreRememberedOnReopening() {
        ChoiceBox<CaseFile> switcher = openSample();
        press("#add-case");
        type("#other-name", "Alex Green");
        press("#setup-next");
        type("#child-name-1", "Ava");
        type("#child-born-1", "5 Jan 2020");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#setup-next");
        ChoiceBox<CaseFile> after = waitFor("#case-switcher");
        waitUntil("the new case is open", () -> after.getValue() != null
                && after.getValue().otherParentName().equals("Alex Green"));
        assertEquals(List.of("Owed by Jordan Reed", "Owed by Alex Green"),
                after.getItems().stream().map(CaseFile::title).toList());
        interact(() -> {
            window().setX(40);
            window().setY(30);
            window().setWidth(1000);
            window().setHeight(700);
        });

        stop(startup);
        startup = startOn(dataFolder);
        ChoiceBox<CaseFile> reopened = waitFor("#case-switcher");
        waitUntil("a case is open", () -> reopened.getValue() != null);
        assertEquals("Owed by Alex Green", reopened.getValue().title(), "the case last open");
        assertEquals(1000, window().getWidth(), 1);
        assertEquals(700, window().getHeight(), 1);
        interact(() -> reopened.setValue(reopened.getItems().get(0)));
        press("#nav-case");
        waitUntil("the first case's page", () -> lookup("#other-name").tryQuery().isPresent()
                && "Jordan Reed".equals(text("#other-name")));
    }

    /** Renaming the open case replaces it in the switcher's list: the switcher must keep it chosen, renamed. */
    @Test
    void theOpenCaseRenamedStaysChosenUnderItsNewName() {
        ChoiceBox<CaseFile> switcher = openSample();
        long open = switcher.getValue().id();
        press("#nav-case");
        waitUntil("the case page", () -> lookup("#other-name").tryQuery().isPresent()
                && "Jordan Reed".equals(text("#other-name")));
        interact(() -> lookup("#other-name").queryTextInputControl().clear());
        type("#other-name", "Jordan Reid");
        press("#case-save");
        waitUntil("the switcher shows the new name", () -> switcher.getValue() != null
                && switcher.getValue().otherParentName().equals("Jordan Reid"));
        assertEquals(open, switcher.getValue().id());
        assertEquals(1, switcher.getItems().size());
        assertEquals(switcher.getValue(), switcher.getSelectionModel().getSelectedItem());
    }

    /** "Add another case" asks what should be paid too, and the new case's Overview works from it. */
    @Test
    void anotherCaseGetsItsPlanFromTheSameQuestions() {
        openSample();
        press("#add-case");
        type("#other-name", "Alex Green");
        press("#setup-next");
        type("#child-name-1", "Ava");
        type("#child-born-1", "5 Jan 2020");
        press("#setup-next");
        press("#arrangement-private");
        press("#setup-next");
        waitFor("#setup-plan");
        assertEquals("Step 4 of 5", lookup("#setup-step-count").queryLabeled().getText(),
                "no questions about the parent, and no privacy step, when adding a case");
        type("#setup-plan-amount", "12.345");
        press("#setup-next");
        javafx.scene.control.Label problem = waitFor("#setup-plan-amount-error");
        waitUntil("the amount's message shows", problem::isVisible);
        type("#setup-plan-amount", "50");
        choose("#setup-plan-frequency", PaymentFrequency.MONTHLY);
        type("#setup-plan-first-due", "1/12/2026");
        press("#setup-next");
        waitFor("#setup-summary");
        press("#setup-next");
        ChoiceBox<CaseFile> after = waitFor("#case-switcher");
        waitUntil("the new case is open", () -> after.getValue() != null
                && after.getValue().otherParentName().equals("Alex Green"));
        press("#nav-overview");
        waitUntil("the new case's Overview works from its plan", () -> lookup("#overview-next-due").tryQuery()
                .map(n -> "£50.00 on Tue 1 Dec 2026".equals(((javafx.scene.control.Label) n).getText())).orElse(false));
    }

    /**
     * A second case given the first one's CMS reference: warned beside the field in set-up and on the Case page, but
     * saved (a parent may have a reason). With two cases the switcher's list is readable: the header's white words
     * once reached the list's rows, white on white.
     */
    @Test
    void aSecondCaseWithTheSameReferenceIsWarnedNotRefusedAndTheSwitcherListIsReadable() {
        openSample();
        press("#add-case");
        type("#other-name", "Alex Green");
        press("#setup-next");
        type("#child-name-1", "Ava");
        type("#child-born-1", "5 Jan 2020");
        press("#setup-next");
        press("#arrangement-direct-pay");
        waitFor("#cms-reference");
        javafx.scene.control.Label same = lookup("#cms-reference-same").query();
        assertEquals(false, same.isVisible(), "no warning before a reference is typed");
        type("#cms-reference", "121234567890");
        waitUntil("the warning shows", same::isVisible);
        assertEquals("Jordan Reed's case already has this reference. Check the number on your CMS letters.",
                same.getText());
        type("#cms-reference", "121234567891");
        waitUntil("the warning goes with another reference", () -> !same.isVisible());
        type("#cms-reference", "1212 3456 7890");
        waitUntil("the warning is back", same::isVisible);
        press("#setup-next");
        waitFor("#setup-plan");
        press("#setup-next");
        waitFor("#setup-summary");
        javafx.scene.control.Label readBack = waitFor("#summary-cms-reference-same");
        assertEquals("Jordan Reed's case already has this reference. Check the number on your CMS letters.",
                readBack.getText(), "checking the answers says it again");
        press("#setup-next");
        ChoiceBox<CaseFile> after = waitFor("#case-switcher");
        waitUntil("the new case is saved and open", () -> after.getValue() != null
                && after.getValue().otherParentName().equals("Alex Green"));
        press("#nav-case");
        waitUntil("the Case page warns too", () -> lookup("#cms-reference-same").tryQuery()
                .map(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().contains("Jordan Reed's case"))
                .orElse(false));

        interact(after::show);
        waitUntil("the list's rows are shown", () -> !lookup(".menu-item .label").queryAll().isEmpty());
        for (javafx.scene.Node row : lookup(".menu-item .label").queryAll()) {
            javafx.scene.control.Label label = (javafx.scene.control.Label) row;
            assertEquals(false, javafx.scene.paint.Color.WHITE.equals(label.getTextFill()),
                    "the row '" + label.getText() + "' is written in white on the list's pale background");
        }
        interact(after::hide);
    }
}
