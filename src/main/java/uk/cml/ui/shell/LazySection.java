package uk.cml.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A page built on its first visit, so that starting the app builds only the page it opens on. Its key and title
 * are known before then, for the sidebar. Used on the FX thread only.
 */
public final class LazySection<T extends Section> extends NamedSection {

    private final Supplier<T> build;
    private T built;

    public LazySection(String key, String title, Supplier<T> build) {
        super(key, title);
        this.build = build;
    }

    /** The page, built now if this is the first time it is needed. */
    public T get() {
        if (built == null) {
            built = build.get();
            if (!built.key().equals(key())) {
                throw new IllegalStateException("Page " + built.key() + " was listed as " + key());
            }
        }
        return built;
    }

    @Override
    public Node view() {
        return get().view();
    }

    @Override
    public void shown() {
        get().shown();
    }

    @Override
    public void show(Destination destination) {
        get().show(destination);
    }

    @Override
    public void whenFilled(Runnable filled) {
        get().whenFilled(filled);
    }

    /** A page not built yet has had nothing typed in it. */
    @Override
    public boolean holdsUnsavedTyping() {
        return built != null && built.holdsUnsavedTyping();
    }
}
