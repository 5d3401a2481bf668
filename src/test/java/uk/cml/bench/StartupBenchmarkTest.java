package uk.cml.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up benchmark's options: the app image it is given, and the load average it writes beside each figure. */
class StartupBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void anAppImageFolderIsLaunchedByTheOneProgramInItsBinFolder() throws Exception {
        Path image = dir.resolve("Child Maintenance Log");
        Path launcher = executable(image.resolve("bin").resolve("Child Maintenance Log"));
        Files.createDirectories(image.resolve("lib").resolve("app"));

        assertEquals(List.of(launcher.toAbsolutePath().toString()), StartupBenchmark.imageCommand(image.toString()));
    }

    @Test
    void theLauncherItselfMayBeGiven() throws Exception {
        Path launcher = executable(dir.resolve("opt").resolve("bin").resolve("Child Maintenance Log"));

        assertEquals(List.of(launcher.toAbsolutePath().toString()), StartupBenchmark.imageCommand(launcher.toString()));
    }

    @Test
    void aFolderWithoutOneLauncherIsRefusedBeforeAnythingIsTimed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty").resolve("bin"));
        executable(dir.resolve("two").resolve("bin").resolve("a"));
        executable(dir.resolve("two").resolve("bin").resolve("b"));

        assertThrows(IllegalArgumentException.class, () -> StartupBenchmark.imageCommand(empty.getParent().toString()));
        assertThrows(IllegalArgumentException.class, () -> StartupBenchmark.imageCommand(dir.resolve("two").toString()));
        assertThrows(IllegalArgumentException.class, () -> StartupBenchmark.imageCommand(dir.resolve("none").toString()));
    }

    @Test
    void severalImagesAreTimedEachInTurn() {
        assertEquals(List.of(), StartupBenchmark.images(null));
        assertEquals(List.of("/a/Child Maintenance Log"), StartupBenchmark.images("/a/Child Maintenance Log"));
        assertEquals(List.of("/a", "/b c"), StartupBenchmark.images("/a:/b c"));
    }

    @Test
    void theLoadAverageIsTheFirstFigureOfProcLoadavg() {
        assertEquals(3.42, StartupBenchmark.loadAverage("3.42 2.10 1.05 2/431 12345\n"), 1e-9);
    }

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
