package uk.cml.ui.letters;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import uk.cml.ui.common.AnswersAsFilled;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.Messages;

/**
 * A file attached to a letter already saved (the copy, the certificate's photo, the scan) is linked at once. The
 * field said "Attached", but the link lived only in the form: leaving the page without Save lost it. Now it is saved
 * as a correction with its history, and only that answer counts as saved (anything else typed stays typing); on a
 * letter not saved yet the field says Save keeps it.
 *
 * @param <T> the letter the form edits
 */
final class AttachedAtOnce<T> {

    /** Saves a letter already saved, amended, at once: then {@code saved}, or {@code failed} with the words why. */
    interface Saver<T> {
        void save(T amended, Runnable saved, Consumer<String> failed);
    }

    private final AttachmentField field;
    private final AnswersAsFilled asFilled;
    private final Supplier<T> open;
    private final ToLongFunction<T> idOf;
    private final BiFunction<T, Long, T> linked;
    private final Consumer<T> nowSaved;
    private Saver<T> saver;

    /**
     * @param open     the saved letter the form has open, or null (a new letter, or the form closed)
     * @param linked   that letter with the document linked
     * @param nowSaved told of the letter as it is being saved with the link, so a second file attached builds on it
     */
    AttachedAtOnce(AttachmentField field, AnswersAsFilled asFilled, Supplier<T> open, ToLongFunction<T> idOf,
                   BiFunction<T, Long, T> linked, Consumer<T> nowSaved) {
        this.field = field;
        this.asFilled = asFilled;
        this.open = open;
        this.idOf = idOf;
        this.linked = linked;
        this.nowSaved = nowSaved;
        field.whenAttached(this::attached);
    }

    /** Where the letter with the file linked is saved; until then every file waits for Save. */
    void savesWith(Saver<T> saver) {
        this.saver = saver;
    }

    private void attached(long documentId) {
        T before = open.get();
        if (before == null || saver == null) {
            field.note(Messages.text("letters.sentLetterForm.attachedPressSave"));
            return;
        }
        T amended = linked.apply(before, documentId);
        nowSaved.accept(amended);
        field.note(Messages.text("letters.sentLetterForm.attachedSaving"));
        saver.save(amended, () -> {
            T now = open.get();
            if (now == null || idOf.applyAsLong(now) != idOf.applyAsLong(before)) {
                return; // another letter opened meanwhile: its form is not this one's
            }
            if (field.documentId().equals(Optional.of(documentId))) {
                asFilled.saved(field.answer());
                field.note(Messages.text("letters.sentLetterForm.attachedAndSaved"));
            }
        }, field::refuse);
    }
}
