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

    public static void fill(Path folder) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(CommandLine.parse(List.of("sample-data", "--data-dir", folder.toString())),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("sample-data failed: " + err.toString(StandardCharsets.UTF_8));
        }
    }
}
