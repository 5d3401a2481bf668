package uk.cml.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a page's status line says, whether it offers "Undo" for the last step (such as moving a record to
 * the bin), and the next step it suggests, if any ("Write a letter confirming this call" after a call is saved).
 * Plain state that a page model owns and {@link StatusLine} shows.
 */
public final class PageStatus {

    /** A next step offered beside the words, as a button with this id and text. */
    public record Step(String id, String text, Runnable run) {
    }

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> next = new SimpleObjectProperty<>();
    /** What {@link #refuse} said, until the line says something else. */
    private String refusal;

    public void say(String words) {
        refusal = null;
        undo.set(null);
        next.set(null);
        text.set(words);
    }

    /**
     * Says nothing was saved because answers are marked in red ("Nothing was saved. Please check the answers marked
     * in red."): the words stay until the line says something else or {@link #refusalPutRight} takes them away.
     */
    public void refuse(String words) {
        say(words);
        refusal = words;
    }

    /**
     * Every answer marked in red has been changed (see {@link FormGrid#onceNothingIsRed}): a refusal the line still
     * says points at nothing, and goes. Anything else it says stays.
     */
    public void refusalPutRight() {
        if (refusal != null && refusal.equals(text.get())) {
            clear();
        }
    }

    /** Says what was done and offers to undo it until the page says something else. */
    public void sayWithUndo(String words, Runnable undoIt) {
        next.set(null);
        text.set(words);
        undo.set(undoIt);
    }

    /** Offers a next step beside what the line says, until it says something else. */
    public void offer(Step step) {
        next.set(step);
    }

    /** The next step offered, if one is. */
    public java.util.Optional<Step> next() {
        return java.util.Optional.ofNullable(next.get());
    }

    public ReadOnlyObjectProperty<Step> nextProperty() {
        return next;
    }

    /** Says in plain words what went wrong (the log has the detail). */
    public void problem(Throwable error) {
        say(Problems.forParent(error));
    }

    public void clear() {
        say("");
    }

    /** Runs the offered undo, once. */
    public void undo() {
        Runnable undoIt = undo.get();
        undo.set(null);
        if (undoIt != null) {
            undoIt.run();
        }
    }

    public boolean canUndo() {
        return undo.get() != null;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Runnable> undoProperty() {
        return undo;
    }

    public String text() {
        return text.get();
    }
}
