package uk.cml.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A form's answers as it was last filled in (empty for a new record, or from a saved one), to tell whether the
 * parent has typed, chosen or attached anything since: leaving the form then would lose it.
 */
public final class AnswersAsFilled {

    private final Supplier<List<Object>> answers;
    /**
     * Null until the form is first filled in: a form not opened yet holds nothing the parent typed, whatever its
     * choices are set to as the records arrive (the Letters page's sent-letter form chose "not said" for a decision
     * once the case's decisions were read, and was kept as typing though never opened).
     */
    private List<Object> asFilled;
    private final List<Runnable> whenFilled = new ArrayList<>();

    /** @param answers every answer the form holds, each comparable with equals (texts, dates, choices, ids) */
    public AnswersAsFilled(Supplier<List<Object>> answers) {
        this.answers = answers;
    }

    /** The form has just been filled in: what it holds now is what it started with. */
    public void filled() {
        asFilled = answers.get();
        List.copyOf(whenFilled).forEach(Runnable::run);
    }

    /**
     * One answer, as the form holds it now ({@code answer}, equal to exactly one of its answers: an attachment's
     * {@link AttachmentField#answer}, say), has just been saved on its own: it is no longer typing, while every other
     * answer typed and not saved stays so. Found by what it is, not by its place, so reordering the form's answers
     * cannot make another answer count as saved.
     */
    public void saved(Object answer) {
        if (asFilled == null) {
            return;
        }
        List<Object> now = answers.get();
        int at = now.indexOf(answer);
        if (at < 0 || now.lastIndexOf(answer) != at) {
            throw new IllegalArgumentException("Not exactly one answer is " + answer);
        }
        List<Object> kept = new ArrayList<>(asFilled);
        kept.set(at, now.get(at));
        asFilled = kept;
    }

    /**
     * Whether one answer, as the form holds it now ({@code answer}, found as {@link #saved} finds it), differs from
     * the answer the form was filled with: a file attached since, say.
     */
    public boolean changed(Object answer) {
        if (asFilled == null) {
            return false;
        }
        List<Object> now = answers.get();
        int at = now.indexOf(answer);
        return at >= 0 && !java.util.Objects.equals(asFilled.get(at), answer);
    }

    /** Runs {@code then} each time the form is filled in afresh (new, opened, saved): the {@link DraftKeeper} uses it. */
    public void whenFilled(Runnable then) {
        whenFilled.add(then);
    }

    /** Whether the form has been filled in at all (opened new, or with a record): before that it holds no answers. */
    public boolean isFilled() {
        return asFilled != null;
    }

    /** Something has been typed, chosen or attached since the form was filled in. */
    public boolean changed() {
        return asFilled != null && !answers.get().equals(asFilled);
    }
}
