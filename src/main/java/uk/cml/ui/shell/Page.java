package uk.cml.ui.shell;

/** A page whose key and title are fixed when it is made; the page gives its view and what to load when shown. */
public abstract class Page implements Section {

    private final String key;
    private final String title;

    protected Page(String key, String title) {
        this.key = key;
        this.title = title;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String title() {
        return title;
    }
}
