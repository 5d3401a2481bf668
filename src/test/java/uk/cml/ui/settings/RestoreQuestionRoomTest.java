package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.Fingerprint;
import uk.cml.ui.AppRobot;

/**
 * Reviewer: Settings' question before restoring a backup set its words in a column about 330 px wide, with a scroll
 * bar, in a window of 1024 or 1366 wide. The words now take the width the app's window gives them and read without
 * scrolling in a window of 1024 x 768 or 1366 x 768, with the most records the question names.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreQuestionRoomTest extends AppRobot {

    private Stage owner;

    @Start
    void start(Stage primary) {
        owner = primary;
        primary.setScene(new Scene(new StackPane()));
        primary.show();
    }

    @ParameterizedTest
    @CsvSource({"1024, 768", "1366, 768"})
    void theQuestionUsesTheWindowsWidthAndReadsWithoutScrolling(double width, double height) throws Exception {
        interact(() -> {
            owner.setX(0);
            owner.setY(0);
            owner.setWidth(width);
            owner.setHeight(height);
        });
        BackupManifest manifest = new BackupManifest("1.0", 16, LocalDateTime.of(2026, 12, 3, 13, 1),
                new Fingerprint("ab".repeat(32), 40), List.of());
        List<String> named = new ArrayList<>();
        for (int i = 0; i < RestoreFlow.NAMED; i++) {
            named.add("The payment of £212.40 received on Mon 1" + i + " Jun 2026 (typed in on 3 Dec 2026): corrected"
                    + " or moved to the bin");
        }
        String words = RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest, OptionalLong.of(30), named),
                Path.of("/home/sam/.local/share/Child Maintenance Log"));
        Alert ask = interactAndGet(() -> {
            Alert shown = RestoreFlow.question(words, owner);
            uk.cml.ui.common.Theme theme = new uk.cml.ui.common.Theme();
            theme.use(false);
            theme.style(shown.getDialogPane().getScene());
            uk.cml.ui.common.ScreenFit.dialog(shown).show();
            return shown;
        });
        try {
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            uk.cml.ui.Snapshots.save(this, ask.getDialogPane(), "restore-question-" + (int) width + ".png");
            Label text = interactAndGet(() -> ask.getDialogPane().lookupAll(".label").stream()
                    .filter(n -> n instanceof Label l && words.equals(l.getText()) && l.isVisible() && l.getWidth() > 0)
                    .map(Label.class::cast).findFirst()
                    .orElse(null));
            assertTrue(text != null, "the question's words");
            double wide = interactAndGet(text::getWidth);
            boolean scrolls = interactAndGet(() -> ask.getDialogPane().lookupAll(".scroll-bar").stream()
                    .anyMatch(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL
                            && bar.isVisible()));
            double tall = interactAndGet(() -> ask.getDialogPane().getScene().getWindow().getHeight());
            String seen = "at " + width + " x " + height + ": words " + wide + " px wide, the question " + tall
                    + " high, scroll bar " + scrolls;
            assertTrue(wide >= Math.min(0.6 * width, 700), "the words use the width: " + seen);
            assertTrue(!scrolls && tall <= height, "the words read without scrolling: " + seen);
        } finally {
            interact(ask::close);
        }
    }
}
