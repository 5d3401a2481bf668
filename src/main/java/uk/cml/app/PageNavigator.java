package uk.cml.app;

import java.util.Objects;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.MainWindow;
import uk.cml.ui.shell.Navigator;

/**
 * The app's one navigator. The pages are given it by constructor before the window that lists them exists, so it
 * is made first and bound to the window once the window is built; going anywhere before that is a wiring mistake.
 */
final class PageNavigator implements Navigator {

    private MainWindow window;

    /** Called once, when the window holding every page has been built. */
    void bind(MainWindow built) {
        if (window != null) {
            throw new IllegalStateException("The navigator is already bound to a window");
        }
        window = Objects.requireNonNull(built, "built");
    }

    /** Selects the destination's page, then hands the page the destination so it can show the item itself. */
    @Override
    public void go(Destination destination) {
        if (window == null) {
            throw new IllegalStateException("Nothing can be shown before the main window is built");
        }
        window.show(destination);
    }
}
