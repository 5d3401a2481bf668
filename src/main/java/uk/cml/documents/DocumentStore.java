package uk.cml.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The parent's evidence files (PDFs and photos), each kept once under its SHA-256 as
 * {@code root/ab/abcdef...}, read-only and never changed. The caller keeps the original name and
 * the date added in its own records; this class only deals with the files.
 *
 * <p>A file is first copied to a temporary file inside {@code root} (same disk, so the final move is
 * atomic), checked, and only then moved into place. If anything fails the temporary file is deleted.
 */
public final class DocumentStore {

    /** Phone photos are 10 to 20 MB; anything over this is almost certainly a mistake or a video. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    /**
     * The longest name a file on Windows, macOS or Linux can have, so every file the parent picks fits; only a name
     * given with generated content can be longer, and that is refused rather than kept.
     */
    public static final int MAX_NAME = 255;

    private static final String TEMP_PREFIX = ".adding-";
    private static final String TEMP_SUFFIX = ".part";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FOLDER = Pattern.compile("[0-9a-f]{2}");

    private final Path root;

    /** {@code root} is {@code <data folder>/documents}; it is created on the first add. */
    public DocumentStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /** Copies the parent's file into the store, or returns the copy already there. */
    public StoredDocument add(Path source) throws DocumentRefusedException {
        return add(source, source.getFileName() == null ? source.toString() : source.getFileName().toString());
    }

    /**
     * Copies the parent's file into the store under another name: a file refused as mislabelled is added again under
     * the name its refusal offers ({@link DocumentRefusedException#addAs}). Checked just as {@link #add(Path)} is.
     */
    public StoredDocument add(Path source, String name) throws DocumentRefusedException {
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw Refusals.sourceUnreadable(name, e);
        }
        if (size > MAX_BYTES) {
            throw Refusals.tooLarge(name, size, MAX_BYTES);
        }
        try (InputStream in = Files.newInputStream(source)) {
            return add(in, name);
        } catch (IOException e) {
            throw Refusals.sourceUnreadable(name, e);
        }
    }

    /**
     * Stores content from a stream (a generated letter, say) under the given name. The stream is read
     * to its end but not closed. The size limit is checked as the bytes arrive.
     */
    public StoredDocument add(InputStream content, String originalName) throws DocumentRefusedException {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(originalName, "originalName");
        if (originalName.strip().length() > MAX_NAME) {
            throw Refusals.nameTooLong(originalName.strip().length(), MAX_NAME);
        }
        byte[] header;
        try {
            header = content.readNBytes(ContentSniffer.HEADER_BYTES);
        } catch (IOException e) {
            throw Refusals.sourceUnreadable(originalName, e);
        }
        // Refuse the wrong kind of file before copying it: a 90 MB video need not be copied to be refused.
        DocumentType type = acceptedType(header, originalName);
        Path temp = createTempFile();
        try {
            HashingCopier.Copied copied = HashingCopier.copy(header, content, temp, MAX_BYTES, originalName);
            // Identical bytes already passed the full check when first added; only their size is needed now.
            boolean alreadyStored = verify(copied.sha256()) == VerifyResult.OK;
            ContentInspector.Inspection seen = ContentInspector.inspect(temp, type, originalName, !alreadyStored);
            if (!alreadyStored) {
                moveIntoPlace(temp, copied.sha256());
            }
            return new StoredDocument(copied.sha256(), copied.sizeBytes(), type, originalName,
                    seen.pageCount(), seen.width(), seen.height(), alreadyStored);
        } catch (HashingCopier.TooLargeException e) {
            throw Refusals.tooLarge(originalName, 0, MAX_BYTES);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Where the file with this hash is (or would be) kept. */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Reads the stored file again and checks its content still matches its hash. */
    public VerifyResult verify(String sha256) {
        Path file = pathOf(sha256);
        if (!Files.isRegularFile(file)) {
            return VerifyResult.MISSING;
        }
        try {
            return HashingCopier.hashOf(file).equals(sha256) ? VerifyResult.OK : VerifyResult.CHANGED;
        } catch (IOException e) {
            return VerifyResult.UNREADABLE;
        }
    }

    /** The hashes of every file in the store, sorted; for an integrity check against the database. */
    public List<String> listAll() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> hashes = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : (Iterable<Path>) folders::iterator) {
                String prefix = folder.getFileName().toString();
                if (Files.isDirectory(folder) && FOLDER.matcher(prefix).matches()) {
                    addHashesIn(folder, prefix, hashes);
                }
            }
        } catch (IOException e) {
            throw new IOException("The app could not list the documents in " + root + ".", e);
        }
        hashes.sort(null);
        return hashes;
    }

    /**
     * Deletes temporary files left by an add that was cut off (the app closed or the PC lost power).
     * Call once at start-up, before any add. Returns how many were deleted.
     */
    public int removeUnfinishedCopies() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static DocumentType acceptedType(byte[] header, String name) throws DocumentRefusedException {
        if (header.length == 0) {
            throw Refusals.empty(name);
        }
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(header);
        if (sniffed.heic()) {
            throw Refusals.heic();
        }
        if (!sniffed.accepted()) {
            throw Refusals.notSupported(name, sniffed.description());
        }
        Optional<String> claimed = FileNameClaim.disagreement(name, sniffed.type());
        if (claimed.isPresent()) {
            throw Refusals.mislabelled(name, claimed.get(), sniffed.type());
        }
        return sniffed.type();
    }

    private Path createTempFile() throws DocumentRefusedException {
        try {
            Files.createDirectories(root);
            return Files.createTempFile(root, TEMP_PREFIX, TEMP_SUFFIX);
        } catch (IOException e) {
            throw Refusals.storageFailed(e);
        }
    }

    /**
     * Moves the checked copy to its final name. A stored copy that no longer matches its hash is
     * replaced, so adding the file again repairs it.
     */
    private void moveIntoPlace(Path temp, String sha256) throws DocumentRefusedException {
        Path target = pathOf(sha256);
        try {
            Files.createDirectories(target.getParent());
            // Windows will not replace a read-only file, even a damaged one.
            target.toFile().setWritable(true);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException | AccessDeniedException e) {
            // Another copy of the app stored the same content a moment ago: the file is there, all is well.
            if (verify(sha256) == VerifyResult.OK) {
                return;
            }
            throw Refusals.storageFailed(e);
        } catch (IOException e) {
            throw Refusals.storageFailed(e);
        }
        // Evidence must not change once stored. Best effort: some network drives ignore the flag,
        // and the content is still safe under its hash, which verify() checks.
        target.toFile().setReadOnly();
    }

    private static void addHashesIn(Path folder, String prefix, List<String> hashes) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && SHA256.matcher(name).matches())
                    .forEach(hashes::add);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Left for removeUnfinishedCopies at the next start; nothing the parent can do about it now.
        }
    }
}
