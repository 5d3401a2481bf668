package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.store.StoreException;

/**
 * Starts the window, or with a command runs without one. Kept apart from the JavaFX Application class
 * so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {

    private static final Map<String, String> COMMANDS = Map.of(
            "sample-data", "sample-data --data-dir DIR [--years N] [--payments N]\n"
                    + "                                           Fill DIR with a made-up case for demos and tests;\n"
                    + "                                           --payments N gives exactly N payments (benchmarks).",
            "backup", "backup --to FILE|FOLDER [--data-dir DIR] [--password-file F | --ask-password]\n"
                    + "                                           Save a backup file (records, documents, checks);\n"
                    + "                                           with a password, AES-256 encrypted (7-Zip opens it).",
            "restore", "restore --from FILE [--data-dir DIR] [--password-file F]\n"
                    + "                                           Check a backup, keep the current records aside, "
                    + "and restore it.",
            "verify", "verify [--data-dir DIR] [--fingerprint CODE]\n"
                    + "                                           Check records: name anything changed outside the app;\n"
                    + "                                           with a fingerprint from a letter, say if it is in them.",
            "export-csv", "export-csv --to FOLDER [--data-dir DIR]  Write each log of each case as CSV files.",
            "export-pack", PackCommand.HELP,
            "sample-letters", "sample-letters --to DIR                  Write every letter for a made-up case into DIR, "
                    + "to review.",
            "help", "--help                                   Show this list.",
            "version", "--version                                Show the version.");

    /** The options each command takes; anything else is refused, so a typo never silently does something else. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "window", Set.of("data-dir", "page"),
            "sample-data", Set.of("data-dir", "years", "payments"),
            "backup", Set.of("to", "data-dir", "password-file", "ask-password"),
            "restore", Set.of("from", "data-dir", "password-file"),
            "verify", Set.of("data-dir", "fingerprint"),
            "export-csv", Set.of("to", "data-dir"),
            "export-pack", Set.of("to", "data-dir", "from", "until"),
            "sample-letters", Set.of("to"));

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty(StartupTimes.MAIN_ENTERED, String.valueOf(System.currentTimeMillis()));
        CommandLine commandLine = CommandLine.parse(Arrays.asList(args));
        if (commandLine.command().isEmpty() && commandLine.problems().isEmpty()
                && commandLine.unknownOptions(OPTIONS.get("window")).isEmpty()) {
            // The records start opening now, while JavaFX starts (see EarlyOpening); not when there is plainly no
            // screen, where the parent should only read that the window needs one.
            EarlyOpening early = Window.noScreen(System.getenv(), System.getProperty("os.name")) ? null
                    : EarlyOpening.start(DataFolder.forThisRun(commandLine.dataDir()), Clock.systemDefaultZone(),
                    new StartupTimes());
            System.exit(Window.launch(args, early, System.err));
        }
        System.exit(run(commandLine, System.out, System.err));
    }

    /** Runs a command without a window. Returns the exit code: 0 when it worked. */
    static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
        quietConsoleLog();
        List<String> problems = new ArrayList<>(commandLine.problems());
        String command = commandLine.command().orElse(commandLine.options().isEmpty() ? "help" : "window");
        problems.addAll(commandLine.unknownOptions(OPTIONS.getOrDefault(command, Set.of())));
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("Run with --help to see what the app can do.");
            return 2;
        }
        try {
            return runChecked(command, commandLine, out, err);
        } catch (OutOfMemoryError e) {
            err.println("That was too much to do at once: the app ran out of memory. Nothing has been changed. "
                    + "Try a smaller piece (a shorter period, for example).");
            return 1;
        } catch (RuntimeException e) {
            // Never a stack trace on the terminal: the log keeps the details for whoever looks into it.
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.SEVERE,
                    "Command " + command + " failed", e);
            err.println("Something went wrong that the app did not expect, so it stopped. Nothing more has been "
                    + "changed. The details are in the app's log. (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
    }

    private static int runChecked(String command, CommandLine commandLine, PrintStream out, PrintStream err) {
        try {
            switch (command) {
                case "help" -> printHelp(out);
                case "version" -> out.println("Child Maintenance Log " + Version.current());
                case "sample-data" -> {
                    Path folder = requiredDataDir(commandLine);
                    int years = commandLine.option("years").map(Main::positiveNumber).orElse(3);
                    int payments = commandLine.option("payments").map(Main::paymentCount).orElse(0);
                    try (AppServices services = AppServices.open(folder, Clock.systemDefaultZone())) {
                        new SampleData(services, years, payments).fill();
                    }
                    out.println("Made a sample case with " + years + " years of records in " + folder);
                }
                case "backup" -> {
                    return safety(commandLine, out).backup(required(commandLine, "to", "--to FILE"),
                            commandLine.option("password-file").isPresent() || commandLine.flag("ask-password"));
                }
                case "restore" -> {
                    return safety(commandLine, out).restore(required(commandLine, "from", "--from FILE"));
                }
                case "verify" -> {
                    return safety(commandLine, out).verify(commandLine.option("fingerprint"));
                }
                case "export-csv" -> {
                    return safety(commandLine, out).exportCsv(required(commandLine, "to", "--to FOLDER"));
                }
                case "export-pack" -> {
                    return PackCommand.run(commandLine, DataFolder.forThisRun(commandLine.dataDir()), out, err);
                }
                case "sample-letters" -> {
                    Path folder = Path.of(commandLine.option("to").orElseThrow(() -> new IllegalArgumentException(
                            "Say which folder to write the letters to with --to DIR."))).toAbsolutePath();
                    int written = new SampleLetterWriter(Clock.systemDefaultZone()).write(folder, out);
                    out.println("Wrote " + written + " sample letters to " + folder);
                }
                default -> {
                    err.println("There is no command called '" + command + "'. Run with --help to see the commands.");
                    return 2;
                }
            }
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("The letters could not be written: " + e.getMessage()
                    + ". Check the folder exists and you can save files there.");
            return 1;
        }
    }

    /** The safety commands use the usual data folder unless --data-dir says otherwise, like the window. */
    private static SafetyCommands safety(CommandLine commandLine, PrintStream out) {
        Path folder = DataFolder.forThisRun(commandLine.dataDir());
        return new SafetyCommands(folder, Clock.systemDefaultZone(), out, new Passwords(
                commandLine.option("password-file").map(f -> Path.of(f).toAbsolutePath()), System.console()));
    }

    private static String required(CommandLine commandLine, String option, String usage) {
        return commandLine.option(option).filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                "Say where with " + usage + ". Run with --help to see the commands."));
    }

    /** A command prints its own plain messages; the log's routine lines would only confuse. */
    private static void quietConsoleLog() {
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(java.util.logging.Level.WARNING);
            }
        }
    }

    private static Path requiredDataDir(CommandLine commandLine) {
        Optional<String> dir = commandLine.dataDir();
        if (dir.isEmpty()) {
            throw new IllegalArgumentException("Say which folder to use with --data-dir DIR.");
        }
        return Path.of(dir.get()).toAbsolutePath();
    }

    private static int positiveNumber(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 1 && number <= 30) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--years takes a whole number from 1 to 30.");
    }

    private static int paymentCount(String text) {
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 1 && number <= 20_000) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--payments takes a whole number from 1 to 20000.");
    }

    private static void printHelp(PrintStream out) {
        out.println("Child Maintenance Log " + Version.current());
        out.println("Keeps your child maintenance records, works out arrears and writes letters to the CMS.");
        out.println();
        out.println("Start the app:   java -jar child-maintenance-log.jar [--data-dir DIR] [--page NAME]");
        out.println("                 (--page opens on a page: overview, timeline, payments, calls, letters,");
        out.println("                 where-things-stand, documents, write-letter, notes, case, addresses, pack,");
        out.println("                 bin or settings)");
        out.println("Run a command:   java -jar child-maintenance-log.jar COMMAND [options]");
        out.println();
        out.println("Commands:");
        COMMANDS.keySet().stream().sorted().forEach(name -> out.println("  " + COMMANDS.get(name)));
        out.println();
        out.println("Your records are kept in " + DataFolder.forThisRun(Optional.empty()));
        out.println("unless you give --data-dir DIR or set the environment variable " + DataFolder.ENV_VARIABLE + ".");
        out.println();
        out.println("Exit codes: 0 done; 1 could not be done (the message says why); 2 wrong command or options;");
        out.println("3 verify found records or files changed outside the app.");
    }
}
