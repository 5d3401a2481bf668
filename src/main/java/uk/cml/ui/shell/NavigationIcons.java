package uk.cml.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Feather icon beside each page's name in the navigation; a page without its own gets a plain one. */
final class NavigationIcons {

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
        return new FontIcon(ICONS.getOrDefault(key, Feather.CIRCLE));
    }
}
