package uk.cml.ui.lock;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;

/**
 * What the window shows while locked. It replaces the whole window's content, so nothing of the records is
 * behind it to glimpse. Its words are neutral: someone passing sees only "Locked".
 */
final class LockScreen {

    private final StackPane view = new StackPane();
    private final PasswordField passcode = new PasswordField();
    private final Label hint = new Label();
    private final Button open = new Button();
    private final Label help;
    private final Hyperlink forgotten;

    LockScreen(LockModel model, Runnable submit) {
        Label title = new Label(Messages.text("lock.screen.locked"));
        title.setId("lock-title");
        title.getStyleClass().add("title");
        hint.setId("lock-hint");
        hint.setWrapText(true);
        passcode.setId("lock-passcode");
        passcode.setAccessibleText(Messages.text("lock.screen.passcode"));
        passcode.setPromptText(Messages.text("lock.screen.passcode"));
        passcode.textProperty().bindBidirectional(model.typedProperty());
        passcode.disableProperty().bind(model.checkingProperty());
        open.setId("lock-open");
        open.setDefaultButton(true);
        open.getStyleClass().add("primary");
        open.disableProperty().bind(model.checkingProperty());
        open.setOnAction(e -> submit.run());
        Label message = new Label();
        message.setId("lock-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        help = new Label(model.forgotten());
        help.setId("lock-help");
        help.setWrapText(true);
        help.getStyleClass().add("note");
        help.setVisible(false);
        help.managedProperty().bind(help.visibleProperty());
        forgotten = new Hyperlink(Messages.text("lock.screen.forgottenYourPasscode"));
        forgotten.setId("lock-forgotten");
        forgotten.setOnAction(e -> help.setVisible(!help.isVisible()));
        VBox box = new VBox(14, title, hint, passcode, open, message, forgotten, help);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().addAll("card", "lock-card", "lock-box");
        box.setFillWidth(true);
        view.getChildren().add(box);
        view.setId("lock-screen");
        view.getStyleClass().add("lock-screen");
    }

    /** Sets the words for a lock with or without a passcode, and puts the keyboard in the right place. */
    void prepare(boolean needsPasscode) {
        passcode.setVisible(needsPasscode);
        passcode.setManaged(needsPasscode);
        // With no passcode set (only hidden by Hide) there is no passcode to forget.
        forgotten.setVisible(needsPasscode);
        forgotten.setManaged(needsPasscode);
        if (!needsPasscode) {
            help.setVisible(false);
        }
        hint.setText(needsPasscode ? Messages.text("lock.screen.enterYourPasscodeToOpen")
                : Messages.text("lock.screen.yourRecordsAreHidden"));
        open.setText(needsPasscode ? Messages.text("lock.screen.open") : Messages.text("lock.screen.showMyRecords"));
    }

    void focus() {
        if (passcode.isVisible()) {
            passcode.requestFocus();
        } else {
            open.requestFocus();
        }
    }

    Parent view() {
        return view;
    }
}
