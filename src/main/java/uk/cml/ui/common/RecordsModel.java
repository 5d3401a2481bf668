package uk.cml.ui.common;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.timeline.Recorded;
import uk.cml.store.RecordStore;

/**
 * A page of one kind of record kept with history (calls, notes): the case's records, newest first; the one
 * being written or corrected (none for a new one); its earlier versions; and what the page says. Save, move to
 * the bin (with Undo) and start a new one are its commands. Plain state: a test drives it without a window.
 */
public class RecordsModel<T> {

    /** How one kind of record is named and dated on its page. */
    public record Kind<T>(String noun, String newHeading, Function<T, String> heading, ToLongFunction<T> id,
                          Function<T, LocalDateTime> recordedAt) {
    }

    protected final Jobs jobs;
    private final RecordStore<T> records;
    private final LongFunction<List<T>> list;
    private final Kind<T> kind;
    private final ObjectProperty<CaseFile> currentCase;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    /** When each listed record was first saved and last changed, read with the list. */
    private Map<Long, Recorded> recorded = Map.of();
    private final ObjectProperty<T> editing = new SimpleObjectProperty<>();
    /** True once the case's records have been read (the list's "nothing here" means something only then). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper read = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObservableList<Amended<T>> history = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final PageStatus status = new PageStatus();
    /** The case open when the form was begun or its record opened: the form's record belongs to that case only. */
    private final CaseOfForm formCase;
    private Runnable onCaseChange = () -> { };

    /** @param list the case's records, newest first, outside the bin */
    public RecordsModel(RecordStore<T> records, LongFunction<List<T>> list, Kind<T> kind, Jobs jobs,
                        ObjectProperty<CaseFile> currentCase) {
        this.records = records;
        this.list = list;
        this.kind = kind;
        this.jobs = jobs;
        this.currentCase = currentCase;
        this.formCase = new CaseOfForm(currentCase, () -> {
            reload(Optional.empty());
            onCaseChange.run();
        });
        heading.set(kind.newHeading());
    }

    /** What the page does when another case is chosen (start a new record, unless the parent is typing one). */
    public void whenCaseChanges(Runnable then) {
        onCaseChange = then;
    }

    /** The case's records, newest first, outside the bin. */
    public javafx.beans.property.ReadOnlyBooleanProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    public ObservableList<T> items() {
        return items;
    }

    /** The record being corrected, or null while a new one is written. */
    public ReadOnlyObjectProperty<T> editingProperty() {
        return editing;
    }

    public Optional<T> editing() {
        return Optional.ofNullable(editing.get());
    }

    /** Moving to the bin (and anything else that needs a saved record) is possible. */
    public BooleanBinding hasSaved() {
        return editing.isNotNull();
    }

    /** Move to bin is possible: a saved record is open, and the case it was opened under is the case shown. */
    public BooleanBinding canMoveToBin() {
        return editing.isNotNull().and(formCase.ofOpenCaseProperty());
    }

    /** Earlier versions of the record being corrected, oldest first. */
    public ObservableList<Amended<T>> history() {
        return history;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public PageStatus status() {
        return status;
    }

    protected Optional<CaseFile> caseFile() {
        return Optional.ofNullable(currentCase.get());
    }

    /** Loads the case's records again, then goes on correcting the one with id {@code select}, if any. */
    public void reload(Optional<Long> select) {
        reload(select, () -> { });
    }

    private void reload(Optional<Long> select, Runnable then) {
        Optional<CaseFile> caseFile = caseFile();
        if (caseFile.isEmpty()) {
            items.clear();
            read.set(true);
            return;
        }
        long caseId = caseFile.get().id();
        jobs.start(() -> new Listed<>(list.apply(caseId), records.recorded(caseId)), listed -> {
            List<T> loaded = listed.records();
            recorded = listed.recorded();
            items.setAll(loaded);
            read.set(true);
            select.flatMap(id -> loaded.stream().filter(r -> kind.id().applyAsLong(r) == id).findFirst())
                    .ifPresent(this::edit);
            then.run();
        }, status::problem);
    }

    /**
     * Which record the form holds, for the {@link DraftKeeper}: "case-3/new", or "case-3/record-12" while one is
     * corrected; null before any case is open.
     */
    public String draftRecord() {
        T open = editing.get();
        return formCase.draftRecord(open == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(kind.id().applyAsLong(open)));
    }

    /** Starts a new record: nothing selected, no history. */
    public void startNew() {
        formCase.begin();
        showing(null);
        editing.set(null);
        history.clear();
        heading.set(kind.newHeading());
        status.clear();
    }

    /** Opens a saved record for correction and loads its earlier versions. */
    public void edit(T record) {
        formCase.begin();
        showing(record);
        editing.set(record);
        history.clear();
        heading.set(kind.heading().apply(record));
        // The list's own reading; a record not in it (never the case in practice) has only its current version's.
        Recorded times = recorded.getOrDefault(kind.id().applyAsLong(record), Recorded.once(kind.recordedAt()
                .apply(record)));
        status.say(Messages.text("common.recordsModel.recordedInTheAppOn", RecordedText.of(times)));
        jobs.start(() -> records.history(kind.id().applyAsLong(record)), earlier -> {
            if (editing.get() == record) {
                history.setAll(earlier);
            }
        }, status::problem);
    }

    /**
     * Saves what the form holds. {@code read} is given the id being corrected (0 for new) and the case's id, and
     * returns the record, or nothing when an answer needs changing (the form marks it).
     */
    public void save(BiFunction<Long, Long, Optional<T>> read) {
        Optional<CaseFile> caseFile = caseFile();
        if (caseFile.isEmpty()) {
            return;
        }
        Optional<String> refused = formCase.refusal(kind.noun());
        if (refused.isPresent()) {
            status.say(refused.get()); // what was typed stays in the form
            return;
        }
        boolean isNew = editing.get() == null;
        Optional<T> typed = read.apply(isNew ? 0L : kind.id().applyAsLong(editing.get()), caseFile.get().id());
        if (typed.isEmpty()) {
            status.refuse(Messages.text("common.recordsModel.nothingWasSavedPleaseCheck"));
            return;
        }
        String said = isNew ? Messages.text("common.recordsModel.saved", capitalised(kind.noun()))
                : Messages.text("common.recordsModel.correctionSavedTheEarlierVersion");
        T before = editing.get();
        jobs.start(() -> isNew ? OptionalLong.of(records.add(typed.get()))
                : records.correctIfChanged(typed.get()) ? OptionalLong.of(kind.id().applyAsLong(before))
                : OptionalLong.empty(), changed -> {
            if (changed.isEmpty()) {
                // The same answers saved again (Enter pressed twice): nothing is recorded, so nothing to undo.
                status.nothingChanged();
                return;
            }
            long id = changed.getAsLong();
            reload(Optional.of(id), () -> {
                status.sayWithUndo(said, () -> undoSave(id, before));
                editing().ifPresent(this::saved);
            });
        }, status::problem);
    }

    /** Called once a saved record is open again and the status line says so: a page may offer a next step. */
    protected void saved(T record) {
    }

    /**
     * Undo after a save loses nothing: a new record goes to the bin (the Bin page puts it back), and a correction
     * is corrected back to the version before it, so the history keeps both.
     */
    private void undoSave(long id, T before) {
        jobs.start(() -> {
            if (before == null) {
                records.moveToBin(id);
            } else {
                records.save(before);
            }
            return id;
        }, done -> {
            if (before == null) {
                startNew();
                reload(Optional.empty(), () -> status.done(Messages.text("common.recordsModel.undoneTheIsInThe",
                        kind.noun())));
            } else {
                reload(Optional.of(id),
                        () -> status.done(Messages.text("common.recordsModel.undoneTheEarlierAnswersAre")));
            }
        }, status::problem);
    }

    /** Moves the record being corrected to the bin, offering Undo (which opens it again). */
    public void moveToBin() {
        Optional<T> record = editing();
        if (record.isEmpty() || !formCase.ofOpenCaseProperty().get()) {
            return; // the record open belongs to another case than the one shown (Move to bin is greyed out)
        }
        long id = kind.id().applyAsLong(record.get());
        jobs.start(() -> {
            records.moveToBin(id);
            return id;
        }, done -> {
            startNew();
            reload(Optional.empty());
            status.sayWithUndo(Messages.text("common.recordsModel.movedTheToTheBin", kind.noun()),
                    () -> jobs.start(() -> {
                        records.restore(id);
                        return id;
                    }, back -> reload(Optional.of(id), () -> status.done(Messages.text("common.recordsModel.putBack"))),
                            status::problem));
        }, status::problem);
    }

    private record Listed<T>(List<T> records, Map<Long, Recorded> recorded) {
    }

    /** Called as a record is opened (or null, a new one is started), before the page hears of it. */
    protected void showing(T recordOrNull) {
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
