package uk.cml.app;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parent's records live: the operating system's usual place for app data, unless
 * {@code --data-dir} or the environment variable {@code CML_DATA_DIR} says otherwise.
 */
public final class DataFolder {

    public static final String ENV_VARIABLE = "CML_DATA_DIR";
    private static final String APP_NAME = "Child Maintenance Log";

    private DataFolder() {
    }

    /** The folder to use, given the --data-dir value if one was passed, the environment and the OS. */
    public static Path choose(Optional<String> dataDirArgument, Map<String, String> environment, String osName,
                              Path home) {
        if (dataDirArgument.isPresent() && !dataDirArgument.get().isBlank()) {
            return Path.of(dataDirArgument.get()).toAbsolutePath();
        }
        String fromEnv = environment.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_NAME);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("child-maintenance-log");
    }

    /**
     * The user's home folder. On Linux and macOS the HOME variable wins, as the XDG convention says;
     * Java's user.home comes from the password file and ignores it.
     */
    public static Path home(Map<String, String> environment, String osName, String userHomeProperty) {
        String home = environment.get("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        return !windows && home != null && !home.isBlank() ? Path.of(home) : Path.of(userHomeProperty);
    }

    /** The folder for this run, from the command line, the environment and the system. */
    public static Path forThisRun(Optional<String> dataDirArgument) {
        Map<String, String> environment = System.getenv();
        String os = System.getProperty("os.name");
        return choose(dataDirArgument, environment, os, home(environment, os, System.getProperty("user.home")));
    }

    /** Creates the folder readable by its owner only, where the file system has owners and permissions. */
    public static void create(Path folder) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (Files.notExists(folder)) {
            if (posix) {
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file, not a folder");
        }
    }
}
