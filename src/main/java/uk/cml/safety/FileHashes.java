package uk.cml.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/** SHA-256 (and the zip CRC) of a file or stream, read once. */
final class FileHashes {

    record Summary(long size, String sha256, long crc32) {
    }

    private FileHashes() {
    }

    static Summary of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    static Summary of(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[256 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            crc.update(buffer, 0, n);
            size += n;
        }
        return new Summary(size, HexFormat.of().formatHex(digest.digest()), crc.getValue());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
