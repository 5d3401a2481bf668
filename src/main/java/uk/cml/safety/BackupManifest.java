package uk.cml.safety;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The list inside every backup of what it holds and each file's SHA-256, plus which app and schema made
 * it. Plain text, so anyone can read it: a header of "name: value" lines, then one line per file.
 */
public record BackupManifest(String appVersion, int schemaVersion, LocalDateTime madeAt, Fingerprint fingerprint,
                             List<Entry> files) {

    public static final String ENTRY_NAME = "manifest.txt";
    public static final String DATABASE_ENTRY = "child-maintenance-log.db";
    static final String DOCUMENTS_PREFIX = "documents/";
    private static final String FIRST_LINE = "Child Maintenance Log backup";
    private static final int FORMAT = 1;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    /** The only names a backup may hold: nothing can be written outside the data folder on restore. */
    private static final Pattern DOCUMENT = Pattern.compile("documents/([0-9a-f]{2})/(\\1[0-9a-f]{62})");

    /** One file in the backup: its name inside the zip, its size and its SHA-256. */
    public record Entry(String name, long size, String sha256) {
    }

    public BackupManifest {
        files = List.copyOf(files);
    }

    public long documentCount() {
        return files.stream().filter(f -> f.name().startsWith(DOCUMENTS_PREFIX)).count();
    }

    public long totalBytes() {
        return files.stream().mapToLong(Entry::size).sum();
    }

    String format() {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        text.append("format: ").append(FORMAT).append('\n');
        text.append("app-version: ").append(appVersion).append('\n');
        text.append("schema-version: ").append(schemaVersion).append('\n');
        text.append("made-at: ").append(madeAt).append('\n');
        text.append("fingerprint: ").append(fingerprint.hash()).append('\n');
        text.append("journal-entries: ").append(fingerprint.entries()).append('\n');
        text.append('\n');
        for (Entry file : files) {
            text.append(file.sha256()).append("  ").append(file.size()).append("  ").append(file.name()).append('\n');
        }
        return text.toString();
    }

    /** Reads a manifest, or empty if it is not one this app wrote (or is from a newer format). */
    static Optional<BackupManifest> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(FIRST_LINE)) {
            return Optional.empty();
        }
        Map<String, String> header = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(": ");
            if (colon < 0) {
                return Optional.empty();
            }
            header.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
        }
        List<Entry> files = new ArrayList<>();
        for (i++; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] parts = lines[i].split("  ", 3);
            if (parts.length != 3 || !HASH.matcher(parts[0]).matches() || !allowedName(parts[2])) {
                return Optional.empty();
            }
            try {
                files.add(new Entry(parts[2], Long.parseLong(parts[1]), parts[0]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            if (Integer.parseInt(header.getOrDefault("format", "0")) != FORMAT || !HASH.matcher(
                    header.getOrDefault("fingerprint", "")).matches()) {
                return Optional.empty();
            }
            return Optional.of(new BackupManifest(header.getOrDefault("app-version", "unknown"),
                    Integer.parseInt(header.get("schema-version")), LocalDateTime.parse(header.get("made-at")),
                    new Fingerprint(header.get("fingerprint"), Long.parseLong(header.get("journal-entries"))),
                    files));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static boolean allowedName(String name) {
        return name.equals(DATABASE_ENTRY) || DOCUMENT.matcher(name).matches();
    }
}
