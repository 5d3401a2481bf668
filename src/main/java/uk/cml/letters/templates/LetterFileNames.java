package uk.cml.letters.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * File names like "2026-11-22 Our phone call on 20 November 2026.pdf" (the date, then the letter's name as printed:
 * {@link LetterTemplate#nameFor}), never the name of a file that is already there.
 */
public final class LetterFileNames {

    private LetterFileNames() {
    }

    public static String fileName(LocalDate date, String title) {
        return date + " " + safe(title) + ".pdf";
    }

    /** A path in {@code folder} that does not exist yet: adds " (2)", " (3)"... before ".pdf" as needed. */
    public static Path freePath(Path folder, LocalDate date, String title) {
        return freeVariant(folder.resolve(fileName(date, title)));
    }

    /** {@code wanted} if no file has that name, otherwise the first free "name (2).pdf", "name (3).pdf"... */
    public static Path freeVariant(Path wanted) {
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = wanted.resolveSibling(stem + " (" + n + ")" + extension);
        }
        return candidate;
    }

    /** Characters Windows refuses in a file name become a dash. */
    private static String safe(String title) {
        // "COMPLAINT: request for a review" reads as "COMPLAINT - request for a review", not "COMPLAINT- request".
        String cleaned = title.replace(": ", " - ").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return cleaned.isEmpty() ? "Letter" : cleaned;
    }
}
