package uk.cml.safety;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;

/**
 * The zip a backup is written into: a plain one (Java's own), or one whose every entry is encrypted with
 * AES-256 (zip4j), which 7-Zip and Windows' newer zip support open with the password. Closing it finishes
 * the zip but leaves the file open, so the caller can flush it to disk before giving it its name.
 */
abstract class BackupZip implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    /** Java's zip stream or zip4j's: the two differ only in how an entry begins and ends. */
    private final OutputStream zip;

    private BackupZip(OutputStream zip) {
        this.zip = zip;
    }

    static BackupZip open(OutputStream file, Optional<char[]> password) throws IOException {
        OutputStream kept = new BufferedOutputStream(new FilterOutputStream(file) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, BUFFER);
        return password.isPresent() ? new Encrypted(kept, password.get()) : new Plain(kept);
    }

    /** Starts an entry; {@code known} gives size and CRC for one stored as it is (not compressed). */
    abstract void begin(String name, boolean compress, FileHashes.Summary known) throws IOException;

    final void write(byte[] bytes, int offset, int length) throws IOException {
        zip.write(bytes, offset, length);
    }

    abstract void end() throws IOException;

    @Override
    public final void close() throws IOException {
        zip.close();
    }

    private static final class Plain extends BackupZip {
        private final ZipOutputStream zip;

        Plain(OutputStream out) {
            this(new ZipOutputStream(out));
        }

        private Plain(ZipOutputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        void begin(String name, boolean compress, FileHashes.Summary known) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            if (!compress) {
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(known.size());
                entry.setCompressedSize(known.size());
                entry.setCrc(known.crc32());
            }
            zip.putNextEntry(entry);
        }

        @Override
        void end() throws IOException {
            zip.closeEntry();
        }
    }

    private static final class Encrypted extends BackupZip {
        private final net.lingala.zip4j.io.outputstream.ZipOutputStream zip;

        Encrypted(OutputStream out, char[] password) throws IOException {
            this(new net.lingala.zip4j.io.outputstream.ZipOutputStream(out, password));
        }

        private Encrypted(net.lingala.zip4j.io.outputstream.ZipOutputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        void begin(String name, boolean compress, FileHashes.Summary known) throws IOException {
            ZipParameters parameters = new ZipParameters();
            parameters.setFileNameInZip(name);
            parameters.setEncryptFiles(true);
            parameters.setEncryptionMethod(EncryptionMethod.AES);
            parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
            parameters.setCompressionMethod(compress ? CompressionMethod.DEFLATE : CompressionMethod.STORE);
            if (known != null) {
                parameters.setEntrySize(known.size());
            }
            zip.putNextEntry(parameters);
        }

        @Override
        void end() throws IOException {
            zip.closeEntry();
        }
    }
}
