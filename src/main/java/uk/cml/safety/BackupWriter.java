package uk.cml.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import uk.cml.documents.DocumentStore;
import uk.cml.domain.Words;
import uk.cml.store.ChainHash;

/**
 * Writes one backup file: a consistent copy of the database (VACUUM INTO through its own read-only
 * connection, so the app can keep saving meanwhile), every stored document, and the manifest.
 * The file appears under its final name only when complete, and never replaces another file.
 */
final class BackupWriter {

    private static final int BUFFER = 256 * 1024;

    private final Path databaseFile;
    private final DocumentStore documents;
    private final String appVersion;
    private final Clock clock;

    BackupWriter(Path databaseFile, DocumentStore documents, String appVersion, Clock clock) {
        this.databaseFile = databaseFile;
        this.documents = documents;
        this.appVersion = appVersion;
        this.clock = clock;
    }

    BackupManifest write(Path target, Progress progress) throws IOException {
        return write(target, Optional.empty(), progress);
    }

    /** With a password, every entry (the manifest too) is AES-256 encrypted, as 7-Zip reads it. */
    BackupManifest write(Path target, Optional<char[]> password, Progress progress) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        StalePartials.remove(target.getParent());
        Path snapshot = databaseFile.resolveSibling(".backup-" + UUID.randomUUID() + ".db");
        Path partial = target.resolveSibling(target.getFileName() + StalePartials.SUFFIX);
        try (FileChannel file = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock writing = file.lock()) {
            progress.update(0, -1, Words.text("safety.progress.copyingRecords"));
            vacuumInto(snapshot);
            Snapshot facts = readFacts(snapshot);
            List<String> hashes = documents.listAll();
            long total = Files.size(snapshot) + sizes(hashes);
            List<BackupManifest.Entry> entries = new ArrayList<>();
            long[] done = {0};
            BackupManifest manifest;
            try (BackupZip zip = BackupZip.open(Channels.newOutputStream(file), password)) {
                // The database squeezes well; photos and PDFs do not, so they are stored as they are (much faster).
                entries.add(addCompressed(zip, BackupManifest.DATABASE_ENTRY, snapshot, done, total, progress));
                for (String hash : hashes) {
                    String name = BackupManifest.DOCUMENTS_PREFIX + hash.substring(0, 2) + "/" + hash;
                    // A damaged file is kept as it is (its real hash in the manifest): a backup copies, it does
                    // not judge, and Check records names the file.
                    entries.add(addStored(zip, name, documents.pathOf(hash), done, total, progress));
                }
                manifest = new BackupManifest(appVersion, facts.schemaVersion(), LocalDateTime.now(clock),
                        facts.fingerprint(), entries);
                byte[] text = manifest.format().getBytes(StandardCharsets.UTF_8);
                zip.begin(BackupManifest.ENTRY_NAME, true, FileHashes.of(new java.io.ByteArrayInputStream(text)));
                zip.write(text, 0, text.length);
                zip.end();
            }
            progress.update(total, total, Words.text("safety.progress.savingBackup"));
            file.force(true);
            // No REPLACE_EXISTING: if a file of that name appeared meanwhile, this fails instead of overwriting it.
            Files.move(partial, target);
            return manifest;
        } finally {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(partial);
        }
    }

    private void vacuumInto(Path snapshot) throws IOException {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(10_000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + databaseFile, readOnly.toProperties());
             Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + snapshot.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IOException("Could not copy the database", e);
        }
    }

    private record Snapshot(int schemaVersion, Fingerprint fingerprint) {
    }

    /** Read from the copy itself, so the manifest describes exactly what is in the backup. */
    private static Snapshot readFacts(Path snapshot) throws IOException {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshot, readOnly.toProperties());
             Statement s = c.createStatement()) {
            int version;
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.next() ? r.getInt(1) : 0;
            }
            Fingerprint fingerprint = new Fingerprint(ChainHash.START, 0);
            try (ResultSet t = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal'")) {
                if (t.next()) {
                    try (ResultSet r = s.executeQuery("SELECT hash, id FROM journal ORDER BY id DESC LIMIT 1")) {
                        if (r.next()) {
                            fingerprint = new Fingerprint(r.getString(1), r.getLong(2));
                        }
                    }
                }
            }
            return new Snapshot(version, fingerprint);
        } catch (SQLException e) {
            throw new IOException("Could not read the copy of the database", e);
        }
    }

    private long sizes(List<String> hashes) throws IOException {
        long total = 0;
        for (String hash : hashes) {
            total += Files.size(documents.pathOf(hash));
        }
        return total;
    }

    private static BackupManifest.Entry addCompressed(BackupZip zip, String name, Path file, long[] done,
                                                      long total, Progress progress) throws IOException {
        java.security.MessageDigest digest = FileHashes.sha256();
        long size = 0;
        zip.begin(name, true, null);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                size += n;
                done[0] += n;
                progress.update(done[0], total, Words.text("safety.progress.copyingRecords"));
            }
        }
        zip.end();
        return new BackupManifest.Entry(name, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** A stored entry needs its CRC before its bytes; reading twice is cheaper than compressing photos. */
    private static BackupManifest.Entry addStored(BackupZip zip, String name, Path file, long[] done, long total,
                                                  Progress progress) throws IOException {
        FileHashes.Summary summary = FileHashes.of(file);
        zip.begin(name, false, summary);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long copied = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                zip.write(buffer, 0, n);
                copied += n;
                done[0] += n;
                progress.update(done[0], total, Words.text("safety.progress.copyingDocuments"));
            }
            if (copied != summary.size()) {
                throw new IOException(file + " changed size while being copied");
            }
        }
        zip.end();
        return new BackupManifest.Entry(name, summary.size(), summary.sha256());
    }
}
