package uk.cml.ui.payments;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.CaseOfForm;
import uk.cml.ui.common.LosingQuestion;
import uk.cml.ui.common.Messages;

/**
 * The record open in one of the Payments page's forms (a payment, a plan, an adjustment), or none while a new one is
 * typed, and what goes with it: the case the form was begun for, whether the parent has typed since the form was
 * filled, and the question asked before that typing is lost. The form fills its own fields; this decides when it
 * becomes a fresh form: on New, on another record chosen, on another case chosen and on coming back to the page,
 * each time only once nothing typed would be lost.
 */
final class RecordInForm<T> {

    private final PaymentsModel model;
    private final TableView<T> table;
    private final Button save;
    private final String saveNew;
    private final Button remove;
    private final String noun;
    /** The form's own way to open a record, or a fresh form for a new one (null): see {@link #open}. */
    private final Consumer<T> edit;
    /** The case the form was begun for (or its record opened in): it is saved to that case only. */
    private final CaseOfForm begun;
    /** The form's answers as it was last filled, so a half-typed record is not cleared on a change of case. */
    private final AnswersAsFilled asFilled;
    /** Asks before a half-typed record is cleared away, as the Calls and Letters pages do. */
    private final LosingQuestion losing;
    private T opened;

    /**
     * @param prefix  starts the question's ids: "payment" gives payment-unsaved-question, payment-lose-typing
     * @param noun    what the form records, for Save's refusal under another case ("payment")
     * @param table   the records: choosing one opens it, once the parent agrees to lose what they typed
     * @param save    reads {@code saveNew} for a new record and "Save correction" while one is open
     * @param remove  moves the record open to the bin: only while one is open, under its own case
     * @param answers every answer the form holds (see {@link AnswersAsFilled})
     * @param edit    the form's own way to open a record (null: a fresh form), which calls {@link #open}, fills the
     *                fields, then calls {@link #filled}
     */
    RecordInForm(PaymentsModel model, String prefix, String noun, TableView<T> table, Button save, String saveNew,
                 Button remove, Supplier<List<Object>> answers, Consumer<T> edit) {
        this.model = model;
        this.table = table;
        this.save = save;
        this.saveNew = saveNew;
        this.remove = remove;
        this.noun = noun;
        this.edit = edit;
        begun = model.caseOfForm(this::caseChanged);
        asFilled = new AnswersAsFilled(answers);
        losing = new LosingQuestion(prefix).whenTyping(this::typing);
        losing.whenChoosing(table, () -> opened, edit);
    }

    /**
     * {@code record} (or none, for a new one) is opened in the form, for the case open now; the form fills its
     * fields next. The question goes, and so does "Nothing was saved. Check the answers marked in red.".
     */
    void open(T record) {
        model.formFilledAfresh();
        losing.hide();
        begun.begin();
        opened = record;
        // The heading can be scrolled out of sight; the button pressed says whether one is added or changed.
        save.setText(record == null ? saveNew : Messages.text("payments.panel.saveCorrection"));
        remove.setDisable(record == null);
    }

    /** The form has just been filled: what it holds now is what it started with. */
    void filled() {
        asFilled.filled();
        if (opened == null) {
            table.getSelectionModel().clearSelection();
        }
    }

    /**
     * From now on {@code drafts} keeps what is typed in the form's {@code fields}, for the record open (or a new
     * one), and puts back what was typed before the app closed.
     */
    uk.cml.ui.common.KeptForm keptBy(uk.cml.ui.common.DraftKeeper drafts, String form, javafx.scene.Node fields,
                                     java.util.function.ToLongFunction<T> id) {
        return drafts.keep(form, () -> begun.draftRecord(opened == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(id.applyAsLong(opened))), asFilled, fields);
    }

    /** The form's answers as it was last filled: a file attached and saved at once is no longer typing. */
    AnswersAsFilled asFilled() {
        return asFilled;
    }

    /** The record open in the form, or null while a new one is typed. */
    T opened() {
        return opened;
    }

    /** Whether the form holds typing not yet saved. */
    boolean typing() {
        return asFilled.changed();
    }

    /** The id of the case the form belongs to: a file attached goes to that case's Documents. */
    long caseId() {
        return begun.caseId();
    }

    /** The question, which stands in place of the form's buttons while it is asked. */
    LosingQuestion question() {
        return losing;
    }

    /** Runs {@code then} (a fresh form, say) once the parent agrees to lose their typing. */
    void beforeLosing(Runnable then) {
        losing.beforeLosing(then);
    }

    /**
     * Before Save: the question goes, and whether the form may be saved. Not while nothing is loaded, nor under a
     * case other than the one the form was begun for: the status line then says why, and what was typed stays.
     */
    boolean maySave() {
        losing.hide();
        if (model.now().isEmpty()) {
            return false;
        }
        Optional<String> elsewhere = begun.refusal(noun);
        elsewhere.ifPresent(model.status()::say);
        return elsewhere.isEmpty();
    }

    /**
     * Back on the page: a record left open (to read its history, say) with nothing typed becomes a fresh form, so a
     * new one typed there is never saved over it.
     */
    void afreshUnlessTyping() {
        if (opened != null && !typing()) {
            edit.accept(null);
        }
    }

    /** Another case chosen: a fresh form for it, unless the parent is typing (Save then says whose it is). */
    private void caseChanged() {
        if (typing()) {
            losing.hide(); // a question still showing belongs to the case before (the typing stays)
            // The record open can be moved to the bin only while its own case is open.
            remove.setDisable(opened == null || !begun.ofOpenCaseProperty().get());
        } else {
            edit.accept(null);
        }
    }
}
