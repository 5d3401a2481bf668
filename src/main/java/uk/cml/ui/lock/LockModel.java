package uk.cml.ui.lock;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.common.Messages;

/**
 * The lock screen's state, with no window: whether the app is locked, what the parent has typed, and what to
 * tell them after a try. Checking a passcode is slow on purpose, so {@link #check} runs in the background and
 * {@link #show} brings its answer back on the JavaFX thread.
 */
public final class LockModel {

    /**
     * What the passcode does not do, and the steps for a forgotten one, naming the real folder and file: a parent
     * cannot follow "the app's folder" without knowing where that is.
     */
    static String forgotten(Passcodes passcodes) {
        java.nio.file.Path file = passcodes.file();
        return Messages.text("lock.model.thePasscodeLocksThisApp", file.getParent(), file.getFileName());
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Passcodes passcodes;
    private final Clock clock;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    String forgotten() {
        return forgotten(passcodes);
    }

    public LockModel(Passcodes passcodes, Clock clock) {
        this.passcodes = passcodes;
        this.clock = clock;
    }

    public void lock() {
        typed.set("");
        message.set("");
        locked.set(true);
    }

    /** Whether opening needs a passcode; without one the lock screen only hides the records. */
    public boolean needsPasscode() {
        return passcodes.isSet();
    }

    /** Marks the start of a check and returns what was typed; the caller checks it in the background. */
    public char[] startCheck() {
        checking.set(true);
        message.set(needsPasscode() ? Messages.text("lock.model.checking") : "");
        char[] attempt = typed.get().toCharArray();
        typed.set("");
        return attempt;
    }

    /** Slow: runs off the JavaFX thread. */
    public Passcodes.Attempt check(char[] attempt) {
        try {
            return passcodes.tryPasscode(attempt);
        } finally {
            java.util.Arrays.fill(attempt, '\0');
        }
    }

    /** Shows the answer of a check; called on the JavaFX thread. */
    public void show(Passcodes.Attempt attempt) {
        checking.set(false);
        if (attempt instanceof Passcodes.Attempt.Opened) {
            message.set("");
            locked.set(false);
        } else if (attempt instanceof Passcodes.Attempt.Wrong wrong) {
            message.set(wrong.nextTryAt().map(at -> Messages.text("lock.model.thatPasscodeIsNotRight", time(at)))
                    .orElse(wrong.freeTriesLeft() > 2 ? Messages.text("lock.model.wrongTryAgain")
                            : wrong.freeTriesLeft() == 1 ? Messages.text("lock.model.wrongOneTryLeft", 1)
                            : Messages.text("lock.model.wrongTriesLeft", wrong.freeTriesLeft())));
        } else if (attempt instanceof Passcodes.Attempt.TooSoon soon) {
            message.set(Messages.text("lock.model.tooManyWrongTriesWait", time(soon.nextTryAt())));
        }
    }

    /** The check itself failed (the privacy file could not be written, say): stay locked and say so. */
    public void failed(String why) {
        checking.set(false);
        message.set(why);
    }

    private String time(java.time.Instant at) {
        return LocalTime.ofInstant(at, clock.getZone()).format(TIME);
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public boolean isLocked() {
        return locked.get();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
