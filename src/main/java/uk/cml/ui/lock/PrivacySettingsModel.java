package uk.cml.ui.lock;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

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
    /** What the panel says: "Passcode saved..." goes once the parent types again or leaves the page. */
    final PageStatus message = new PageStatus();
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
        problem.ifPresent(message::say);
        return problem;
    }

    /** What a change came to: the words for the parent, and whether the change was made. */
    record Outcome(String words, boolean made) {
    }

    /** Slow. Sets (or, with the right current passcode, replaces) the passcode. Returns what to tell the parent. */
    Outcome saveNewPasscode(char[] currentTyped, char[] newTyped) {
        try {
            if (passcodes.isSet() && !(passcodes.tryPasscode(currentTyped) instanceof Passcodes.Attempt.Opened)) {
                return new Outcome(Messages.text("lock.privacySettingsModel.wrongPasscodeNotChanged"), false);
            }
            passcodes.set(newTyped);
            return new Outcome(Messages.text("lock.privacySettingsModel.passcodeSavedTheAppWill", idleMinutes.get()),
                    true);
        } finally {
            Arrays.fill(currentTyped, '\0');
            Arrays.fill(newTyped, '\0');
        }
    }

    /** Slow. Removes the passcode if the current one is given. */
    Outcome removePasscode(char[] currentTyped) {
        try {
            if (!(passcodes.tryPasscode(currentTyped) instanceof Passcodes.Attempt.Opened)) {
                return new Outcome(Messages.text("lock.privacySettingsModel.wrongPasscodeNotRemoved"), false);
            }
            passcodes.remove();
            return new Outcome(Messages.text("lock.privacySettingsModel.passcodeRemovedTheAppNow"), true);
        } finally {
            Arrays.fill(currentTyped, '\0');
        }
    }

    /**
     * Shows the outcome of a change on the JavaFX thread and clears what was typed. A change made is said until the
     * parent moves on ({@link PageStatus#done}); a wrong passcode stays said until the line says something else.
     */
    void finished(Outcome outcome) {
        clearTyped();
        if (outcome.made()) {
            message.done(outcome.words());
        } else {
            message.say(outcome.words());
        }
        refresh();
    }

    /** A change could not be saved: says why, in plain words, and clears what was typed. */
    void failed(Throwable error) {
        clearTyped();
        message.problem(error);
        refresh();
    }

    private void clearTyped() {
        current.set("");
        fresh.set("");
        repeat.set("");
    }

    void saveIdleMinutes(int minutes) {
        passcodes.setIdleLimit(Duration.ofMinutes(minutes));
    }

    void saveNeutralTitle(boolean neutral) {
        passcodes.setNeutralTitle(neutral);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }
}
