package uk.cml.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The backups the app makes by itself (at close, and at start for records changed after the last one): one a day, in {@code <data folder>/backups}, keeping the
 * newest few. Only files this class named are ever removed.
 */
final class AutomaticBackups {

    private static final Logger LOG = Logger.getLogger(AutomaticBackups.class.getName());
    static final String FOLDER = "backups";
    /** Starts the name of a day's backup being made again, until it is moved over the old one. */
    static final String REPLACING = "~";

    private final Path folder;

    AutomaticBackups(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    /** Where today's backup goes, or empty if there is one already. */
    Optional<Path> dueToday(LocalDate today) {
        Path target = folder.resolve(BackupNames.automaticForDay(today));
        return Files.exists(target) ? Optional.empty() : Optional.of(target);
    }

    /** Where the day's backup goes, whether or not it is there already. */
    Path forDay(LocalDate day) {
        return folder.resolve(BackupNames.automaticForDay(day));
    }

    Path folder() {
        return folder;
    }

    /** Removes the oldest automatic backups beyond {@code keep}. Returns how many were removed. */
    int prune(int keep) throws IOException {
        List<Path> automatic = list();
        int removed = 0;
        for (int i = 0; i < automatic.size() - keep; i++) {
            Files.deleteIfExists(automatic.get(i));
            removed++;
        }
        if (removed > 0) {
            LOG.info("Removed " + removed + " old automatic backups");
        }
        return removed;
    }

    /** Automatic backups, oldest first (the date in the name sorts them). */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(BackupNames.AUTOMATIC_PREFIX) && name.endsWith(BackupNames.EXTENSION);
            }).sorted().toList();
        }
    }
}
