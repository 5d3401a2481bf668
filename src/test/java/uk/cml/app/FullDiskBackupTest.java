package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup onto a disk that is really full: a small RAM disk (tmpfs) mounted for the test. Mounting needs root on
 * Linux; where it is not allowed the tests are skipped, and the message logic is still covered by DiskFullTest.
 */
class FullDiskBackupTest {

    @TempDir
    Path temp;
    private final List<Path> mounted = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @AfterEach
    void unmount() throws Exception {
        for (Path point : mounted) {
            new ProcessBuilder("umount", "-l", point.toString()).inheritIO().start().waitFor();
        }
    }

    /** A real file system of {@code size} (for example "1m") at a new folder, or the test is skipped. */
    private Path smallDisk(String name, String size) throws Exception {
        Path point = Files.createDirectories(temp.resolve(name));
        int exit;
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString())
                    .redirectErrorStream(true).start();
            mount.getInputStream().readAllBytes();
            exit = mount.waitFor();
        } catch (IOException noMountCommand) {
            exit = -1;
        }
        assumeTrue(exit == 0, "a small disk could not be mounted here (needs root on Linux)");
        mounted.add(point);
        return point;
    }

    private int run(String... args) {
        out.reset();
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(CommandLine.parse(List.of(args)), both, both);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The sample case plus a photo of noise (which does not squeeze), so the backup is bigger than the small disk. */
    private static void sampleWithPhoto(Path data) throws Exception {
        SampleFolders.fill(data);
        BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise, "png", png);
        try (AppServices services = AppServices.open(data, Clock.systemUTC())) {
            long caseId = services.cases.cases().get(0).id();
            services.documents.add(caseId, new ByteArrayInputStream(png.toByteArray()), "receipt.png", "Receipt");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("a backup onto a full USB stick says that disk is full, leaves nothing there, and changes nothing")
    void destinationFull() throws Exception {
        Path data = temp.resolve("data");
        sampleWithPhoto(data);
        Path stick = smallDisk("stick", "1m");
        List<String> before = names(data);

        assertEquals(1, run("backup", "--to", stick.resolve("backup.zip").toString(), "--data-dir", data.toString()));

        assertTrue(said().contains("the disk at " + stick + " is full"), said());
        assertTrue(said().contains("Nothing has been changed"), said());
        assertFalse(said().contains("Exception"), "no stack trace: " + said());
        assertEquals(List.of(), names(stick), "no half-written backup is left on the stick");
        assertEquals(before, names(data), "no copy of the database is left in the data folder");
        assertEquals(0, run("verify", "--data-dir", data.toString()), said());
        assertEquals(0, run("backup", "--to", temp.resolve("ok.zip").toString(), "--data-dir", data.toString()),
                "with room, the same backup works: " + said());
    }

    @Test
    @DisplayName("a backup when the records' own disk is full names that disk, not the USB stick, and loses nothing")
    void recordsDiskFull() throws Exception {
        Path data = smallDisk("records", "3m");
        SampleFolders.fill(data);
        long free = Files.getFileStore(data).getUsableSpace();
        // Leave less room than one copy of the database needs, so the copy taken for the backup cannot be made.
        long leave = Files.size(data.resolve("child-maintenance-log.db")) / 4;
        try (OutputStream filler = Files.newOutputStream(data.resolve("filler.bin"))) {
            filler.write(new byte[(int) Math.max(0, free - leave)]);
        }
        Path stick = Files.createDirectories(temp.resolve("roomy-stick"));

        assertEquals(1, run("backup", "--to", stick.resolve("backup.zip").toString(), "--data-dir", data.toString()));

        assertTrue(said().contains("the disk holding your records (" + data + ") is full"), said());
        assertFalse(said().contains("Exception"), "no stack trace: " + said());
        assertEquals(List.of(), names(stick));
        assertTrue(names(data).stream().noneMatch(n -> n.startsWith(".backup-")), names(data).toString());
        Files.delete(data.resolve("filler.bin"));
        assertEquals(0, run("verify", "--data-dir", data.toString()), "the records are whole: " + said());
    }
}
