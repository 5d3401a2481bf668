package uk.cml.wording;

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
 * The one bundle of words and the code agree: every key the code names is there (a parent never meets a missing
 * key), every key in the bundle is named somewhere in the code, and the placeholders match the arguments given.
 * A key is named as a literal: the first argument of {@code Words.text} or {@code Messages.text}, or one branch of
 * a choice between keys ({@code Words.text(late == 1 ? "arrears.line.lateOneDay" : "arrears.line.lateDays", ...)}).
 */
class WordsBundleTest {

    static final Path BUNDLE = Path.of("src/main/resources/uk/cml/messages.properties");
    private static final Path SOURCES = Path.of("src/main/java/uk/cml");
    private static final Pattern CALL = Pattern.compile("(?:Messages|Words)\\.text\\(\\s*\"([^\"]+)\"\\s*([,)])");
    /** A literal shaped like a key: lower-case words joined by dots ("calendar.rule.oneMonth"). */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
    /** Literals shaped like a key that are not one: file names (the one-copy lock, the privacy settings). */
    private static final Set<String> NOT_KEYS = Set.of("app.lock", "privacy.properties");
    /** Choices' names, asked for by type and constant ({@code uk.cml.domain.Labelled}); LabelledTest checks them. */
    private static final String LABEL = "label.";
    /** The spreadsheet export's file names and headings, asked for by table and column; CsvHeadingsTest checks them. */
    private static final String CSV = "csv.";
    /** What each CMS time limit means, asked for by its row's key ({@code TimeLimit}); CmsFactWordsTest checks them. */
    private static final String CMS_FACT = "cmsFact.";

    static Properties bundle() throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
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

    /** Every literal in the code shaped like a key and starting as some key in the bundle does, with its place. */
    private static Set<String> namedKeys(Set<String> prefixes) {
        return JavaLiterals.under(SOURCES).stream()
                .filter(l -> KEY_SHAPE.matcher(l.text()).matches() && !NOT_KEYS.contains(l.text()))
                .filter(l -> prefixes.contains(l.text().substring(0, l.text().indexOf('.'))))
                .map(l -> l.file().getFileName() + " " + l.text())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("every key named in the code is in messages.properties, and every key there is named")
    void keysMatch() throws IOException {
        Properties words = bundle();
        Set<String> prefixes = words.stringPropertyNames().stream()
                .filter(k -> !k.startsWith(LABEL) && !k.startsWith(CSV) && !k.startsWith(CMS_FACT)).map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> named = namedKeys(prefixes);
        Set<String> missing = named.stream().filter(n -> !words.containsKey(n.substring(n.indexOf(' ') + 1)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = named.stream().map(n -> n.substring(n.indexOf(' ') + 1)).collect(Collectors.toSet());
        Set<String> unused = words.stringPropertyNames().stream().filter(k -> !used.contains(k) && !k.startsWith(LABEL)
                && !k.startsWith(CSV) && !k.startsWith(CMS_FACT))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "keys named in the code but not in messages.properties");
        assertEquals(Set.of(), unused, "keys in messages.properties that no code names");
        assertTrue(uses().size() > 1000, "the views and the rules read their words from the bundle");
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

    @Test
    @DisplayName("a label or status line that trails off uses the one ellipsis character, never three full stops")
    void oneEllipsis() throws IOException {
        Properties words = bundle();
        List<String> dots = words.stringPropertyNames().stream().filter(k -> words.getProperty(k).contains("..."))
                .sorted().toList();
        assertEquals(List.of(), dots, "write \u2026 instead of ... in these");
        // The views' own cut-short quotes ("Replaced on ...: \"The first sixty characters…\"") too.
        List<String> inViews = JavaLiterals.under(SOURCES.resolve("ui")).stream()
                .filter(l -> l.text().contains("...")).map(l -> l.file().getFileName() + ":" + l.line()).toList();
        assertEquals(List.of(), inViews, "write \u2026 instead of ... in these");
    }
}
