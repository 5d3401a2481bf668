package uk.cml.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A rotating log in the data folder for finding faults. It records what the app did, never what the
 * parent typed: no names, amounts, notes or references are logged anywhere in the app.
 */
public final class AppLogging {

    private AppLogging() {
    }

    public static void start(Path dataFolder) {
        try {
            Path logs = dataFolder.resolve("logs");
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler file = new FileHandler(logs.resolve("app-%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(file);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            Logger.getLogger(AppLogging.class.getName()).log(Level.WARNING, "Could not start the log file", e);
        }
    }
}
