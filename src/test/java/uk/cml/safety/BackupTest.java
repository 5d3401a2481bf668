package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.store.StoreException;

class BackupTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    /** Records with three documents, backed up into {@code temp/backups}. */
    private Path backUp() throws Exception {
        try (Records records = Records.withCase(data())) {
            records.addDocument("statement.pdf", Records.randomBytes(40_000, 1));
            records.addDocument("photo.jpg", Records.randomBytes(90_000, 2));
            records.addDocument("letter.pdf", Records.randomBytes(7_000, 3));
            Files.createDirectories(temp.resolve("backups"));
            return records.safety.backUpTo(temp.resolve("backups"), Progress.NONE).file();
        }
    }

    @Test
    @DisplayName("A backup restores to identical content, and the restored records check out")
    void restoresIdentically() throws Exception {
        Path backup = backUp();
        assertEquals("Child Maintenance Log backup 2026-11-22.zip", backup.getFileName().toString());
        Path elsewhere = temp.resolve("new computer");
        BackupRestore.Restored restored = BackupRestore.restore(backup, elsewhere, Records.CLOCK, Progress.NONE);
        assertTrue(restored.keptAside().isEmpty(), "nothing was there to keep");
        assertEquals(3, restored.manifest().documentCount());
        assertEquals(Records.contentHash(data()), Records.contentHash(elsewhere));
        try (Records records = Records.open(elsewhere)) {
            CheckReport report = records.safety.check(Progress.NONE);
            assertTrue(report.allMatch(), report.problems().toString());
            assertEquals(restored.manifest().fingerprint(), report.fingerprint());
        }
    }

    @Test
    @DisplayName("Restoring over records keeps the current ones aside, whole")
    void keepsCurrentAside() throws Exception {
        Path backup = backUp();
        String before;
        try (Records records = Records.open(data())) {
            records.addPayment("2025-06-03", 700, "After the backup", "2025-06-03T10:00");
            records.addDocument("later.pdf", Records.randomBytes(2_000, 9));
        }
        before = Records.contentHash(data());
        BackupRestore.Restored restored = BackupRestore.restore(backup, data(), Records.CLOCK, Progress.NONE);
        Path aside = restored.keptAside().orElseThrow();
        assertEquals(data().resolve("before-restore-2026-11-22-101500"), aside);
        assertEquals(before, Records.contentHash(aside));
        try (Records records = Records.open(data())) {
            assertEquals(3, records.documents.listAll().size());
            assertTrue(records.safety.check(Progress.NONE).allMatch());
        }
    }

    @Nested
    @DisplayName("Restore refuses, leaving the current records untouched,")
    class Refusals {

        private void assertRefused(Path backup, String expected) throws Exception {
            try (Records records = Records.open(data())) {
                records.addPayment("2025-06-03", 700, "After the backup", "2025-06-03T10:00");
            }
            String before = Records.contentHash(data());
            List<Path> filesBefore = list(data());
            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restore(backup, data(), Records.CLOCK, Progress.NONE));
            assertTrue(refused.getMessage().contains(expected), refused.getMessage());
            assertTrue(refused.getMessage().contains("Nothing has been changed"), refused.getMessage());
            assertEquals(before, Records.contentHash(data()));
            assertEquals(filesBefore, list(data()), "no folder left behind, nothing moved aside");
        }

        @Test
        @DisplayName("a backup with a changed document")
        void changedDocument() throws Exception {
            Path backup = backUp();
            Path tampered = rewrite(backup, (name, bytes) -> {
                if (name.startsWith("documents/")) {
                    bytes[10] ^= 1;
                }
                return bytes;
            });
            assertRefused(tampered, "has been changed or damaged");
        }

        @Test
        @DisplayName("a backup with a changed database")
        void changedDatabase() throws Exception {
            Path backup = backUp();
            Path tampered = rewrite(backup, (name, bytes) -> {
                if (name.equals(BackupManifest.DATABASE_ENTRY)) {
                    bytes[bytes.length - 5] ^= 1;
                }
                return bytes;
            });
            assertRefused(tampered, "child-maintenance-log.db in it has been changed or damaged");
        }

        @Test
        @DisplayName("a backup cut short")
        void cutShort() throws Exception {
            Path backup = backUp();
            Path cut = temp.resolve("cut.zip");
            byte[] bytes = Files.readAllBytes(backup);
            Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertRefused(cut, "not a complete Child Maintenance Log backup");
        }

        @Test
        @DisplayName("a backup from a newer version of the app")
        void newerSchema() throws Exception {
            Path backup = backUp();
            Path newer = rewrite(backup, (name, bytes) -> name.equals(BackupManifest.ENTRY_NAME)
                    ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("schema-version: \\d+",
                    "schema-version: 999").getBytes(StandardCharsets.UTF_8) : bytes);
            assertRefused(newer, "newer version");
        }

        @Test
        @DisplayName("a backup holding a file its list does not mention")
        void extraFile() throws Exception {
            Path backup = backUp();
            Path extra = temp.resolve("extra.zip");
            copyWith(backup, extra, (name, bytes) -> bytes, "../../outside.txt");
            assertRefused(extra, "does not mention");
            assertFalse(Files.exists(temp.resolve("outside.txt")));
        }
    }

    @Test
    @DisplayName("A backup taken while the app is saving is consistent: it opens and its journal checks out")
    void backupWhileWriting() throws Exception {
        try (Records records = Records.withCase(data())) {
            AtomicBoolean done = new AtomicBoolean();
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int written = 0;
                while (!done.get() || written < 50) {
                    records.addPayment("2025-07-01", 100 + written, "written during the backup", "2025-07-01T10:00");
                    written++;
                }
                return written;
            });
            List<Path> backups = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                backups.add(records.safety.backUpTo(temp.resolve("b" + i + ".zip"), Progress.NONE).file());
            }
            done.set(true);
            assertTrue(writer.get() >= 50);
            for (Path backup : backups) {
                Path restored = temp.resolve("restored-" + backup.getFileName());
                BackupRestore.restore(backup, restored, Records.CLOCK, Progress.NONE);
                try (Records copy = Records.open(restored)) {
                    CheckReport report = copy.safety.check(Progress.NONE);
                    assertTrue(report.allMatch(), report.problems().toString());
                }
            }
        }
    }

    @Test
    @DisplayName("Back up now never overwrites a file")
    void neverOverwrites() throws Exception {
        try (Records records = Records.withCase(data())) {
            Path folder = Files.createDirectories(temp.resolve("usb"));
            Path first = records.safety.backUpTo(folder, Progress.NONE).file();
            Path second = records.safety.backUpTo(folder, Progress.NONE).file();
            assertEquals("Child Maintenance Log backup 2026-11-22 (2).zip", second.getFileName().toString());
            byte[] firstBytes = Files.readAllBytes(first);
            StoreException refused = assertThrows(StoreException.class,
                    () -> records.safety.backUpTo(first, Progress.NONE));
            assertTrue(refused.getMessage().contains("already a file called"), refused.getMessage());
            assertTrue(java.util.Arrays.equals(firstBytes, Files.readAllBytes(first)));
            assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(list(folder)), "no partial file left");
        }
    }

    @Test
    @DisplayName("The automatic backup runs at most once a day and keeps the newest few")
    void automaticBackups() throws Exception {
        Records.withCase(data()).close();
        Path backups = Files.createDirectories(data().resolve("backups"));
        for (int day = 1; day <= 4; day++) {
            Files.writeString(backups.resolve("Automatic backup 2026-11-0" + day + ".zip"), "old");
        }
        Files.writeString(backups.resolve("before-upgrade-v1-to-v2.db"), "not ours to remove");
        try (Records records = Records.open(data())) {
            records.safety.setKeepAutomatic(3);
            assertTrue(records.safety.backUpIfDue().isPresent());
            assertTrue(records.safety.backUpIfDue().isEmpty(), "once a day");
            assertEquals(List.of("Automatic backup 2026-11-22.zip", "Automatic backup 2026-11-04.zip",
                    "Automatic backup 2026-11-03.zip"), records.safety.automaticBackups().stream()
                    .map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.exists(backups.resolve("before-upgrade-v1-to-v2.db")));
        try (Records nextDay = Records.open(data(), Clock.offset(Records.CLOCK, Duration.ofDays(1)))) {
            assertTrue(nextDay.safety.backUpIfDue().isPresent());
        }
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    private Path rewrite(Path backup, Change change) throws Exception {
        Path out = temp.resolve("tampered-" + System.nanoTime() + ".zip");
        copyWith(backup, out, change, null);
        return out;
    }

    /** Copies a backup entry by entry, as someone editing it with a zip tool would. */
    private static void copyWith(Path from, Path to, Change change, String extraEntry) throws Exception {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), bytes));
                out.closeEntry();
            }
            if (extraEntry != null) {
                out.putNextEntry(new ZipEntry(extraEntry));
                out.write("surprise".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

}
