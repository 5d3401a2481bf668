package uk.cml.ui.shell;

import javafx.scene.Node;

/** One page of the main window, chosen from the sidebar. */
public interface Section {

    /** Stable key: the sidebar button's id is "nav-" + key and the page's id is "page-" + key. */
    String key();

    String title();

    Node view();

    /** Called each time the page is shown, so it can load fresh figures for the current case. */
    default void shown() {
    }

    /**
     * Called after {@link #shown()} when the parent is taken to something on this page, such as one letter; the
     * page shows it once its records are loaded. A page with nothing to pick out shows itself as it is.
     */
    default void show(Destination destination) {
    }

    /**
     * Runs {@code filled} once the page has put the figures of its first load on screen, at once for a page with
     * nothing to wait for. The window opens on the page after this, so its first picture is the page filled in
     * rather than an empty page laid out and drawn again a moment later.
     */
    default void whenFilled(Runnable filled) {
        filled.run();
    }

    /**
     * True while a form on this page holds typing not yet saved, which closing the window would lose. The pages
     * with forms say so; the window asks before it closes (see {@link MainWindow#beforeClosing}).
     */
    default boolean holdsUnsavedTyping() {
        return false;
    }
}
