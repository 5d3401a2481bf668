package uk.cml.ui.lock;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.store.AddressPrivacyStore;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.MovingOn;
import uk.cml.ui.common.PageLayout;

/** Settings, Privacy: the passcode, idle lock, quick hide, window name and the case's address setting. */
public final class PrivacyPanel {

    private final VBox view = new VBox(10);
    private final PrivacySettingsModel model;
    private final Background background;

    /** @param titleChanged called after the window-name choice is saved, to rename the window */
    public PrivacyPanel(PrivacySettingsModel model, AddressPrivacyStore addresses,
                        ObjectProperty<CaseFile> currentCase, Background background, Runnable titleChanged) {
        this.model = model;
        this.background = background;
        Label heading = new Label(Messages.text("lock.privacyPanel.privacy"));
        heading.getStyleClass().add("heading");
        Label status = new Label();
        status.setId("privacy-passcode-status");
        status.textProperty().bind(model.passcodeSet.map(set -> set ? Messages.text("lock.privacyPanel.aPasscodeIsSet")
                : Messages.text("lock.privacyPanel.noPasscodeIsSet")));
        PasswordField current = field("privacy-current-passcode", Messages.text("lock.privacyPanel.currentPasscode"),
                model.current);
        current.visibleProperty().bind(model.passcodeSet);
        current.managedProperty().bind(model.passcodeSet);
        PasswordField fresh = field("privacy-new-passcode", Messages.text("lock.privacyPanel.newPasscodeAtLeast4"),
                model.fresh);
        PasswordField repeat = field("privacy-repeat-passcode", Messages.text("lock.privacyPanel.theNewPasscodeAgain"),
                model.repeat);
        Button save = new Button(Messages.text("lock.privacyPanel.savePasscode"));
        save.setId("privacy-save-passcode");
        save.setOnAction(e -> savePasscode());
        Button remove = new Button(Messages.text("lock.privacyPanel.removePasscode"));
        remove.setId("privacy-remove-passcode");
        remove.visibleProperty().bind(model.passcodeSet);
        remove.managedProperty().bind(model.passcodeSet);
        remove.setOnAction(e -> {
            char[] typed = model.current.get().toCharArray();
            run(() -> model.removePasscode(typed));
        });
        Label message = new Label();
        message.setId("privacy-message");
        message.getStyleClass().add("status");
        message.setWrapText(true);
        message.textProperty().bind(model.message.textProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        ComboBox<Integer> idle = new ComboBox<>();
        idle.getItems().setAll(PrivacySettingsModel.IDLE_MINUTES);
        idle.setId("privacy-idle-minutes");
        idle.setAccessibleText(Messages.text("lock.privacyPanel.lockAfterThisManyMinutes"));
        idle.valueProperty().bindBidirectional(model.idleMinutes);
        idle.setOnAction(e -> background.run(() -> {
            model.saveIdleMinutes(idle.getValue());
            return idle.getValue();
        }, ok -> { }, model::failed));
        CheckBox neutral = new CheckBox(Messages.text("lock.privacyPanel.callTheWindowRecordsAlso"));
        neutral.setId("privacy-neutral-title");
        neutral.selectedProperty().bindBidirectional(model.neutralTitle);
        neutral.setOnAction(e -> background.run(() -> {
            model.saveNeutralTitle(neutral.isSelected());
            return true;
        }, ok -> titleChanged.run(), model::failed));
        CheckBox address = new AddressPrivacyBox(addresses, currentCase, background).view();
        HBox lockAfter = new HBox(10, new Label(Messages.text("lock.privacyPanel.lockAfter")), idle,
                new Label(Messages.text("lock.privacyPanel.minutesWithoutUse")));
        lockAfter.setAlignment(javafx.geometry.Pos.BASELINE_LEFT); // the words on the line of the minutes
        view.getChildren().addAll(heading, status, current, fresh, repeat, new HBox(10, save, remove), message,
                lockAfter,
                PageLayout.hint(Messages.text("lock.privacyPanel.quickHidePressOrThe", AppLock.QUICK_HIDE_TEXT)), neutral,
                address, forgottenHelp(model.passcodes()));
        view.setId("privacy-panel");
        // "Passcode saved..." goes once the parent types a passcode again, or leaves Settings.
        MovingOn.watch(view, model.message);
        view.getStyleClass().add("privacy-panel");
    }

    private void savePasscode() {
        if (model.newPasscodeProblem().isPresent()) {
            return;
        }
        char[] current = model.current.get().toCharArray();
        char[] fresh = model.fresh.get().toCharArray();
        run(() -> model.saveNewPasscode(current, fresh));
    }

    private void run(java.util.concurrent.Callable<PrivacySettingsModel.Outcome> work) {
        model.message.say(Messages.text("lock.privacyPanel.saving"));
        background.run(work, model::finished, model::failed);
    }

    /** The honest account of what the passcode does, folded away until asked for. */
    private static Node forgottenHelp(uk.cml.privacy.Passcodes passcodes) {
        Label help = PageLayout.hint(LockModel.forgotten(passcodes));
        help.setId("privacy-help");
        help.setVisible(false);
        help.managedProperty().bind(help.visibleProperty());
        javafx.scene.control.Hyperlink show = new javafx.scene.control.Hyperlink(
                Messages.text("lock.privacyPanel.whatThePasscodeDoesNot"));
        show.setId("privacy-show-help");
        show.setOnAction(e -> help.setVisible(!help.isVisible()));
        return new VBox(4, show, help);
    }

    private static PasswordField field(String id, String prompt, javafx.beans.property.StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.getStyleClass().add("passcode-field");
        field.textProperty().bindBidirectional(text);
        return field;
    }

    public Node view() {
        return view;
    }
}
