package uk.cml.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Feather icon beside each page's name in the navigation (a page without its own gets a plain one), and the
 * other icons of the window's frame: one character of the Feather icon font, sized and coloured by the app's
 * stylesheet ({@code .frame-icon}). Not Ikonli's own {@code FontIcon}: it sets an inline style on every icon, and an
 * inline style is the one thing that makes JavaFX load its stylesheet text parser at start-up (about 60 classes,
 * 47 of them lambdas), where every stylesheet the app uses is already compiled.
 */
final class NavigationIcons {

    /** Where the Feather icon pack keeps its font; its family, as the font names itself, is in app.css. */
    private static final String FONT = "/META-INF/resources/feather/4.28/fonts/feather.ttf";

    private static final Map<String, Feather> ICONS = Map.ofEntries(
            Map.entry("overview", Feather.HOME),
            Map.entry("timeline", Feather.CLOCK),
            Map.entry("payments", Feather.CREDIT_CARD),
            Map.entry("calls", Feather.PHONE),
            Map.entry("letters", Feather.MAIL),
            Map.entry("documents", Feather.FILE_TEXT),
            Map.entry("write-letter", Feather.EDIT_3),
            Map.entry("notes", Feather.BOOK_OPEN),
            Map.entry("case", Feather.BRIEFCASE),
            Map.entry("addresses", Feather.BOOK),
            Map.entry("pack", Feather.PACKAGE),
            Map.entry("bin", Feather.TRASH_2),
            Map.entry("settings", Feather.SETTINGS),
            Map.entry("where-things-stand", Feather.FLAG));

    private NavigationIcons() {
    }

    static Node forPage(String key) {
        return icon(ICONS.getOrDefault(key, Feather.CIRCLE));
    }

    /** One icon; the font is registered with JavaFX the first time, so the stylesheet can name its family. */
    static Node icon(Feather feather) {
        FeatherFont.load();
        Text icon = new Text(new String(Character.toChars(feather.getCode())));
        icon.getStyleClass().add("frame-icon");
        // Read by screen readers as nothing rather than as an unknown character: the button's text says it all.
        icon.setAccessibleText("");
        return icon;
    }

    /** The font, registered with JavaFX once, the first time an icon is made (the class is loaded only then). */
    private static final class FeatherFont {
        private static final Font LOADED = read();

        static void load() {
            if (LOADED == null) {
                throw new IllegalStateException("The Feather icon font could not be read: " + FONT);
            }
        }

        private static Font read() {
            try (InputStream font = NavigationIcons.class.getResourceAsStream(FONT)) {
                return font == null ? null : Font.loadFont(font, 17);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
