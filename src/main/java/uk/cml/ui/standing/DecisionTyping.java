package uk.cml.ui.standing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.DraftField;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.common.KeptForm;
import uk.cml.ui.common.UkDateField;

/**
 * What is typed in the decision form and not added yet, for the case whose report is on show: kept through a kill by
 * the {@link DraftKeeper} ("standing-decision/case-3/new") and put back at the next start; set aside while another
 * case is shown and put back when it is shown again, so one case's decision is never added to another.
 */
final class DecisionTyping {

    static final String FORM = "standing-decision";

    private final Node form;
    private final ComboBox<Decision.Kind> kind;
    private final UkDateField dated;
    private final TextField note;
    private final AnswersAsFilled asFilled;
    private final KeptForm kept;
    /** Typing left on cases not shown now, by case, as the fields' ids and texts. */
    private final Map<Long, Map<String, String>> ofOtherCases = new HashMap<>();
    private long shown = Long.MIN_VALUE;

    DecisionTyping(DraftKeeper drafts, Node form, ComboBox<Decision.Kind> kind, UkDateField dated, TextField note) {
        this.form = form;
        this.kind = kind;
        this.dated = dated;
        this.note = note;
        asFilled = new AnswersAsFilled(() -> Arrays.asList(kind.getValue(), dated.typedText(), note.getText()));
        kept = drafts.keep(FORM, () -> shown == Long.MIN_VALUE ? null : "case-" + shown + "/new", asFilled, form);
    }

    /** "Put back what you typed on ..." with "Clear it", shown only after a put-back. */
    Node notice() {
        return kept.notice();
    }

    /** The report of {@code caseId} is on show: the form is that case's, with any typing it had put back. */
    void show(long caseId) {
        if (caseId == shown) {
            return;
        }
        if (shown != Long.MIN_VALUE) {
            kept.setAside();
            if (asFilled.changed()) {
                ofOtherCases.put(shown, values());
            }
            kind.setValue(null);
            dated.setDate(null); // its memory of the typing too: leaving the box must not put this case's back
            note.clear();
        }
        shown = caseId;
        asFilled.filled(); // puts back a draft kept for this case before the app closed
        Map<String, String> left = ofOtherCases.remove(caseId);
        if (left != null) {
            DraftField.under(form).forEach(f -> f.write().accept(left.getOrDefault(f.id(), f.read().get())));
        }
    }

    /** The decision was added: what is in the form now is no longer typing, and its draft is forgotten. */
    void added() {
        asFilled.filled();
    }

    /** Typing not added yet, on this case or another: closing the app asks first. */
    boolean holdsTyping() {
        return asFilled.changed() || !ofOtherCases.isEmpty();
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        DraftField.under(form).forEach(f -> values.put(f.id(), f.read().get()));
        return values;
    }
}
