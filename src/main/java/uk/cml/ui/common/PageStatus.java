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
 * <p>
 * Words saying what was just done ("Call saved.", {@link #done}) stay while the parent reads them, and go once they
 * begin something else on the page ({@link #movedOn}, told by {@link MovingOn}): left beside a half-typed new entry,
 * "Saved" read as if that entry were saved. Never on a timer, as a parent may look away. Refusals and problems keep
 * their own rules.
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
    /** What {@link #done} or {@link #sayWithUndo} said, until the line says something else. */
    private String done;

    /** Says words that stay until the line says something else (a problem, what a record is, what to do next). */
    public void say(String words) {
        refusal = null;
        done = null;
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

    /**
     * The parent has left the form a refusal speaks of (chosen another tab of the page): "Nothing was saved. Check
     * the answers marked in red." points at nothing they can see, so it goes. Anything else the line says stays; the
     * answers stay marked in red on the form, for when they come back to it.
     */
    public void formLeft() {
        refusalPutRight();
    }

    /**
     * Says what was just done ("Saved."): the words stay while the parent reads them, until the line says something
     * else or the parent begins something else on the page ({@link #movedOn}).
     */
    public void done(String words) {
        say(words);
        done = words;
    }

    /**
     * A save found nothing changed since the record was saved (the same answers, perhaps typed another way: "10" for
     * £10.00, a space after a note), so the store recorded nothing and there is nothing to undo. Every page says it
     * in these words, as {@link #done} says what was done.
     */
    public void nothingChanged() {
        done(Messages.text("common.recordsModel.nothingHasChanged"));
    }

    /** Says what was done and offers to undo it, as {@link #done} does: until the parent moves on. */
    public void sayWithUndo(String words, Runnable undoIt) {
        refusal = null;
        next.set(null);
        text.set(words);
        undo.set(undoIt);
        done = words;
    }

    /**
     * The parent has begun something else on the page: typed in or changed a field, chosen another row or tab, or
     * left the page. Words saying what was done go (with their Undo and next step), so they never stand beside a new
     * entry as if it were saved. A refusal ("Nothing was saved...") or a problem stays: they have their own rules.
     */
    public void movedOn() {
        if (done != null && done.equals(text.get())) {
            clear();
        }
    }

    /** The line says what was just done (and so will go once the parent moves on). */
    public boolean saysDone() {
        return done != null && done.equals(text.get());
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
