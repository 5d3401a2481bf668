package uk.cml.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.safety.BackupManifest;
import uk.cml.safety.Fingerprint;
import uk.cml.ui.AppRobot;

/** Found by a new-user walk-through: the restore question's main button read "Restore this back...". */
@ExtendWith(ApplicationExtension.class)
class RestoreQuestionButtonsTest extends AppRobot {

    @Start
    void start(Stage primary) {
        // The question opens in a window of its own.
    }

    @Test
    void theRestoreQuestionsButtonsShowTheirWholeWords() {
        BackupManifest manifest = new BackupManifest("1.0", 16, LocalDateTime.of(2026, 12, 3, 13, 1),
                new Fingerprint("ab".repeat(32), 40), List.of());
        Alert ask = interactAndGet(() -> {
            Alert shown = RestoreFlow.question(RestoreFlow.whatGoes(new RestoreFlow.Looked(manifest,
                    OptionalLong.of(3), List.of("The payment of £50.00 received on Tue 1 Dec 2026 (typed in on 3 Dec "
                    + "2026): added", "A note of Thu 3 Dec 2026: added", "The call of Wed 2 Dec 2026, 10:15: "
                    + "corrected or moved to the bin")),
                    Path.of("/home/sam/Child Maintenance Log")));
            uk.cml.ui.common.Theme theme = new uk.cml.ui.common.Theme();
            theme.use(false); // the app's look (its paddings and bold default button), as the app starts with
            theme.style(shown.getDialogPane().getScene());
            shown.show();
            return shown;
        });
        try {
            for (ButtonType type : ask.getButtonTypes()) {
                Button button = (Button) ask.getDialogPane().lookupButton(type);
                String shown = interactAndGet(() -> button.getChildrenUnmodifiable().stream()
                        .filter(Text.class::isInstance).map(n -> ((Text) n).getText()).findFirst().orElse(""));
                assertEquals(type.getText(), shown, "the button's words are cut");
            }
            assertEquals(ButtonBar.ButtonData.OK_DONE, ask.getButtonTypes().get(0).getButtonData());
        } finally {
            interact(ask::close);
        }
    }
}
