package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.app.Startup;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.common.ModelCase;
import uk.cml.ui.common.NextLayout;

/**
 * The window's pictures at start-up, in order: the opening frame, drawn, then the main window with the Overview's figures
 * already in it. Never the main window with an empty page that fills in a moment later (which costs a second
 * styling, layout and drawing of the whole page while the parent watches).
 */
@ExtendWith(ApplicationExtension.class)
class FirstPictureTest extends AppRobot {

    @TempDir
    Path dataFolder;
    private Stage stage;
    private Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own, made below.
    }

    @AfterEach
    void close() {
        interact(() -> {
            startup.shutdown();
            stage.close();
        });
    }

    @Test
    void theMainWindowFirstShowsWithTheOverviewsFiguresInIt() {
        try (ModelCase records = new ModelCase(dataFolder)) {
            // Due 20 Sep, 20 Oct and 20 Nov by the 22 Nov clock, nothing paid.
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 20), "CMS calculation letter"));
        }
        // Each root the window is given, with what the Overview's "Owed now" said in its first picture.
        List<String> roots = new ArrayList<>();
        interact(() -> {
            stage = new Stage();
            startup = new Startup(stage, dataFolder, CLOCK, folder -> { });
            startup.begin();
            roots.add(stage.getScene().getRoot().getId());
            // The opening frame must be laid out (and so drawn) before the main window replaces it: building the
            // main window takes the FX thread for a while, and with software rendering a window not yet drawn
            // stays white all that time.
            NextLayout.then(stage.getScene(), () -> roots.add(stage.getScene().getRoot().getId() + " laid out"));
            // Read at the first layout after each change of root: what the first picture of it shows.
            stage.getScene().rootProperty().addListener((obs, old, root) ->
                    NextLayout.then(stage.getScene(), () -> roots.add(described(root))));
        });
        waitFor("#overview-owed");
        waitUntil("the main window is on", () -> roots.size() >= 2);

        assertEquals(List.of("opening", "opening laid out", "main-window owed £750.00"), roots);
    }

    /**
     * JavaFX gives controls their skins while it styles them, and each skin's parts, added during that pass, mark the
     * parents above them, up to the root, as still to style. A root so marked at the end of a pulse makes JavaFX run
     * another one, and that pulse, with nothing to style, move or draw, still draws the whole window again: the
     * main window's first picture was drawn twice at start-up, every node of it (5 Dec 2026).
     */
    @Test
    void theMainWindowsFirstPictureLeavesNoStylingForAnotherPulse() throws ReflectiveOperationException {
        try (ModelCase records = new ModelCase(dataFolder)) {
            records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(250_00),
                    PaymentFrequency.MONTHLY, LocalDate.of(2026, 9, 20), "CMS calculation letter"));
        }
        // JavaFX's own mark (Node.cssFlag), read after the main window's first layout: CLEAN or a kind of "to do".
        // Read from a private field because no public API shows it: a node left to style changes no property, and
        // the extra pulse it makes is, seen from outside, like any pulse the page asks for (a caret blinking, the
        // work indicator), so counting pulses or comparing snapshots would not tell the fault from those.
        java.lang.reflect.Field styling = javafx.scene.Node.class.getDeclaredField("cssFlag");
        styling.setAccessible(true);
        List<String> left = new ArrayList<>();
        interact(() -> {
            stage = new Stage();
            startup = new Startup(stage, dataFolder, CLOCK, folder -> { });
            startup.begin();
            stage.getScene().rootProperty().addListener((obs, old, root) -> {
                if ("main-window".equals(root.getId())) {
                    NextLayout.then(stage.getScene(), () -> {
                        try {
                            left.add(String.valueOf(styling.get(root)));
                        } catch (IllegalAccessException e) {
                            left.add(e.toString());
                        }
                    });
                }
            });
        });
        waitFor("#overview-owed");
        waitUntil("the main window is laid out", () -> !left.isEmpty());

        assertEquals(List.of("CLEAN"), left);
    }

    private static String described(Parent root) {
        return root.getId() + Optional.ofNullable((Label) root.lookup("#overview-owed"))
                .map(owed -> " owed " + owed.getText()).orElse("");
    }
}
