package uk.cml.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** For tests: a data folder filled with the sample case, exactly as the sample-data command makes it. */
public final class SampleFolders {

    private SampleFolders() {
    }

    /** @param options more of the command's options, such as "--collect-and-pay" */
    public static void fill(Path folder, String... options) {
        fillOn(folder, EnglandClock.system(), options);
    }

    /** As {@link #fill}, with the sample case made on {@code clock}'s day, so its last weeks end on that day. */
    public static void fillOn(Path folder, java.time.Clock clock, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("sample-data", "--data-dir", folder.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(CommandLine.parse(args), clock,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("sample-data failed: " + err.toString(StandardCharsets.UTF_8));
        }
    }
}
