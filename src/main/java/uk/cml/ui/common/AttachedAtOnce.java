package uk.cml.ui.common;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * A file attached to a record already saved (a letter's copy, a certificate's photo, a scan, a payment's bank
 * statement) is linked at once. The field said "Attached", but the link lived only in the form: leaving the page
 * without Save lost it. Now it is saved as a correction with its history, and only that answer counts as saved
 * (anything else typed stays typing); on a record not saved yet the field says Save keeps it. Shared by the Letters
 * page's forms and the Payments page's.
 *
 * @param <T> the record the form edits
 */
public final class AttachedAtOnce<T> {

    /** Saves a record already saved, amended, at once: then {@code saved}, or {@code failed} with the words why. */
    public interface Saver<T> {
        void save(T amended, Runnable saved, Consumer<String> failed);
    }

    /**
     * What the field says: on a record not saved yet, that Save keeps the file with it; while it is being linked;
     * once it is linked.
     */
    public record Words(String pressSave, String saving, String saved) {
    }

    private final AttachmentField field;
    private final AnswersAsFilled asFilled;
    private final Supplier<T> open;
    private final ToLongFunction<T> idOf;
    private final BiFunction<T, Long, T> linked;
    private final Consumer<T> nowSaved;
    private final Words words;
    private Saver<T> saver;

    /**
     * @param open     the saved record the form has open, or null (a new record, or the form closed)
     * @param linked   that record with the document linked
     * @param nowSaved told of the record as it is being saved with the link, so a second file attached builds on it
     */
    public AttachedAtOnce(AttachmentField field, AnswersAsFilled asFilled, Supplier<T> open, ToLongFunction<T> idOf,
                          BiFunction<T, Long, T> linked, Consumer<T> nowSaved, Words words) {
        this.field = field;
        this.asFilled = asFilled;
        this.open = open;
        this.idOf = idOf;
        this.linked = linked;
        this.nowSaved = nowSaved;
        this.words = words;
        field.whenAttached(this::attached);
    }

    /** Where the record with the file linked is saved; until then every file waits for Save. */
    public void savesWith(Saver<T> saver) {
        this.saver = saver;
    }

    /**
     * The name of a file attached since the form was filled and not saved with a record (a new one, or one whose link
     * is still being saved), for the question asked before the form is emptied; none when the file in the field is
     * the record's own, already saved with it.
     */
    public Optional<String> waitingForSave() {
        return field.documentId().isPresent() && asFilled.changed(field.answer())
                ? Optional.of(field.attachedName()) : Optional.empty();
    }

    private void attached(long documentId) {
        T before = open.get();
        if (before == null || saver == null) {
            field.note(words.pressSave());
            return;
        }
        T amended = linked.apply(before, documentId);
        nowSaved.accept(amended);
        field.note(words.saving());
        saver.save(amended, () -> {
            T now = open.get();
            if (now == null || idOf.applyAsLong(now) != idOf.applyAsLong(before)) {
                return; // another record opened meanwhile: its form is not this one's
            }
            if (field.documentId().equals(Optional.of(documentId))) {
                asFilled.saved(field.answer());
                field.note(words.saved());
            }
        }, field::refuse);
    }
}
