package uk.cml.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the app was started with: an optional command (run without a window) and its options.
 * {@code --data-dir DIR} works with every command and with the window.
 */
public record CommandLine(Optional<String> command, Map<String, String> options, List<String> problems) {

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
                if (equals > 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    options.put(name, args.get(++i));
                } else {
                    problems.add("The option --" + name + " needs a value.");
                }
            } else if (command.isEmpty()) {
                command = Optional.of(arg);
            } else {
                problems.add("Unexpected word: " + arg);
            }
        }
        return new CommandLine(command, options, problems);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public Optional<String> dataDir() {
        return option("data-dir");
    }
}
