package uk.cml.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * What an empty list or table says: "Reading your records…" until its records have been read, and only then its own
 * words for nothing there ("Nothing to show for this period."). Said at once, "nothing" read to a parent as if their
 * records had gone while the page was still reading them.
 */
public final class ReadingPlaceholder {

    private ReadingPlaceholder() {
    }

    /**
     * @param placeholder the list's or table's placeholder property
     * @param empty       what it says once read and empty
     * @param read        true once the records have been read (it may start true)
     */
    public static void until(ObjectProperty<Node> placeholder, Node empty, ObservableBooleanValue read) {
        Node reading = PageLayout.emptyNote(Messages.text("common.reading.records"));
        reading.setId("reading-records");
        // A binding such as isNotNull() is held only weakly by what it watches: the notes keep it alive.
        reading.getProperties().put(ReadingPlaceholder.class, read);
        empty.getProperties().put(ReadingPlaceholder.class, read);
        placeholder.set(read.get() ? empty : reading);
        read.addListener((obs, was, now) -> placeholder.set(now ? empty : reading));
    }
}
