package uk.cml.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import uk.cml.domain.UkFormats;
import uk.cml.safety.TypingDrafts;

/**
 * One form the {@link DraftKeeper} keeps: a moment after the parent stops typing its fields are kept (or forgotten,
 * once nothing typed is left); each time the form is filled afresh the draft is forgotten and, for a record with a
 * draft from before the app closed, put back with a line saying so and "Clear it".
 */
public final class KeptForm {

    private final DraftKeeper keeper;
    private final String form;
    private final Supplier<String> record;
    private final AnswersAsFilled asFilled;
    private final Supplier<List<DraftField>> fields;
    private final PauseTransition pause;
    private final Label said = new Label();
    private final VBox notice;
    /** The key of the draft this form has on file (kept in this run, or put back), or null. */
    private String onFile;
    /** The fields as they were before a draft was put back, for "Clear it". */
    private Map<String, String> beforePutBack = Map.of();
    private boolean puttingBack;
    private Runnable cleared = () -> { };

    KeptForm(DraftKeeper keeper, String form, Supplier<String> record, AnswersAsFilled asFilled,
             Supplier<List<DraftField>> fields, Duration wait) {
        this.keeper = keeper;
        this.form = form;
        this.record = record;
        this.asFilled = asFilled;
        this.fields = fields;
        pause = new PauseTransition(wait);
        pause.setOnFinished(e -> keepNow());
        InvalidationListener typed = obs -> {
            if (!puttingBack) {
                pause.playFromStart();
            }
        };
        fields.get().forEach(field -> field.changes().addListener(typed));
        asFilled.whenFilled(this::filled);
        said.setId(form + "-draft-text");
        said.setWrapText(true);
        said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button clear = new Button(Messages.text("common.draftKeeper.clearIt"));
        clear.setId(form + "-draft-clear");
        clear.setAccessibleText(Messages.text("common.draftKeeper.clearItFully"));
        clear.setOnAction(e -> clearIt());
        // The line wraps to the form's width and never widens it: in a flow pane its unwrapped length set the
        // page's width, and at 1024 the Calls page ran off the window.
        said.setPrefWidth(1);
        said.setMaxWidth(Double.MAX_VALUE);
        notice = new VBox(4, said, clear);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("draft-notice");
        notice.setId(form + "-draft-notice");
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
    }

    /**
     * The parent typed in a field made after the form was kept (a row added), which the form cannot watch itself:
     * kept a moment later, as any typing is.
     */
    public void typed() {
        if (!puttingBack) {
            pause.playFromStart();
        }
    }

    /** The line "Put back what you typed on ..., before the app closed. [Clear it]", shown only after a put-back. */
    public Node notice() {
        return notice;
    }

    /** The form was filled afresh (New, a record opened, Save, Cancel): its draft is forgotten, then one from before offered. */
    private void filled() {
        pause.stop();
        notice.setVisible(false);
        if (onFile != null) {
            keeper.clear(onFile);
            onFile = null;
        }
        offer();
    }

    /** Puts back the draft kept for the record the form now holds, if the app closed while it was typed. */
    void offer() {
        String key = key();
        // Not into typing (nor into a form not filled in yet: it is offered again once it is).
        if (key == null || !asFilled.isFilled() || asFilled.changed()) {
            return;
        }
        TypingDrafts.Draft draft = keeper.take(key);
        if (draft == null) {
            return;
        }
        beforePutBack = values();
        fill(draft.fields());
        onFile = key;
        said.setText(Messages.text("common.draftKeeper.putBack", UkFormats.shortDate(draft.typedAt().toLocalDate()),
                UkFormats.TIME.format(draft.typedAt())));
        notice.setVisible(true);
    }

    /** "Clear it": the form as it was before the draft was put back, and the draft forgotten. */
    private void clearIt() {
        fill(beforePutBack);
        forget();
        cleared.run();
    }

    /**
     * What the form's owner does once "Clear it" has put the form back: fill in what it fills in once known (the
     * helpline), which the form as it was before the put-back may not have had yet.
     */
    public void whenCleared(Runnable then) {
        cleared = then;
    }

    /** Puts {@code values} into the fields, by id; not typing, so it is not kept as if the parent typed it. */
    private void fill(Map<String, String> values) {
        puttingBack = true;
        try {
            for (DraftField field : fields.get()) {
                String value = values.get(field.id());
                if (value != null) {
                    field.write().accept(value);
                }
            }
        } finally {
            puttingBack = false;
        }
    }

    /** Forgets this form's draft, on file and pending: the parent chose to lose what they typed. */
    public void forget() {
        pause.stop();
        notice.setVisible(false);
        if (onFile != null) {
            keeper.clear(onFile);
            onFile = null;
        }
    }

    /**
     * The form is about to be filled for another record while its owner keeps this record's typing aside (the
     * steps of another case on Where it stands): what was typed is kept on file now, even within the moment after
     * the last key, and stays there, to be put back after a kill or taken up again when the record is shown.
     */
    public void setAside() {
        if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            keepNow();
        }
        notice.setVisible(false);
        onFile = null;
    }

    /** A moment after the last key: the typing kept, or forgotten once nothing typed is left. */
    private void keepNow() {
        String key = key();
        if (key == null || !asFilled.changed()) {
            forget();
            return;
        }
        if (onFile != null && !onFile.equals(key)) {
            keeper.clear(onFile);
        }
        onFile = key;
        keeper.write(key, values());
    }

    private String key() {
        String which = record.get();
        return which == null ? null : form + "/" + which;
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (DraftField field : fields.get()) {
            values.put(field.id(), field.read().get());
        }
        return values;
    }
}
