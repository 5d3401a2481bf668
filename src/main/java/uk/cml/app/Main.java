package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.Words;
import uk.cml.store.SqliteLibrary;
import uk.cml.store.StoreException;

/**
 * Starts the window, or with a command runs without one. Kept apart from the JavaFX Application class
 * so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {

    /** Each command's line in --help; read when asked for, so starting the window does not load the words. */
    private static Map<String, String> commands() {
        return Map.of(
                "sample-data", Words.text("cli.help.sampleData"),
                "backup", Words.text("cli.help.backup"),
                "restore", Words.text("cli.help.restore"),
                "verify", Words.text("cli.help.verify"),
                "export-csv", Words.text("cli.help.exportCsv"),
                "export-pack", Words.text("cli.help.exportPack"),
                "sample-letters", Words.text("cli.help.sampleLetters"),
                "help", Words.text("cli.help.help"),
                "version", Words.text("cli.help.version"));
    }

    /** The options each command takes; anything else is refused, so a typo never silently does something else. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "window", Set.of("data-dir", "page"),
            "sample-data", Set.of("data-dir", "years", "payments", "collect-and-pay"),
            "backup", Set.of("to", "data-dir", "password-file", "ask-password"),
            "restore", Set.of("from", "data-dir", "password-file"),
            "verify", Set.of("data-dir", "fingerprint"),
            "export-csv", Set.of("to", "data-dir"),
            "export-pack", Set.of("to", "data-dir", "from", "until", "for"),
            "sample-letters", Set.of("to"));

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty(StartupTimes.MAIN_ENTERED, String.valueOf(System.currentTimeMillis()));
        useUnpackedSqlite();
        CommandLine commandLine = CommandLine.parse(Arrays.asList(args));
        if (commandLine.command().isEmpty() && commandLine.problems().isEmpty()
                && commandLine.unknownOptions(OPTIONS.get("window")).isEmpty()) {
            // First, so the records open while JavaFX starts (after SQLite's library was chosen, above). Not
            // without a screen to start on: there the window only says so, and the records stay untouched.
            Optional<EarlyOpening> early = openEarly(commandLine);
            holdOptimisingCompiler();
            RegionCaching.offUnlessChosen(System.getProperties());
            int exit = Window.launch(args, System.err);
            if (exit != 0) {
                early.ifPresent(EarlyOpening::closeUntaken);
            }
            System.exit(exit);
        }
        System.exit(run(commandLine, EnglandClock.system(), System.out, System.err));
    }

    /**
     * Starts opening the records for the window, unless there is no screen to start it on or the data folder cannot
     * even be worked out here: the window then opens them itself, as it did before, and says what is wrong.
     */
    private static Optional<EarlyOpening> openEarly(CommandLine commandLine) {
        if (!mayHaveAScreen(System.getProperty("os.name"), System.getenv())) {
            return Optional.empty();
        }
        try {
            return Optional.of(EarlyOpening.start(DataFolder.forThisRun(commandLine.dataDir()), EnglandClock.system(),
                    CmlApplication.firstPage(commandLine)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * False on Linux and the like when neither X nor Wayland is named in the environment, where JavaFX cannot start;
     * true on Windows and macOS, which always have one.
     */
    static boolean mayHaveAScreen(String osName, Map<String, String> environment) {
        String os = String.valueOf(osName).toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /**
     * Only where the runtime has Java's management modules, as a plain {@code java -jar} does: the installers' runtime
     * leaves them out (their launchers set the compiler's thresholds instead), and there {@link StartupCompiling}
     * could not even be loaded.
     */
    private static void holdOptimisingCompiler() {
        if (ModuleLayer.boot().findModule("java.management").isPresent()) {
            try {
                StartupCompiling.holdInBackground();
            } catch (LinkageError e) {
                // Starts as it would without it, only slower.
            }
        }
    }

    /**
     * Run from the plain jar, SQLite's native library is the copy the build unpacked beside it (see
     * {@link SqliteLibrary}); the installers set their own. Anything odd here leaves the driver to its own way.
     */
    private static void useUnpackedSqlite() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                SqliteLibrary.useUnpackedCopy(jar.resolveSibling("lib").resolve("sqlite-native"),
                        System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperties());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // The driver copies the library out of its jar itself, as it would without this.
        }
    }

    /** Runs a command without a window, on the real clock. Returns the exit code: 0 when it worked. */
    static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
        return run(commandLine, EnglandClock.system(), out, err);
    }

    /**
     * Runs a command without a window. Returns the exit code: 0 when it worked.
     *
     * @param clock the app's clock, in England's time ({@link EnglandClock})
     */
    static int run(CommandLine commandLine, Clock clock, PrintStream out, PrintStream err) {
        quietConsoleLog();
        List<String> problems = new ArrayList<>(commandLine.problems());
        String command = commandLine.command().orElse(commandLine.options().isEmpty() ? "help" : "window");
        problems.addAll(commandLine.unknownOptions(OPTIONS.getOrDefault(command, Set.of())));
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println(Words.text("cli.runHelp"));
            return 2;
        }
        try {
            return runChecked(command, commandLine, clock, out, err);
        } catch (OutOfMemoryError e) {
            err.println(Words.text("cli.outOfMemory"));
            return 1;
        } catch (RuntimeException e) {
            // Never a stack trace on the terminal: the log keeps the details for whoever looks into it.
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.SEVERE,
                    "Command " + command + " failed", e);
            err.println(Words.text("cli.unexpected", e.getClass().getSimpleName()));
            return 1;
        }
    }

    private static int runChecked(String command, CommandLine commandLine, Clock clock, PrintStream out,
                                  PrintStream err) {
        try {
            switch (command) {
                case "help" -> printHelp(out);
                case "version" -> out.println(Words.text("cli.version", Version.current()));
                case "sample-data" -> {
                    Path folder = requiredDataDir(commandLine);
                    int years = commandLine.option("years").map(Main::positiveNumber).orElse(3);
                    int payments = commandLine.option("payments").map(Main::paymentCount).orElse(0);
                    boolean collectAndPay = commandLine.flag("collect-and-pay");
                    if (collectAndPay && payments != 0) {
                        throw new IllegalArgumentException(Words.text("cli.collectAndPayPayments"));
                    }
                    try (AppServices services = AppServices.open(folder, clock)) {
                        new SampleData(services, years, payments, collectAndPay).fill();
                    }
                    out.println(Words.text(collectAndPay ? "cli.sampleMadeCollectAndPay" : "cli.sampleMade", years,
                            folder));
                }
                case "backup" -> {
                    return safety(commandLine, clock, out).backup(required(commandLine, "to", "--to FILE"),
                            commandLine.option("password-file").isPresent() || commandLine.flag("ask-password"));
                }
                case "restore" -> {
                    return safety(commandLine, clock, out).restore(required(commandLine, "from", "--from FILE"));
                }
                case "verify" -> {
                    return safety(commandLine, clock, out).verify(commandLine.option("fingerprint"));
                }
                case "export-csv" -> {
                    return safety(commandLine, clock, out).exportCsv(required(commandLine, "to", "--to FOLDER"));
                }
                case "export-pack" -> {
                    return PackCommand.run(commandLine, DataFolder.forThisRun(commandLine.dataDir()), clock, out, err);
                }
                case "sample-letters" -> {
                    Path folder = Path.of(commandLine.option("to").orElseThrow(() -> new IllegalArgumentException(
                            Words.text("cli.sayLettersFolder")))).toAbsolutePath();
                    int written = new SampleLetterWriter(clock).write(folder, out);
                    out.println(Words.text("cli.lettersWritten", written, folder));
                }
                default -> {
                    err.println(Words.text("cli.noSuchCommand", command));
                    return 2;
                }
            }
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(Words.text("cli.lettersNotWritten", e.getMessage()));
            return 1;
        }
    }

    /** The safety commands use the usual data folder unless --data-dir says otherwise, like the window. */
    private static SafetyCommands safety(CommandLine commandLine, Clock clock, PrintStream out) {
        Path folder = DataFolder.forThisRun(commandLine.dataDir());
        return new SafetyCommands(folder, clock, out, new Passwords(
                commandLine.option("password-file").map(f -> Path.of(f).toAbsolutePath()), System.console()));
    }

    private static String required(CommandLine commandLine, String option, String usage) {
        return commandLine.option(option).filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                Words.text("cli.sayWhere", usage)));
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
            throw new IllegalArgumentException(Words.text("cli.sayDataDir"));
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
        throw new IllegalArgumentException(Words.text("cli.years"));
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
        throw new IllegalArgumentException(Words.text("cli.payments"));
    }

    private static void printHelp(PrintStream out) {
        out.println(Words.text("cli.version", Version.current()));
        out.println(Words.text("cli.help.about"));
        out.println();
        out.println(Words.text("cli.help.start"));
        out.println();
        out.println(Words.text("cli.help.commands"));
        Map<String, String> commands = commands();
        commands.keySet().stream().sorted().forEach(name -> out.println("  " + commands.get(name)));
        out.println();
        out.println(Words.text("cli.help.records", DataFolder.forThisRun(Optional.empty()), DataFolder.ENV_VARIABLE));
        out.println();
        out.println(Words.text("cli.help.exitCodes"));
    }
}
