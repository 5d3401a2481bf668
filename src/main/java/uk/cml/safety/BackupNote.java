package uk.cml.safety;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What the newest automatic backup holds (its fingerprint), kept in a small file beside the records when the backup
 * is made and found readable, so a start can tell whether the records changed since it without opening the zip (which
 * cost every start 47 of zip4j's classes and its memory: issue 17). The note vouches only for the bytes the app had
 * read back when it wrote it: the backup's size and a SHA-256 of its tail, from the manifest's entry to the end (the
 * manifest and the zip's list of entries, all that reading the manifest reads). A backup changed there since, or one
 * with no note (made before notes existed), is opened and read as before.
 */
record BackupNote(String file, long size, long tailFrom, String tailHash, Fingerprint fingerprint) {

    static final String FILE_NAME = "newest-backup.txt";
    private static final String FIRST_LINE = "Child Maintenance Log newest automatic backup";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = Logger.getLogger(BackupNote.class.getName());

    /** The note beside the records, or empty when there is none or it is not one this app wrote. */
    static Optional<BackupNote> read(Path dataFolder) {
        Path note = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(note, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warning("Could not read the note of the newest backup: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<BackupNote> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 7 || !lines[0].equals(FIRST_LINE)) {
            return Optional.empty();
        }
        try {
            String file = value(lines[1], "file: ");
            long size = Long.parseLong(value(lines[2], "size: "));
            long tailFrom = Long.parseLong(value(lines[3], "tail-from: "));
            String tailHash = value(lines[4], "tail-sha256: ");
            long entries = Long.parseLong(value(lines[5], "entries: "));
            String hash = value(lines[6], "hash: ");
            if (file.isEmpty() || size <= 0 || tailFrom < 0 || tailFrom >= size || entries < 0
                    || !HASH.matcher(tailHash).matches() || !HASH.matcher(hash).matches()) {
                return Optional.empty();
            }
            return Optional.of(new BackupNote(file, size, tailFrom, tailHash, new Fingerprint(hash, entries)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key)) {
            throw new IllegalArgumentException(key);
        }
        return line.substring(key.length()).strip();
    }

    String format() {
        return FIRST_LINE + "\nfile: " + file + "\nsize: " + size + "\ntail-from: " + tailFrom + "\ntail-sha256: "
                + tailHash + "\nentries: " + fingerprint.entries() + "\nhash: " + fingerprint.hash() + "\n";
    }

    /** Written whole or not at all. */
    void write(Path dataFolder) throws IOException {
        SafeFiles.writeAtomically(dataFolder.resolve(FILE_NAME), format().getBytes(StandardCharsets.UTF_8));
    }

    static void forget(Path dataFolder) throws IOException {
        Files.deleteIfExists(dataFolder.resolve(FILE_NAME));
    }

    /** A note of {@code backup} as it is now on the disk, whose manifest (from {@code tailFrom}) was read back. */
    static BackupNote of(Path backup, long tailFrom, Fingerprint fingerprint) throws IOException {
        long size = Files.size(backup);
        return new BackupNote(backup.getFileName().toString(), size, tailFrom, tailHash(backup, tailFrom), fingerprint);
    }

    /**
     * The fingerprint {@code backup} holds, if this note is of it and the bytes the note vouches for are unchanged;
     * empty otherwise (open the backup to tell).
     */
    Optional<Fingerprint> fingerprintOf(Path backup) {
        try {
            if (!backup.getFileName().toString().equals(file) || Files.size(backup) != size
                    || !tailHash(backup, tailFrom).equals(tailHash)) {
                return Optional.empty();
            }
            return Optional.of(fingerprint);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String tailHash(Path backup, long from) throws IOException {
        MessageDigest digest = FileHashes.sha256();
        try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long at = from;
            for (int n; (n = channel.read(buffer, at)) > 0; at += n) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
