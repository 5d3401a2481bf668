package uk.cml.ui.common;

import java.util.Arrays;

/**
 * Light or dark, chosen in Settings. "Same as this computer" asks the system once at start-up where it can
 * ({@link SystemAppearance}); JavaFX 21 has no way to be told when the system changes, so a change there shows
 * the next time the app opens.
 */
public enum Appearance {
    SYSTEM(Messages.text("common.appearance.sameAsThisComputer")),
    LIGHT(Messages.text("common.appearance.light")),
    DARK(Messages.text("common.appearance.dark"));

    /** The settings key the choice is saved under. */
    public static final String SETTING = "appearance";

    private final String label;

    Appearance(String label) {
        this.label = label;
    }

    /** What a saved setting means; anything unreadable means following the computer. */
    public static Appearance parse(String saved) {
        return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(saved)).findFirst().orElse(SYSTEM);
    }

    public String saved() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether to show the dark theme, given what the computer said it prefers. */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }

    @Override
    public String toString() {
        return label;
    }
}
