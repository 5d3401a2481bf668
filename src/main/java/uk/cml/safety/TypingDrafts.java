package uk.cml.safety;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * What the parent typed in a form and has not saved yet, kept beside the records as they type, so a log-off, a
 * shutdown, a kill or a power cut does not lose it. One small file in the data folder, replaced whole and atomically
 * ({@link SafeFiles}): after a power cut it holds the drafts before the last pause in typing or after it, never half.
 *
 * <p>A file, not a table in the records: a draft is not a record. It must not enter the record journal (its
 * fingerprint would change at every pause in typing), Check records, the CSV export or a backup (a restore must
 * never bring back old typing), and keeping it needs no change to the records' schema. Every method does file work:
 * call it off the FX thread.
 */
public final class TypingDrafts {

    public static final String FILE_NAME = "typing-drafts.properties";
    private static final Logger LOG = Logger.getLogger(TypingDrafts.class.getName());
    /** Between a draft's key and its field's id in the file: neither ever holds it. */
    private static final String SEPARATOR = "|";
    private static final String TYPED_AT = "typed-at";

    /** One form's typing: when it was last kept, and each field's value by the field's id. */
    public record Draft(LocalDateTime typedAt, Map<String, String> fields) {
        public Draft {
            fields = Map.copyOf(fields);
        }
    }

    private final Path file;
    private final Clock clock;
    private Map<String, Draft> drafts;

    public TypingDrafts(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.clock = clock;
    }

    /** Every draft kept, by its form's key. A file that cannot be read gives none: it must never stop the app. */
    public synchronized Map<String, Draft> all() {
        return Map.copyOf(loaded());
    }

    /**
     * Keeps {@code fields} as the draft of {@code key}, typed now, in place of any before. The same typing kept again
     * (put back into its form at a start, then kept as the form closes) keeps the time it was really typed, so the
     * Overview never says it was typed later than it was; nothing is written then.
     */
    public synchronized void keep(String key, Map<String, String> fields) throws IOException {
        Draft before = loaded().get(key);
        if (before != null && before.fields().equals(fields)) {
            return;
        }
        Map<String, Draft> next = new TreeMap<>(loaded());
        next.put(key, new Draft(LocalDateTime.now(clock).withNano(0), fields));
        write(next);
    }

    /** Forgets the draft of {@code key}: it was saved, cancelled or cleared. Writes nothing if there was none. */
    public synchronized void clear(String key) throws IOException {
        if (!loaded().containsKey(key)) {
            return;
        }
        Map<String, Draft> next = new TreeMap<>(loaded());
        next.remove(key);
        write(next);
    }

    private void write(Map<String, Draft> next) throws IOException {
        if (next.isEmpty()) {
            Files.deleteIfExists(file);
            SafeFiles.syncFolder(file.getParent());
        } else {
            Properties properties = new Properties();
            next.forEach((key, draft) -> {
                properties.setProperty(key + SEPARATOR + TYPED_AT, draft.typedAt().toString());
                draft.fields().forEach((id, value) -> properties.setProperty(key + SEPARATOR + "field." + id, value));
            });
            StringWriter text = new StringWriter();
            properties.store(text, null);
            SafeFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        drafts = next;
    }

    private Map<String, Draft> loaded() {
        if (drafts == null) {
            drafts = read();
        }
        return drafts;
    }

    private Map<String, Draft> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            Map<String, LocalDateTime> times = new TreeMap<>();
            Map<String, Map<String, String>> fields = new TreeMap<>();
            for (String name : properties.stringPropertyNames()) {
                int split = name.indexOf(SEPARATOR);
                if (split < 0) {
                    continue;
                }
                String key = name.substring(0, split);
                String rest = name.substring(split + 1);
                if (rest.equals(TYPED_AT)) {
                    times.put(key, LocalDateTime.parse(properties.getProperty(name)));
                } else if (rest.startsWith("field.")) {
                    fields.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .put(rest.substring("field.".length()), properties.getProperty(name));
                }
            }
            Map<String, Draft> read = new TreeMap<>();
            times.forEach((key, at) -> read.put(key, new Draft(at, fields.getOrDefault(key, Map.of()))));
            return read;
        } catch (IOException | RuntimeException unreadable) {
            // Not the records: a damaged drafts file loses typing only, and the next keep replaces it.
            LOG.warning("Could not read the kept typing: " + unreadable);
            return new TreeMap<>();
        }
    }
}
