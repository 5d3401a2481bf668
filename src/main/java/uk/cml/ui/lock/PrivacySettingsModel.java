package uk.cml.ui.lock;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.common.Messages;

/**
 * The Privacy part of Settings, without a window: set, change or remove the passcode, the idle time and the
 * neutral window name. Changing or removing a passcode asks for the current one, so someone who finds the app
 * open cannot quietly take the lock off. Methods marked slow run in the background.
 */
public final class PrivacySettingsModel {

    public static final List<Integer> IDLE_MINUTES = List.of(1, 2, 5, 10, 15, 30, 60);

    final BooleanProperty passcodeSet = new SimpleBooleanProperty();
    final StringProperty current = new SimpleStringProperty("");
    final StringProperty fresh = new SimpleStringProperty("");
    final StringProperty repeat = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<Integer> idleMinutes = new SimpleObjectProperty<>();
    final BooleanProperty neutralTitle = new SimpleBooleanProperty();
    private final Passcodes passcodes;

    Passcodes passcodes() {
        return passcodes;
    }

    public PrivacySettingsModel(Passcodes passcodes) {
        this.passcodes = passcodes;
        refresh();
    }

    /** Reads the saved choices into the fields; the privacy file is already in memory. */
    void refresh() {
        passcodeSet.set(passcodes.isSet());
        idleMinutes.set((int) passcodes.preferences().idleLimit().toMinutes());
        neutralTitle.set(passcodes.preferences().neutralTitle());
    }

    /** A problem with what is typed for a new passcode, shown at once; empty when it can be saved. */
    Optional<String> newPasscodeProblem() {
        Optional<String> problem = Passcodes.problemWith(fresh.get(), repeat.get());
        problem.ifPresent(message::set);
        return problem;
    }

    /** Slow. Sets (or, with the right current passcode, replaces) the passcode. Returns what to tell the parent. */
    String saveNewPasscode(char[] currentTyped, char[] newTyped) {
        try {
            if (passcodes.isSet() && !(passcodes.tryPasscode(currentTyped) instanceof Passcodes.Attempt.Opened)) {
                return Messages.text("lock.privacySettingsModel.wrongPasscodeNotChanged");
            }
            passcodes.set(newTyped);
            return Messages.text("lock.privacySettingsModel.passcodeSavedTheAppWill", idleMinutes.get());
        } finally {
            Arrays.fill(currentTyped, '\0');
            Arrays.fill(newTyped, '\0');
        }
    }

    /** Slow. Removes the passcode if the current one is given. */
    String removePasscode(char[] currentTyped) {
        try {
            if (!(passcodes.tryPasscode(currentTyped) instanceof Passcodes.Attempt.Opened)) {
                return Messages.text("lock.privacySettingsModel.wrongPasscodeNotRemoved");
            }
            passcodes.remove();
            return Messages.text("lock.privacySettingsModel.passcodeRemovedTheAppNow");
        } finally {
            Arrays.fill(currentTyped, '\0');
        }
    }

    /** Shows the outcome of a change on the JavaFX thread and clears what was typed. */
    void finished(String outcome) {
        current.set("");
        fresh.set("");
        repeat.set("");
        message.set(outcome);
        refresh();
    }

    void saveIdleMinutes(int minutes) {
        passcodes.setIdleLimit(Duration.ofMinutes(minutes));
    }

    void saveNeutralTitle(boolean neutral) {
        passcodes.setNeutralTitle(neutral);
    }

    public StringProperty messageProperty() {
        return message;
    }
}
