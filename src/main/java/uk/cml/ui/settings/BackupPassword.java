package uk.cml.ui.settings;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import uk.cml.ui.common.Messages;

/**
 * "Protect the backup with a password": the password, typed twice, never shown and never stored; the
 * backup is then AES-256 encrypted, and 7-Zip opens it with the same password.
 */
final class BackupPassword extends VBox {

    static final int MINIMUM = 8;
    private final CheckBox protect = new CheckBox(Messages.text("settings.backupPassword.protectTheBackupWithA"));
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();

    /** @param protectByDefault whether the box starts ticked: yes once the parent has set a passcode */
    BackupPassword(boolean protectByDefault) {
        super(6);
        protect.setSelected(protectByDefault);
        protect.setId("settings-backup-protect");
        password.setId("settings-backup-password");
        again.setId("settings-backup-password-again");
        password.setPromptText(Messages.text("settings.backupPassword.password"));
        again.setPromptText(Messages.text("settings.backupPassword.theSamePasswordAgain"));
        password.setAccessibleText(Messages.text("settings.backupPassword.passwordForTheBackup"));
        again.setAccessibleText(Messages.text("settings.backupPassword.theSamePasswordAgain"));
        // Wide enough for "The same password again" to show whole (it read "The same password aga").
        password.setPrefColumnCount(16);
        again.setPrefColumnCount(16);
        HBox fields = new HBox(8, password, again);
        fields.visibleProperty().bind(protect.selectedProperty());
        fields.managedProperty().bind(protect.selectedProperty());
        getChildren().addAll(protect, fields);
    }

    /** Why the password cannot be used yet, or empty when it can (or none is wanted). */
    Optional<String> problem() {
        if (!protect.isSelected()) {
            return Optional.empty();
        }
        if (password.getText().length() < MINIMUM) {
            return Optional.of(Messages.text("settings.backupPassword.chooseAPasswordOfAt", MINIMUM));
        }
        if (!password.getText().equals(again.getText())) {
            return Optional.of(Messages.text("settings.backupPassword.theTwoPasswordsAreNot"));
        }
        return Optional.empty();
    }

    /** The password to protect the backup with; the fields are cleared, so it is held nowhere else. */
    Optional<char[]> take() {
        if (!protect.isSelected()) {
            return Optional.empty();
        }
        char[] chars = password.getText().toCharArray();
        password.clear();
        again.clear();
        return Optional.of(chars);
    }

    static void forget(Optional<char[]> password) {
        password.ifPresent(p -> Arrays.fill(p, '\0'));
    }
}
