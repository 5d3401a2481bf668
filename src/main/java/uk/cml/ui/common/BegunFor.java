package uk.cml.ui.common;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * The case open when a form was begun, or its record opened: what the form holds belongs to that case only. Saved
 * after another case was chosen it would be filed under that one (a payment credited to the wrong other parent), or
 * a record of the first case corrected into it. Every form that saves to "the current case" asks this first.
 */
public final class BegunFor {

    private final ObjectProperty<CaseFile> currentCase;
    private CaseFile begunFor;
    private Runnable onCaseChange = () -> { };

    public BegunFor(ObjectProperty<CaseFile> currentCase) {
        this.currentCase = currentCase;
        begunFor = currentCase.get();
        currentCase.addListener((obs, old, now) -> {
            if (begunFor == null) {
                begunFor = now; // the first case chosen once the records are open: the form is begun for it
            }
            onCaseChange.run();
        });
    }

    /**
     * What the form does when another case is chosen: start afresh for it, unless the parent is typing (then the
     * typing stays, and {@link #refusal} explains on Save).
     */
    public void whenCaseChanges(Runnable then) {
        onCaseChange = then;
    }

    /** The form is begun (emptied for a new record, or a record opened) now, for the case open now. */
    public void begin() {
        begunFor = currentCase.get();
    }

    /** Whether what the form holds belongs to the case open now (or no case is open yet). */
    public boolean isForCaseOpen() {
        CaseFile now = currentCase.get();
        return begunFor == null || now == null || begunFor.id() == now.id();
    }

    /**
     * Why what the form holds cannot be saved to the case open now ("Not saved: you began this payment while the case
     * with Jordan Reed was open..."), or nothing when it belongs to it.
     *
     * @param noun what the form records, as the sentence names it ("call", "payment")
     */
    public Optional<String> refusal(String noun) {
        if (isForCaseOpen()) {
            return Optional.empty();
        }
        return Optional.of(Messages.text("common.begunFor.anotherCase", noun,
                begunFor.otherParentName()));
    }
}
