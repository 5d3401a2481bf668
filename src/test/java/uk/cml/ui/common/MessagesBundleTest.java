package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundle and the code agree: every key the code asks for is there (a parent never meets a missing key), every
 * key in the bundle is used, and the placeholders match the arguments given.
 */
class MessagesBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/uk/cml");
    private static final Pattern CALL = Pattern.compile("(?:Messages|Words)\\.text\\(\\s*\"([^\"]+)\"\\s*([,)])");

    /** Choices' names, asked for by type and constant ({@code uk.cml.domain.Labelled}); LabelledTest checks them. */
    private static final String LABEL = "label.";

    private static Properties bundle() throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/uk/cml/messages.properties"),
                StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }

    private record Use(String where, String key, boolean withArguments) {
    }

    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (var files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = CALL.matcher(Files.readString(file));
                while (call.find()) {
                    uses.add(new Use(file.getFileName().toString(), call.group(1), call.group(2).equals(",")));
                }
            }
        }
        return uses;
    }

    @Test
    @DisplayName("every key used in the code is in messages.properties, and every key there is used")
    void keysMatch() throws IOException {
        Properties words = bundle();
        List<Use> uses = uses();
        Set<String> missing = uses.stream().filter(u -> !words.containsKey(u.key())).map(u -> u.where() + " " + u.key())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = uses.stream().map(Use::key).collect(Collectors.toSet());
        Set<String> unused = words.stringPropertyNames().stream().filter(k -> !used.contains(k) && !k.startsWith(LABEL))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys used in the code but not in messages.properties");
        assertEquals(Set.of(), unused, "keys in messages.properties that no code uses");
        assertTrue(uses.size() > 0);
    }

    @Test
    @DisplayName("words given arguments have placeholders, words given none have none, and each reads as a pattern")
    void placeholdersMatchArguments() throws IOException {
        Properties words = bundle();
        List<String> wrong = new ArrayList<>();
        for (Use use : uses()) {
            String text = words.getProperty(use.key(), "");
            if (use.withArguments() != text.contains("{0}")) {
                wrong.add(use.where() + " " + use.key() + (use.withArguments() ? " has arguments but no {0}"
                        : " has no arguments but placeholders"));
            }
        }
        for (String key : words.stringPropertyNames()) {
            String text = words.getProperty(key);
            if (text.contains("{")) {
                new MessageFormat(text.replace("'", "''"));
            }
        }
        assertEquals(List.of(), wrong);
    }
}
