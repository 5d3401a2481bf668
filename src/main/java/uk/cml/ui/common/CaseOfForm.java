package uk.cml.ui.common;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import uk.cml.domain.caseinfo.CaseFile;

/**
 * The case that was open when a form was begun or its record opened: what the form holds belongs to that case only.
 * Saved after another case is chosen, a new record would be filed under that case, or a record of the first case
 * corrected into it, so Save is refused and says why. Shared by the records pages (calls, notes) and the letters page.
 */
public final class CaseOfForm {

    private final ObjectProperty<CaseFile> currentCase;
    private CaseFile begunFor;
    /** The case open is the form's own: only then may the record open in it be moved to the bin. */
    private final ReadOnlyBooleanWrapper ofOpenCase = new ReadOnlyBooleanWrapper(true);

    /** @param changed what the page does once another case is chosen (it decides what becomes of the form) */
    public CaseOfForm(ObjectProperty<CaseFile> currentCase, Runnable changed) {
        this.currentCase = currentCase;
        currentCase.addListener((obs, old, now) -> {
            if (begunFor == null) {
                begunFor = now; // the first case chosen once the records are open: the form is begun for it
            }
            ofOpenCase.set(refusal("").isEmpty());
            changed.run();
        });
        begunFor = currentCase.get();
    }

    /** The form is begun afresh, or a saved record opened in it, for the case open now. */
    public void begin() {
        begunFor = currentCase.get();
        ofOpenCase.set(true);
    }

    /**
     * True while the case open is the one the form was begun for. A record opened under one case and kept open,
     * being corrected, while another is chosen must not be moved to the bin from there: the parent would be
     * removing the first case's record while looking at the second's.
     */
    public ReadOnlyBooleanProperty ofOpenCaseProperty() {
        return ofOpenCase.getReadOnlyProperty();
    }

    /**
     * Why the form must not be saved under the case open now ("Not saved: you began this call while the case with
     * Jordan Reed was open..."), or nothing when it is the case the form was begun for.
     */
    public Optional<String> refusal(String noun) {
        CaseFile now = currentCase.get();
        if (begunFor == null || now == null || begunFor.id() == now.id()) {
            return Optional.empty();
        }
        return Optional.of(Messages.text("common.caseOfForm.begunForAnotherCase", noun, begunFor.otherParentName()));
    }

    /** Which record the form holds, for the {@link DraftKeeper}: "case-3/new" or "case-3/record-12"; null with no case. */
    public String draftRecord(java.util.OptionalLong record) {
        CaseFile of = begunFor != null ? begunFor : currentCase.get();
        if (of == null) {
            return null;
        }
        return "case-" + of.id() + "/" + (record.isPresent() ? "record-" + record.getAsLong() : "new");
    }

    /** The id of the case the form belongs to (the open one, before any form is begun). */
    public long caseId() {
        return (begunFor != null ? begunFor : currentCase.get()).id();
    }
}
