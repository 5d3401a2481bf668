package uk.cml.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Run in a child process by {@link RestoreCrashTest}: restores a backup and stops the whole process dead
 * (no clean-up, no finally blocks, as a power cut or a kill would) right after the step numbered in its
 * third argument. Exits 86 when stopped, or as the command would if the restore finished first.
 */
public final class RestoreKilledAtStep {

    static final int STOPPED = 86;

    private RestoreKilledAtStep() {
    }

    public static void main(String[] args) {
        int stopAfter = Integer.parseInt(args[2]);
        int[] steps = {0};
        int code = new SafetyCommands(Path.of(args[1]), Clock.systemUTC(), System.out,
                new Passwords(Optional.empty(), null)).restore(args[0], step -> {
                    if (++steps[0] == stopAfter) {
                        System.out.println("Stopped after: " + step);
                        System.out.flush();
                        Runtime.getRuntime().halt(STOPPED);
                    }
                });
        System.exit(code);
    }
}
