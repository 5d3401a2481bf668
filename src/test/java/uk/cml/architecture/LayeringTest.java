package uk.cml.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers stay as designed: domain is plain Java, dependencies point toward it, and no two
 * packages depend on each other in a circle. Reads the source, so it needs no extra library.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(uk\\.cml(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static Map<String, Set<String>> dependencies;
    private static Map<String, Set<String>> imports;

    @BeforeAll
    static void readSources() throws IOException {
        dependencies = new HashMap<>();
        imports = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> used = imports.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher q = QUALIFIED.matcher(source.replaceAll("(?m)^(package|import) .*$", ""));
                while (q.find()) {
                    used.add(q.group(1));
                }
                Set<String> internal = dependencies.computeIfAbsent(pkg, k -> new TreeSet<>());
                used.stream().filter(u -> u.startsWith("uk.cml")).filter(u -> !u.equals(pkg)).forEach(internal::add);
            }
        }
        assertTrue(dependencies.size() > 5, "found the packages: " + dependencies.keySet());
    }

    @Test
    void domainIsPlainJava() {
        List<String> offences = new ArrayList<>();
        imports.forEach((pkg, used) -> {
            if (pkg.startsWith("uk.cml.domain")) {
                used.stream().filter(u -> u.startsWith("javafx") || u.startsWith("java.sql") || u.startsWith("java.awt")
                        || u.startsWith("org.sqlite") || u.startsWith("org.apache.pdfbox")
                        || (u.startsWith("uk.cml") && !u.startsWith("uk.cml.domain")))
                        .forEach(u -> offences.add(pkg + " uses " + u));
            }
        });
        assertEquals(List.of(), offences);
    }

    @Test
    void storeAndLettersKnowNothingOfTheScreens() {
        List<String> offences = new ArrayList<>();
        imports.forEach((pkg, used) -> {
            if (!pkg.startsWith("uk.cml.ui") && !pkg.startsWith("uk.cml.app")) {
                used.stream().filter(u -> u.startsWith("javafx") || u.startsWith("uk.cml.ui") || u.startsWith("uk.cml.app"))
                        .forEach(u -> offences.add(pkg + " uses " + u));
            }
        });
        assertEquals(List.of(), offences);
    }

    @Test
    void screensDoNotReachForTheStartUpCode() {
        List<String> offences = new ArrayList<>();
        dependencies.forEach((pkg, used) -> {
            if (pkg.startsWith("uk.cml.ui")) {
                used.stream().filter(u -> u.startsWith("uk.cml.app")).forEach(u -> offences.add(pkg + " uses " + u));
            }
        });
        assertEquals(List.of(), offences);
    }

    @Test
    void packagesFormNoCycle() {
        List<String> cycles = new ArrayList<>();
        for (String start : dependencies.keySet()) {
            findCycle(start, start, new ArrayList<>(List.of(start)), new HashSet<>(), cycles);
        }
        assertEquals(List.of(), cycles);
    }

    private void findCycle(String start, String at, List<String> path, Set<String> seen, List<String> cycles) {
        for (String next : dependencies.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (seen.add(next) && dependencies.containsKey(next)) {
                path.add(next);
                findCycle(start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
