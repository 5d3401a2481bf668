package uk.cml.ui.common;

import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The app's look: AtlantaFX Primer (light or dark) as the base, and the app's own stylesheet on top for its navy
 * accent, focus rings and layout. Every window's scene gets {@link #style(Scene)}. One is made at start-up and
 * handed to whatever switches it (Settings); JavaFX keeps the base stylesheet for the whole app.
 * AtlantaFX 2.1's classes are built for Java 21 and the app runs on 17, so only its compiled stylesheets are used.
 */
public final class Theme {

    private static final String LIGHT_BASE = "/atlantafx/base/theme/primer-light.bss";
    private static final String DARK_BASE = "/atlantafx/base/theme/primer-dark.bss";
    private static final String APP = Theme.class.getResource("/uk/cml/ui/app.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("/uk/cml/ui/app-dark.css").toExternalForm();
    private boolean dark;

    /** Switches every open window between light and dark. Call on the FX thread. */
    public void use(boolean darkTheme) {
        dark = darkTheme;
        Application.setUserAgentStylesheet(Theme.class.getResource(darkTheme ? DARK_BASE : LIGHT_BASE)
                .toExternalForm());
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            if (window.getScene() != null) {
                style(window.getScene());
            }
        }
    }

    /** Adds the app's stylesheets to a scene, the dark accents included while the dark theme is on. */
    public Scene style(Scene scene) {
        if (!scene.getStylesheets().contains(APP)) {
            scene.getStylesheets().add(APP);
        }
        if (dark && !scene.getStylesheets().contains(DARK)) {
            scene.getStylesheets().add(DARK);
        } else if (!dark) {
            scene.getStylesheets().remove(DARK);
        }
        return scene;
    }

    public boolean isDark() {
        return dark;
    }
}
