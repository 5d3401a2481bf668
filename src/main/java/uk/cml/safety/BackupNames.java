package uk.cml.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The names backups get: readable, dated, and never the name of a file that is already there. */
final class BackupNames {

    static final String EXTENSION = ".zip";
    static final String AUTOMATIC_PREFIX = "Automatic backup ";

    private BackupNames() {
    }

    /** "Child Maintenance Log backup 2026-11-22.zip": ISO dates sort in order in any file list. */
    static String forDay(LocalDate day) {
        return "Child Maintenance Log backup " + DateTimeFormatter.ISO_LOCAL_DATE.format(day) + EXTENSION;
    }

    static String automaticForDay(LocalDate day) {
        return AUTOMATIC_PREFIX + DateTimeFormatter.ISO_LOCAL_DATE.format(day) + EXTENSION;
    }

    /** The name itself if free, else "name (2).zip", "name (3).zip"... */
    static Path unused(Path folder, String name) {
        Path candidate = folder.resolve(name);
        String stem = name.substring(0, name.length() - EXTENSION.length());
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + " (" + n + ")" + EXTENSION);
        }
        return candidate;
    }
}
