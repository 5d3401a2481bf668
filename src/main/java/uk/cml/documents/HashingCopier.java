package uk.cml.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies a stream into a file while working out its SHA-256, in one pass, stopping as soon as the
 * copy passes the size limit. Read and write failures are told apart: one is the parent's file, the
 * other our data folder.
 */
final class HashingCopier {

    /** Hash and size of what was copied. */
    record Copied(String sha256, long sizeBytes) {
    }

    /** The source went past the limit; the copy so far is incomplete and must be thrown away. */
    static final class TooLargeException extends Exception {
        TooLargeException() {
            super("over the size limit", null, false, false);
        }
    }

    private static final int BUFFER_BYTES = 1 << 16;

    private HashingCopier() {
    }

    /**
     * Writes {@code header} then the rest of {@code source} to {@code target} (which must exist and is
     * overwritten), and forces it to disk so a power cut cannot leave a half-written file under a good name.
     */
    static Copied copy(byte[] header, InputStream source, Path target, long maxBytes, String name)
            throws DocumentRefusedException, TooLargeException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            int count = header.length;
            System.arraycopy(header, 0, buffer, 0, count);
            while (count >= 0) {
                total += count;
                if (total > maxBytes) {
                    throw new TooLargeException();
                }
                digest.update(buffer, 0, count);
                write(out, buffer, count);
                count = read(source, buffer, name);
            }
            out.force(true);
        } catch (IOException e) {
            throw Refusals.storageFailed(e);
        }
        return new Copied(HexFormat.of().formatHex(digest.digest()), total);
    }

    /** SHA-256 of a file already on disk, as lower-case hex. */
    static String hashOf(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int count = in.read(buffer); count >= 0; count = in.read(buffer)) {
                digest.update(buffer, 0, count);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static int read(InputStream source, byte[] buffer, String name) throws DocumentRefusedException {
        try {
            return source.read(buffer);
        } catch (IOException e) {
            throw Refusals.sourceUnreadable(name, e);
        }
    }

    private static void write(FileChannel out, byte[] buffer, int count) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, count);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }
}
