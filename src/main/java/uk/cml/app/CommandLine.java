package uk.cml.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Words;

/**
 * What the app was started with: an optional command (run without a window) and its options.
 * {@code --data-dir DIR} works with every command and with the window.
 */
public record CommandLine(Optional<String> command, Map<String, String> options, List<String> problems) {

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("ask-password", "collect-and-pay");

    public static CommandLine parse(List<String> args) {
        Optional<String> command = Optional.empty();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                command = Optional.of("help");
            } else if (arg.equals("--version")) {
                command = Optional.of("version");
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (FLAGS.contains(name)) {
                    options.put(name, "yes");
                } else if (equals > 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    options.put(name, args.get(++i));
                } else {
                    problems.add(Words.text("cli.option.needsValue", name));
                }
            } else if (command.isEmpty()) {
                command = Optional.of(arg);
            } else {
                problems.add(Words.text("cli.option.unexpected", arg));
            }
        }
        if (options.containsKey("data-dir") && options.get("data-dir").isBlank()) {
            problems.add(Words.text("cli.option.emptyDataDir"));
        }
        return new CommandLine(command, options, problems);
    }

    /** A sentence for each option the command does not take, suggesting the nearest one it does. */
    public List<String> unknownOptions(Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                String what = command.map(c -> Words.text("cli.option.noSuchFor", name, c))
                        .orElse(Words.text("cli.option.noSuchForWindow", name));
                unknown.add(what + nearest(name, allowed).map(n -> Words.text("cli.option.didYouMean", n)).orElse(""));
            }
        }
        return unknown;
    }

    private static Optional<String> nearest(String name, Set<String> allowed) {
        String plain = letters(name);
        return allowed.stream().filter(a -> distance(letters(a), plain) <= 2 || letters(a).startsWith(plain)
                || plain.startsWith(letters(a))).sorted().findFirst();
    }

    /** How many letters must change, be added or removed to turn one word into the other (Levenshtein). */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public Optional<String> dataDir() {
        return option("data-dir");
    }
}
