package uk.cml.letters.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** File names like "2026-11-22 Complaint to CMS.pdf", never the name of a file that is already there. */
public final class LetterFileNames {

    private LetterFileNames() {
    }

    public static String fileName(LocalDate date, String title) {
        return date + " " + safe(title) + ".pdf";
    }

    /** A path in {@code folder} that does not exist yet: adds " (2)", " (3)"... before ".pdf" as needed. */
    public static Path freePath(Path folder, LocalDate date, String title) {
        String base = date + " " + safe(title);
        Path candidate = folder.resolve(base + ".pdf");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + " (" + n + ").pdf");
        }
        return candidate;
    }

    /** Characters Windows refuses in a file name become a dash. */
    private static String safe(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return cleaned.isEmpty() ? "Letter" : cleaned;
    }
}
