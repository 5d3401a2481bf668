package uk.cml.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Asks the computer whether it prefers dark windows, the ways each system answers (JavaFX 21 cannot tell):
 * GNOME's colour-scheme setting or a dark GTK theme on Linux, the apps setting in the Windows registry, the
 * interface style on macOS. Any failure means light. Runs a small program, so call it off the FX thread.
 */
public final class SystemAppearance {

    private SystemAppearance() {
    }

    public static boolean prefersDark() {
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).contains("0x0");
        }
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
        }
        String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        return scheme.contains("prefer-dark")
                || ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).contains("dark");
    }

    /** The program's output in lower case, or "" if it is missing, fails or takes more than two seconds. */
    private static String ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                return "";
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? out.toLowerCase(Locale.ROOT) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
