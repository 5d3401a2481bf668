package uk.cml.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher script (installer/linux/launcher.sh) run over a made-up app image whose "java" only writes out
 * the arguments it was given: the options, class path and main class come from the image's .cfg with $APPDIR
 * filled in, and the parent's own arguments follow unchanged, spaces and all.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherScriptTest {

    @TempDir
    Path dir;

    @Test
    void runsTheRuntimesJavaWithTheConfigurationThenTheParentsArguments() throws Exception {
        Path image = dir.resolve("Child Maintenance Log");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("Child Maintenance Log.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/child-maintenance-log.jar",
                "app.mainclass=uk.cml.app.Main",
                "app.classpath=$APPDIR/lib/sqlite-jdbc.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa"));
        Path output = dir.resolve("args.txt");
        executable(Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java"),
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + output + "'\n");
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("Child Maintenance Log");
        executable(launcher, Files.readString(Path.of("installer/linux/launcher.sh")));

        Process run = new ProcessBuilder(launcher.toString(), "--data-dir", "/home/sam/My Records", "--page",
                "payments").redirectErrorStream(true).start();
        String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(30, TimeUnit.SECONDS);

        assertEquals(0, run.exitValue(), said);
        String appDir = app.toRealPath().toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:SharedArchiveFile=" + appDir + "/app.jsa",
                "-cp", appDir + "/child-maintenance-log.jar:" + appDir + "/lib/sqlite-jdbc.jar", "uk.cml.app.Main",
                "--data-dir", "/home/sam/My Records", "--page", "payments"), Files.readAllLines(output));
    }

    @Test
    void saysSoWhenTheInstallIsIncomplete() throws Exception {
        Path launcher = Files.createDirectories(dir.resolve("broken/bin")).resolve("Child Maintenance Log");
        executable(launcher, Files.readString(Path.of("installer/linux/launcher.sh")));

        Process run = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(30, TimeUnit.SECONDS);

        assertEquals(1, run.exitValue());
        assertEquals("Child Maintenance Log is not installed completely (" + dir.resolve("broken").toRealPath()
                + "). Please install it again.\n", said);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
