package uk.cml.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.FileHeader;
import uk.cml.domain.Words;
import uk.cml.store.StoreException;

/**
 * Reads a backup file, plain or protected with a password (AES-256, as 7-Zip writes it). Trusts nothing in
 * it: every entry is copied with a ceiling (its size in the manifest), so a "zip bomb" stops at the first
 * byte too many instead of filling the disk.
 */
final class BackupReader implements AutoCloseable {

    /** Room for a manifest listing a hundred thousand files; more is not one this app wrote. */
    static final long MANIFEST_LIMIT = 20_000_000;

    private final Path backup;
    private final ZipFile zip;
    private final Map<String, FileHeader> entries = new LinkedHashMap<>();

    BackupReader(Path backup, Optional<char[]> password) {
        this.backup = backup;
        this.zip = new ZipFile(backup.toFile(), password.orElse(null));
        try {
            if (!zip.isValidZipFile()) {
                throw incomplete(null);
            }
            for (FileHeader header : zip.getFileHeaders()) {
                entries.put(header.getFileName(), header);
            }
        } catch (ZipException e) {
            close();
            throw incomplete(e);
        }
    }

    /** True when the backup's contents are protected with a password. */
    boolean encrypted() {
        return entries.values().stream().anyMatch(FileHeader::isEncrypted);
    }

    Map<String, FileHeader> entries() {
        return entries;
    }

    BackupManifest manifest() {
        FileHeader entry = entries.get(BackupManifest.ENTRY_NAME);
        if (entry == null) {
            throw BackupRestore.refused(backup, Words.text("safety.refused.noList"));
        }
        ByteSink sink = new ByteSink();
        copy(entry, sink, MANIFEST_LIMIT, Words.text("safety.refused.listTooLong"));
        return BackupManifest.parse(sink.text())
                .orElseThrow(() -> BackupRestore.refused(backup, Words.text("safety.refused.listUnreadable")));
    }

    /**
     * Copies one entry into {@code out}, stopping with a refusal as soon as it holds more than {@code limit}
     * bytes. Returns the SHA-256 of what was copied and its size.
     */
    FileHashes.Summary copy(FileHeader entry, OutputStream out, long limit, String tooBig) {
        MessageDigest digest = FileHashes.sha256();
        byte[] buffer = new byte[256 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > limit) {
                    throw BackupRestore.refused(backup, tooBig);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw e.getType() == ZipException.Type.WRONG_PASSWORD ? wrongPassword(e) : incomplete(e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("password")) {
                throw wrongPassword(e);
            }
            throw BackupRestore.unreadable(backup, e);
        }
        return new FileHashes.Summary(size, HexFormat.of().formatHex(digest.digest()), 0);
    }

    private StoreException wrongPassword(Exception e) {
        return new StoreException(Words.text("safety.restore.wrongPassword", backup.getFileName()), e);
    }

    private StoreException incomplete(Exception e) {
        return new StoreException(Words.text("safety.restore.incomplete", backup.getFileName()), e);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only a read handle: nothing to lose.
        }
    }

    /** A small in-memory sink for the manifest. */
    private static final class ByteSink extends java.io.ByteArrayOutputStream {
        String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }
}
