package uk.cml.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What was just moved to the bin on a page, and how to put it back: said beside the list ({@link JustBinnedLine})
 * until the parent's next action, so a record binned by a slip is seen and put back at once. Plain state that a page
 * model owns and a test drives without a window.
 */
public final class JustBinned {

    private final StringProperty text = new SimpleStringProperty("");
    private Runnable putBack;

    /** {@code what} went to the bin ("A calculation of maintenance, dated 3 Nov 2026"); {@code putBack} restores it. */
    public void binned(String what, Runnable putBack) {
        this.putBack = putBack;
        text.set(Messages.text("common.justBinned.moved", what));
    }

    /** The parent did something else: the line goes, and a late press puts nothing back. */
    public void clear() {
        putBack = null;
        text.set("");
    }

    /** Puts back what went, once; the line goes. */
    public void putBack() {
        Runnable restore = putBack;
        clear();
        if (restore != null) {
            restore.run();
        }
    }

    public boolean canPutBack() {
        return putBack != null;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
