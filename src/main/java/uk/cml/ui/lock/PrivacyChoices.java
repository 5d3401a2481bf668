package uk.cml.ui.lock;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.privacy.Passcodes;
import uk.cml.ui.common.Messages;

/**
 * The privacy answers at the end of first-run set-up: keep the address from the other parent, and an optional
 * passcode. Plain state, checked without a window.
 */
public final class PrivacyChoices {

    final BooleanProperty addressPrivate = new SimpleBooleanProperty(false);
    final StringProperty passcode = new SimpleStringProperty("");
    final StringProperty repeat = new SimpleStringProperty("");
    final StringProperty problem = new SimpleStringProperty("");

    public PrivacyChoices() {
        // A problem shown for the earlier typing goes as soon as the parent changes it.
        passcode.addListener((obs, old, now) -> problem.set(""));
        repeat.addListener((obs, old, now) -> problem.set(""));
    }

    /** True when the answers can be used; otherwise {@link #problem} says what to change. */
    public boolean check() {
        if (passcode.get().isEmpty() && repeat.get().isEmpty()) {
            problem.set("");
            return true;
        }
        Optional<String> wrong = Passcodes.problemWith(passcode.get(), repeat.get());
        problem.set(wrong.orElse(""));
        return wrong.isEmpty();
    }

    /**
     * The answers as "Check your answers" reads them back: whether the address is kept from the other parent, and
     * whether a passcode is set (never the passcode itself).
     */
    public List<Map.Entry<String, String>> readBack() {
        return List.of(Map.entry(Messages.text("lock.privacyChoices.addressQuestion"), Messages.text(
                addressPrivate.get() ? "lock.privacyChoices.addressPrivate" : "lock.privacyChoices.addressShown")),
                Map.entry(Messages.text("lock.privacyChoices.passcodeQuestion"), Messages.text(
                passcode.get().isEmpty() ? "lock.privacyChoices.noPasscode" : "lock.privacyChoices.passcodeSet")));
    }

    public boolean addressPrivate() {
        return addressPrivate.get();
    }

    /** The passcode to set, or empty for none. */
    public Optional<char[]> passcode() {
        return passcode.get().isEmpty() ? Optional.empty() : Optional.of(passcode.get().toCharArray());
    }

    public BooleanProperty addressPrivateProperty() {
        return addressPrivate;
    }

    public StringProperty passcodeProperty() {
        return passcode;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
