package uk.cml.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.NextLayout;
import uk.cml.ui.common.Problems;

/**
 * The screens the window shows instead of the records: the frame while they open, already open elsewhere, a problem,
 * a restore done.
 */
final class StartScreens {

    /** An open quicker than this, from the frame's first picture, shows no spinner, so a quick start does not flicker. */
    private static final Duration SPINNER_AFTER = Duration.millis(800);

    private StartScreens() {
    }

    /**
     * The main window's frame, shown at once while the records open: its header and the navigation's place in the
     * app's colours (never a blank white window), and a spinner only if the opening takes more than a moment. No
     * name and no records: a parent who keeps the app private may have a passcode to ask for first.
     */
    static Parent opening() {
        HBox header = new HBox();
        header.getStyleClass().add("header");
        header.setMinHeight(48);
        VBox sidebar = new VBox();
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(190);
        Label words = new Label(Messages.text("app.startScreens.openingYourRecords"));
        words.setId("opening-text");
        VBox middle = new VBox(16, words);
        middle.setAlignment(Pos.CENTER);
        BorderPane frame = new BorderPane(middle, header, null, null, sidebar);
        frame.setId("opening");
        PauseTransition moment = new PauseTransition(SPINNER_AFTER);
        moment.setOnFinished(e -> {
            if (frame.getScene() != null) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setMaxSize(48, 48);
                middle.getChildren().add(0, spinner);
            }
        });
        frame.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                moment.stop();
            } else {
                // The moment counts from the frame's first picture, not from when it was made: on a slow start the
                // frame is made a second before it is drawn, and the spinner would come with the first picture.
                NextLayout.then(scene, () -> {
                    if (frame.getScene() == scene) {
                        moment.play();
                    }
                });
            }
        });
        return frame;
    }

    /** What the start dealt with before opening the records, such as a restore it finished. */
    static void showNotes(Stage stage, List<String> notes) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n\n", notes), ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(Messages.text("app.startScreens.beforeOpeningYourRecords"));
        alert.getDialogPane().setId("start-notes");
        uk.cml.ui.common.ScreenFit.dialog(alert).show();
    }

    /** Something the parent asked for could not be done: said in plain words (the log keeps the detail). */
    static void couldNot(Stage stage, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.WARNING, Problems.forParent(error), ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(what);
        alert.getDialogPane().setId("could-not");
        uk.cml.ui.common.ScreenFit.dialog(alert).show();
    }

    /** A second copy: calm, small, and only a Close button. */
    static Parent alreadyOpen(Stage stage) {
        Label text = new Label(Messages.text("app.startScreens.itsWindowHasBeenBrought"));
        text.setMaxWidth(400);
        Parent box = screen(stage, Messages.text("app.startScreens.childMaintenanceLogIsAlready"), text,
                Messages.text("app.startScreens.close"), 14, 24);
        box.lookup(".title").setId("already-open");
        box.lookup("#screen-close").setId("already-open-close");
        return box;
    }

    /** The records are held by a task run from the command line, which has no window: not a second copy. */
    static Parent busy(Stage stage) {
        Label text = new Label(Messages.text("app.startScreens.recordsBusyTryAgain"));
        text.setId("records-busy-text");
        text.setMaxWidth(480);
        Parent box = screen(stage, Messages.text("app.startScreens.recordsBusy"), text,
                Messages.text("app.startScreens.close"), 14, 24);
        box.lookup(".title").setId("records-busy");
        box.lookup("#screen-close").setId("records-busy-close");
        return box;
    }

    static Parent problem(Stage stage, String message) {
        Label text = new Label(message);
        text.setId("startup-problem");
        text.setMaxWidth(520);
        Parent box = screen(stage, Messages.text("app.startScreens.yourRecordsCouldNotBe"), text,
                Messages.text("app.startScreens.close"), 18, 40);
        box.lookup("#screen-close").setId("startup-close");
        return box;
    }

    /** After a restore the records are closed: say so, and offer only closing the app. */
    /**
     * @param openRecordsFolder opens the records folder, where the records from before the restore are kept, and
     *                          says in the label it is given (beside the button) when nothing opened it
     */
    static Parent restored(Stage stage, String message, java.util.function.Consumer<Label> openRecordsFolder) {
        Label text = new Label(message);
        text.setId("restored-message");
        text.setMaxWidth(560);
        Parent box = screen(stage, Messages.text("app.startScreens.yourBackupHasBeenRestored"), text,
                Messages.text("app.startScreens.closeTheApp"), 18, 40);
        box.lookup("#screen-close").setId("restored-close");
        Button open = new Button(Messages.text("app.startScreens.openTheRecordsFolder"));
        open.setId("restored-open-folder");
        Label notOpened = uk.cml.ui.common.SystemOpening.besideButton("restored-open-folder-problem");
        open.setOnAction(e -> openRecordsFolder.accept(notOpened));
        ((VBox) box).getChildren().add(2, open);
        ((VBox) box).getChildren().add(3, notOpened);
        return box;
    }

    private static Parent screen(Stage stage, String title, Label text, String closeText, double gap, double padding) {
        text.setWrapText(true);
        Button close = new Button(closeText);
        close.setId("screen-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        Label heading = new Label(title);
        heading.getStyleClass().add("title");
        VBox box = new VBox(gap, heading, text, close);
        box.setPadding(new Insets(padding));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
