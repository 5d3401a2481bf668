package uk.cml.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Points SQLite's driver at a copy of its native library that the build unpacked beside the app's jars
 * ({@code target/lib/sqlite-native}, from pom.xml), as the installers do with their own copy. Without it, every start
 * of the plain jar asks the system whether it is Android (by running a program), copies the library (1 MB) out of its
 * jar into the temporary folder and lists that folder for older copies, before the records can open; a copy left by
 * a run that was killed stays there. If the copy cannot be loaded (another C library, say) the driver falls back to
 * its own way by itself.
 */
public final class SqliteLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String LIBRARY = "sqlitejdbc";

    private SqliteLibrary() {
    }

    /**
     * Sets the driver's library folder and name in {@code system} to the copy under {@code unpacked} for this
     * operating system and processor, unless a folder is already set (the installers set their own) or there is no
     * such copy. Returns the library's file when it did.
     */
    public static Optional<Path> useUnpackedCopy(Path unpacked, String osName, String osArch, Properties system) {
        if (system.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        return platformFile(osName, osArch).map(unpacked::resolve)
                .filter(Files::isRegularFile)
                .map(library -> {
                    system.setProperty(PATH_PROPERTY, library.getParent().toString());
                    system.setProperty(NAME_PROPERTY, library.getFileName().toString());
                    return library;
                });
    }

    /** The driver's own folder name for a platform, such as {@code org/sqlite/native/Linux/x86_64}. */
    static Optional<String> platformFolder(String osName, String osArch) {
        String system = system(osName);
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return system == null || arch == null ? Optional.empty()
                : Optional.of("org/sqlite/native/" + system + "/" + arch);
    }

    /**
     * The library's file in the driver's folder for a platform, such as
     * {@code org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib}: named for the platform asked about, not the one
     * this runs on, so folder and name always agree.
     */
    static Optional<String> platformFile(String osName, String osArch) {
        String file = switch (String.valueOf(system(osName))) {
            case "Linux" -> "lib" + LIBRARY + ".so";
            case "Mac" -> "lib" + LIBRARY + ".dylib";
            default -> LIBRARY + ".dll";
        };
        return platformFolder(osName, osArch).map(folder -> folder + "/" + file);
    }

    private static String system(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("linux") ? "Linux" : os.startsWith("mac") ? "Mac"
                : os.startsWith("windows") ? "Windows" : null;
    }
}
