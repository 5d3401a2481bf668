package uk.cml.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentStore;
import uk.cml.store.Database;
import uk.cml.store.StoreException;

/**
 * Backups made by hand with an honest manifest (every hash right), each hiding something: restore refuses
 * them all, before anything in the data folder is touched. Also the password-protected backups.
 */
class RestoreTrustsNothingTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    /** A zip holding {@code database} as the records, with a manifest whose hashes and sizes are all true. */
    private Path honestBackup(String name, Path database, int schemaVersion, Fingerprint fingerprint) throws IOException {
        FileHashes.Summary db = FileHashes.of(database);
        BackupManifest manifest = new BackupManifest("test", schemaVersion, LocalDateTime.of(2026, 11, 1, 9, 0),
                fingerprint, List.of(new BackupManifest.Entry(BackupManifest.DATABASE_ENTRY, db.size(), db.sha256())));
        Path zip = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupManifest.DATABASE_ENTRY));
            Files.copy(database, out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
            out.write(manifest.format().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    /** The records to restore over: restore must leave them exactly as they are. */
    private String currentRecords() throws Exception {
        Records.withCase(data()).close();
        return Records.contentHash(data());
    }

    private void assertUntouched(String before) throws Exception {
        assertEquals(before, Records.contentHash(data()));
        try (Stream<Path> files = Files.list(data())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".restoring-")
                    || f.getFileName().toString().startsWith("before-restore-")), "nothing unpacked or moved");
        }
    }

    @Test
    @DisplayName("an empty database claiming schema 7 is refused (it used to restore, then verify crashed)")
    void emptyDatabaseWithAVersion() throws Exception {
        String before = currentRecords();
        Path empty = temp.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + Database.latestSchemaVersion());
            s.execute("CREATE TABLE filler (x)");
        }
        Path zip = honestBackup("empty.zip", empty, Database.latestSchemaVersion(), new Fingerprint("0".repeat(64), 0));
        StoreException refused = assertThrows(StoreException.class,
                () -> BackupRestore.restore(zip, data(), Records.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().contains("not as the app saved them") && refused.getMessage().contains(
                "The table address_book that the app makes is missing"), refused.getMessage());
        assertUntouched(before);
    }

    @Test
    @DisplayName("a database with a planted trigger that rewrites every payment is refused")
    void plantedTrigger() throws Exception {
        String before = currentRecords();
        Path source = temp.resolve("source");
        Fingerprint fingerprint;
        try (Records records = Records.withCase(source)) {
            fingerprint = records.safety.fingerprint();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER quiet AFTER INSERT ON payment BEGIN UPDATE payment SET amount_pence = 1 "
                    + "WHERE id = NEW.id; END");
        }
        Path zip = honestBackup("planted.zip", source.resolve(Database.FILE_NAME), Database.latestSchemaVersion(),
                fingerprint);
        StoreException refused = assertThrows(StoreException.class,
                () -> BackupRestore.restore(zip, data(), Records.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().contains("The database trigger quiet was added outside the app"),
                refused.getMessage());
        assertUntouched(before);
    }

    @Test
    @DisplayName("a journal that does not end where the manifest says is refused")
    void journalBehindTheManifest() throws Exception {
        String before = currentRecords();
        Path source = temp.resolve("source");
        Fingerprint fingerprint;
        try (Records records = Records.withCase(source)) {
            fingerprint = records.safety.fingerprint();
        }
        Path zip = honestBackup("later.zip", source.resolve(Database.FILE_NAME), Database.latestSchemaVersion(),
                new Fingerprint(fingerprint.hash(), fingerprint.entries() + 5));
        StoreException refused = assertThrows(StoreException.class,
                () -> BackupRestore.restore(zip, data(), Records.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().contains("The history of your records is shorter than it was"), refused.getMessage());
        assertUntouched(before);
    }

    @Test
    @DisplayName("a zip bomb stops at the first byte past its listed size, and never fills the disk")
    void zipBomb() throws Exception {
        String before = currentRecords();
        Path small = temp.resolve("small.db");
        Files.write(small, new byte[4096]);
        Path zip = honestBackup("bomb.zip", small, 1, new Fingerprint("0".repeat(64), 0));
        // Swap in an entry that unpacks to 32 MB of zeros (about 32 KB packed) under the same name: 8,000 times its
        // listed size and 128 times the reader's buffer, so a reader that copied first and compared after would
        // give "changed or damaged", not the message below. (It was 300 MB, which proved nothing more and took
        // 10 s to pack on a busy machine, so under mutation testing every run of it timed out.)
        Path bomb = temp.resolve("bomb2.zip");
        try (ZipFile honest = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry(BackupManifest.DATABASE_ENTRY));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++) {
                out.write(zeros);
            }
            out.closeEntry();
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
            honest.getInputStream(honest.getEntry(BackupManifest.ENTRY_NAME)).transferTo(out);
            out.closeEntry();
        }
        assertTrue(Files.size(bomb) < 100_000);
        StoreException refused = assertThrows(StoreException.class,
                () -> BackupRestore.restore(bomb, data(), Records.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().contains("is larger than its list says"), refused.getMessage());
        assertUntouched(before);
    }

    @Test
    @DisplayName("when the disk is short, the message names the real free space of the data folder's disk")
    void notEnoughSpace() {
        StoreException refused = assertThrows(StoreException.class, () -> DiskSpace.require(data().resolve("x"),
                3_000_000_000L, "restore this backup", 1_200_000_000L));
        assertEquals("There is not enough free space to restore this backup. It needs about 3310 MB, and the disk "
                + "holding " + data() + " has 1200 MB free. Free some space and try again. Nothing has been changed.",
                refused.getMessage());
    }

    @Test
    @DisplayName("a manifest listing sizes no real record has is refused before anything is unpacked")
    void impossibleSizes() throws Exception {
        String before = currentRecords();
        Path small = temp.resolve("small.db");
        Files.write(small, new byte[10]);
        FileHashes.Summary db = FileHashes.of(small);
        BackupManifest manifest = new BackupManifest("test", 1, LocalDateTime.of(2026, 11, 1, 9, 0),
                new Fingerprint("0".repeat(64), 0), List.of(new BackupManifest.Entry(BackupManifest.DATABASE_ENTRY,
                BackupRestore.DATABASE_LIMIT + 1, db.sha256())));
        Path zip = temp.resolve("huge.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(BackupManifest.DATABASE_ENTRY));
            Files.copy(small, out);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
            write(out, manifest.format());
            out.closeEntry();
        }
        StoreException refused = assertThrows(StoreException.class,
                () -> BackupRestore.restore(zip, data(), Records.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().contains("a size no real record has"), refused.getMessage());
        assertUntouched(before);
    }

    @Test
    @DisplayName("a document is held to the largest document the app stores, not to the database's limit")
    void documentSizeLimit() throws Exception {
        String before = currentRecords();
        Path small = temp.resolve("small.db");
        Files.write(small, new byte[10]);
        FileHashes.Summary db = FileHashes.of(small);
        String hash = "ab" + "0".repeat(62);
        String name = BackupManifest.DOCUMENTS_PREFIX + "ab/" + hash;
        for (long size : new long[] {DocumentStore.MAX_BYTES + 1, DocumentStore.MAX_BYTES}) {
            BackupManifest manifest = new BackupManifest("test", 1, LocalDateTime.of(2026, 11, 1, 9, 0),
                    new Fingerprint("0".repeat(64), 0), List.of(new BackupManifest.Entry(BackupManifest.DATABASE_ENTRY,
                    db.size(), db.sha256()), new BackupManifest.Entry(name, size, hash)));
            Path zip = temp.resolve("document-" + size + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(BackupManifest.DATABASE_ENTRY));
                Files.copy(small, out);
                out.closeEntry();
                out.putNextEntry(new ZipEntry(name));
                write(out, "a few bytes");
                out.closeEntry();
                out.putNextEntry(new ZipEntry(BackupManifest.ENTRY_NAME));
                write(out, manifest.format());
                out.closeEntry();
            }
            StoreException refused = assertThrows(StoreException.class,
                    () -> BackupRestore.restore(zip, data(), Records.CLOCK, Progress.NONE));
            String expected = size > DocumentStore.MAX_BYTES ? "gives the file " + name + " a size no real record has"
                    : "the file " + name + " in it has been changed or damaged";
            assertTrue(refused.getMessage().contains(expected), refused.getMessage());
            assertUntouched(before);
        }
    }

    @Test
    @DisplayName("a password-protected backup restores with it, is refused without it or with a wrong one, "
            + "and a plain zip reader cannot read a byte of it")
    void encrypted() throws Exception {
        Path backup;
        String before;
        try (Records records = Records.withCase(data())) {
            records.addDocument("statement.pdf", Records.randomBytes(20_000, 4));
            backup = records.safety.backUpTo(temp.resolve("locked.zip"), Optional.of("correct horse".toCharArray()),
                    Progress.NONE).file();
        }
        before = Records.contentHash(data());
        assertThrows(java.util.zip.ZipException.class, () -> new ZipFile(backup.toFile()).close());
        try (var plain = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            IOException unreadable = assertThrows(IOException.class, plain::getNextEntry);
            assertTrue(String.valueOf(unreadable.getMessage()).contains("encrypted"), unreadable.toString());
        }
        try (var zip4j = new net.lingala.zip4j.ZipFile(backup.toFile())) {
            var headers = zip4j.getFileHeaders();
            assertEquals(3, headers.size(), "the database, the document and the manifest");
            assertTrue(headers.stream().allMatch(h -> h.isEncrypted()
                    && h.getEncryptionMethod() == net.lingala.zip4j.model.enums.EncryptionMethod.AES
                    && h.getAesExtraDataRecord().getAesKeyStrength()
                    == net.lingala.zip4j.model.enums.AesKeyStrength.KEY_STRENGTH_256));
        }
        assertTrue(BackupRestore.needsPassword(backup));
        assertThrows(BackupPasswordNeeded.class, () -> BackupRestore.readManifest(backup));
        // Restoring it straight away without one asks for the password too, rather than calling none wrong.
        assertThrows(BackupPasswordNeeded.class, () -> BackupRestore.restore(backup, data(), Records.CLOCK,
                Progress.NONE));
        StoreException wrong = assertThrows(StoreException.class, () -> BackupRestore.restore(backup,
                Optional.of("wrong password".toCharArray()), data(), Records.CLOCK, Progress.NONE, RestoreSteps.NONE));
        assertTrue(wrong.getMessage().contains("That password does not open the backup"), wrong.getMessage());
        assertUntouched(before);
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        BackupRestore.restore(backup, Optional.of("correct horse".toCharArray()), elsewhere, Records.CLOCK,
                Progress.NONE, RestoreSteps.NONE);
        assertEquals(before, Records.contentHash(elsewhere));
        assertTrue(new RecordsCheck(elsewhere, false).run(Progress.NONE).allMatch());
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
