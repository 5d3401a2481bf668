package uk.cml.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
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
            "export-pack", PackCommand.HELP,
            "help", "--help                                   Show this list.",
            "version", "--version                                Show the version.");

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = CommandLine.parse(Arrays.asList(args));
        if (commandLine.command().isEmpty() && commandLine.problems().isEmpty()) {
            Application.launch(CmlApplication.class, args);
            return;
        }
        System.exit(run(commandLine, System.out, System.err));
    }

    /** Runs a command without a window. Returns the exit code: 0 when it worked. */
    static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
        quietConsoleLog();
        if (!commandLine.problems().isEmpty()) {
            commandLine.problems().forEach(err::println);
            err.println("Run with --help to see what the app can do.");
            return 2;
        }
        String command = commandLine.command().orElse("help");
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
                case "export-pack" -> {
                    return PackCommand.run(commandLine, requiredDataDir(commandLine), out, err);
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
        }
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
        out.println("                 (--page opens on a page: overview, payments, calls, letters, documents, case,");
        out.println("                 addresses or settings)");
        out.println("Run a command:   java -jar child-maintenance-log.jar COMMAND [options]");
        out.println();
        out.println("Commands:");
        COMMANDS.keySet().stream().sorted().forEach(name -> out.println("  " + COMMANDS.get(name)));
        out.println();
        out.println("Your records are kept in " + DataFolder.forThisRun(Optional.empty()));
        out.println("unless you give --data-dir DIR or set the environment variable " + DataFolder.ENV_VARIABLE + ".");
    }
}
