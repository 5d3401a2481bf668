package uk.cml.ui.shell;

/** A page known by its key and title before anything of it is built: what the sidebar needs. */
abstract class NamedSection implements Section {

    private final String key;
    private final String title;

    NamedSection(String key, String title) {
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
