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

    abstract void write(byte[] bytes, int offset, int length) throws IOException;

    abstract void end() throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Plain extends BackupZip {
        private final ZipOutputStream zip;

        Plain(OutputStream out) {
            this.zip = new ZipOutputStream(out);
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
        void write(byte[] bytes, int offset, int length) throws IOException {
            zip.write(bytes, offset, length);
        }

        @Override
        void end() throws IOException {
            zip.closeEntry();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static final class Encrypted extends BackupZip {
        private final net.lingala.zip4j.io.outputstream.ZipOutputStream zip;

        Encrypted(OutputStream out, char[] password) throws IOException {
            this.zip = new net.lingala.zip4j.io.outputstream.ZipOutputStream(out, password);
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
        void write(byte[] bytes, int offset, int length) throws IOException {
            zip.write(bytes, offset, length);
        }

        @Override
        void end() throws IOException {
            zip.closeEntry();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
