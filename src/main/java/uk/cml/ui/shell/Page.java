package uk.cml.ui.shell;

import javafx.scene.Node;

/**
 * A page whose key and title are fixed when it is made. Its constructor builds the layout, then hands it over
 * with what to load each time the page is shown ({@link #lay}).
 */
public abstract class Page extends NamedSection {

    private Node view;
    private Runnable onShown = () -> { };

    protected Page(String key, String title) {
        super(key, title);
    }

    /** Called once, at the end of the page's constructor. */
    protected final void lay(Node layout, Runnable whenShown) {
        this.view = layout;
        this.onShown = whenShown;
    }

    @Override
    public final Node view() {
        return view;
    }

    @Override
    public final void shown() {
        onShown.run();
    }
}
