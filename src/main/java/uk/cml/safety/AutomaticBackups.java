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

    /** The day's automatic backups, oldest first: its first, then any made beside it ("... (2).zip"). */
    List<Path> ofDay(LocalDate day) throws IOException {
        String first = BackupNames.automaticForDay(day);
        String stem = first.substring(0, first.length() - BackupNames.EXTENSION.length());
        return list().stream().filter(f -> {
            String name = f.getFileName().toString();
            return name.equals(first) || name.startsWith(stem + " (");
        }).toList();
    }

    /** Removes the oldest automatic backups beyond {@code keep}. Returns how many were removed. */
    int prune(int keep) throws IOException {
        return prune(keep, java.util.Set.of());
    }

    /**
     * Removes the oldest automatic backups beyond {@code keep}, never one of {@code kept} (the newest backup of
     * records the app no longer holds, say). Returns how many were removed.
     */
    int prune(int keep, java.util.Set<Path> kept) throws IOException {
        List<Path> automatic = list();
        int removed = 0;
        for (int i = 0; i < automatic.size() - keep; i++) {
            if (kept.contains(automatic.get(i))) {
                continue;
            }
            Files.deleteIfExists(automatic.get(i));
            removed++;
        }
        if (removed > 0) {
            LOG.info("Removed " + removed + " old automatic backups");
        }
        return removed;
    }

    /** "Automatic backup 2026-12-04.zip", or "Automatic backup 2026-12-04 (2).zip" made beside it. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(BackupNames.AUTOMATIC_PREFIX) + "(.*?)(?: \\((\\d{1,9})\\))?"
                    + java.util.regex.Pattern.quote(BackupNames.EXTENSION));

    /** Sorts by the day in the name, then the number after it: a day's first backup has none, so it comes first. */
    private static final java.util.Comparator<Path> OLDEST_FIRST = java.util.Comparator
            .comparing((Path f) -> dayAndNumber(f).day()).thenComparing(f -> dayAndNumber(f).number())
            .thenComparing(f -> f.getFileName().toString());

    private record DayAndNumber(String day, int number) {
    }

    private static DayAndNumber dayAndNumber(Path file) {
        java.util.regex.Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return new DayAndNumber(file.getFileName().toString(), 0);
        }
        return new DayAndNumber(m.group(1), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }

    /** Automatic backups, oldest first (the date in the name sorts them, then the number of one made beside). */
    List<Path> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(BackupNames.AUTOMATIC_PREFIX) && name.endsWith(BackupNames.EXTENSION);
            }).sorted(OLDEST_FIRST).toList();
        }
    }
}
