package uk.cml.ui.calls;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.EvidenceRules;

/**
 * Who called and the number used, as the call's form holds them (the page model behind those two fields, tested
 * without a window).
 *
 * <p>A new call starts with nobody chosen and no number. "I called the CMS" and the helpline, filled in for the
 * parent, were skimmed past: a call from the CMS was saved as one the parent made, and the letter confirming it then
 * said "when I phoned you". The helpline is filled in only once the parent says they called the CMS; for a call from
 * the CMS (or another) the number stays empty unless they type it. A number the parent typed is never replaced.
 * A saved call shows its own direction and number, and changing the direction there changes nothing else.
 */
final class WhoCalled {

    private final ObjectProperty<CallDirection> direction = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    /** The CMS helpline from the address book, "" until known. */
    private String helpline = "";
    /** A new call: the number follows the direction chosen until the parent types one. */
    private boolean newCall;
    /** The number is the one filled in here (or none), not one the parent typed. */
    private boolean numberOurs = true;
    private boolean filling;
    /** The helpline is in the number field because it was filled in here, not typed: the form says so. */
    private final BooleanProperty helplineFilledIn = new SimpleBooleanProperty(false);
    /** The number as saved (a saved call), or null for a new call: only a changed number is checked. */
    private String savedNumber;

    WhoCalled() {
        direction.addListener((obs, was, now) -> follow());
        number.addListener((obs, was, now) -> {
            if (!filling) {
                numberOurs = now == null || now.isBlank();
            }
            helplineFilledIn.set(newCall && numberOurs && !helpline.isBlank() && helpline.equals(now));
        });
    }

    /**
     * True while the number shown is the helpline filled in for "I called the CMS": the parent, not seeing that,
     * typed the number after it and saved "0800 171 23450800 171 2345". The form says it is filled in and selects it
     * all when the field gets the keyboard, so typing replaces it.
     */
    ReadOnlyBooleanProperty helplineFilledIn() {
        return helplineFilledIn;
    }

    /**
     * What to show beside the number: nothing for a saved call's number left as it was (a call saved before numbers
     * were checked still opens and saves as it is), else the number's problem, if any.
     */
    Optional<String> numberProblem() {
        String typed = number.get() == null ? "" : number.get();
        if (savedNumber != null && savedNumber.strip().equals(typed.strip())) {
            return Optional.empty();
        }
        return EvidenceRules.phoneNumber(typed);
    }

    /** The direction chosen, or null while none is. */
    ObjectProperty<CallDirection> direction() {
        return direction;
    }

    /** The number used, as shown and typed. */
    StringProperty number() {
        return number;
    }

    /** A new call: nobody chosen, no number. */
    void startNew(String helpline) {
        this.helpline = helpline == null ? "" : helpline;
        newCall = false; // emptied as the form is, not as a choice
        savedNumber = null;
        direction.set(null);
        fill("");
        newCall = true;
    }

    /** A saved call, as it was saved. */
    void show(CallDirection saved, String savedNumber) {
        newCall = false;
        this.savedNumber = savedNumber == null ? "" : savedNumber;
        direction.set(saved);
        fill(this.savedNumber);
    }

    /** The helpline, once the address book has been read: filled in if the parent has said they called the CMS. */
    void helplineKnown(String helpline) {
        this.helpline = helpline == null ? "" : helpline;
        follow();
    }

    /** What to show beside "Who called": nothing once a direction is chosen. */
    Optional<String> problem() {
        return EvidenceRules.direction(direction.get());
    }

    /** A new call's number, while it is not the parent's own: the helpline for a call to the CMS, else none. */
    private void follow() {
        if (newCall && numberOurs) {
            fill(direction.get() == CallDirection.I_CALLED ? helpline : "");
        }
    }

    private void fill(String value) {
        filling = true;
        try {
            numberOurs = true;
            number.set(value);
        } finally {
            filling = false;
        }
    }
}
