package uk.cml.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.cml.domain.Words;

/**
 * Copies of stored documents made to be opened in the computer's own viewer. A stored file is named by its hash
 * with no ending, so Windows and macOS (and Linux's file manager) cannot tell what opens it; a copy here has the
 * document's own name and the ending of what it really is ("Bank statement.pdf"), in a folder of its own under
 * {@code <data folder>/viewing-copies}, so two documents of the same name never meet. The stored copy is only read.
 *
 * <p>The copies are for looking at and printing: they are read-only, and the ones made some time ago are removed
 * (see {@link #tidy}). The folder is not the documents folder: backups and the records check never see it.
 */
public final class ViewingCopies {

    /** The folder's name beside {@code documents} in the data folder. */
    public static final String FOLDER = "viewing-copies";
    /** Names longer than this are cut (keeping their ending): a long path still defeats some Windows programs. */
    static final int LONGEST_NAME = 120;
    /** Names Windows keeps for devices, whatever their ending: a file cannot be called "CON.pdf" there. */
    private static final Pattern WINDOWS_DEVICES = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])");

    private final Path folder;

    /** {@code folder} is {@code <data folder>/viewing-copies}; it is made on the first copy. */
    public ViewingCopies(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath();
    }

    /** The copies beside a store: {@code <data folder>/viewing-copies} for {@code <data folder>/documents}. */
    public static ViewingCopies besides(DocumentStore store) {
        return new ViewingCopies(store.root().resolveSibling(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /**
     * A new copy of {@code stored}, named {@link #readableName}, ready to hand to the system's viewer. Slow for a big
     * file: call off the FX thread.
     */
    public Path copyOf(Path stored, String originalName, DocumentType type) throws IOException {
        Files.createDirectories(folder);
        Path own = Files.createTempDirectory(folder, "");
        Path copy = own.resolve(readableName(originalName, type));
        Files.copy(stored, copy);
        // A copy to look at: a viewer that offers to save changes should not write over it unasked.
        copy.toFile().setReadOnly();
        return copy;
    }

    /**
     * Removes the copies made before {@code before}, and returns how many went. A copy a viewer still holds open
     * (Windows will not delete it) stays until a later tidy; nothing is said about it.
     */
    public int tidy(Instant before) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> copies = Files.list(folder)) {
            for (Path own : copies.toList()) {
                if (Files.isDirectory(own) && Files.getLastModifiedTime(own).toInstant().isBefore(before)
                        && deleted(own)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // The folder could not be listed now; the next tidy tries again.
        }
        return removed;
    }

    private static boolean deleted(Path own) {
        try (Stream<Path> walk = Files.walk(own)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                // Windows will not delete a read-only file.
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The document's own name, made safe as a file name on Windows, macOS and Linux, ending as what it really is:
     * "Bank statement.pdf" stays so, "Letter from CMS" becomes "Letter from CMS.pdf", a photo called "scan.PDF"
     * becomes "scan.PDF.jpg" (its name said PDF; the copy must open as a photo).
     */
    public static String readableName(String originalName, DocumentType type) {
        String name = originalName == null ? "" : originalName;
        // Only the last part of a path, should a name ever carry one.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(c < 32 || c == 127 || "<>:\"|?*".indexOf(c) >= 0 ? '_'
                : c));
        String whole = safe.toString().strip();
        String ending = FileNameClaim.extensionOf(whole);
        boolean endsRight = type.extensions().contains(ending);
        String base = trimmed(endsRight ? whole.substring(0, whole.length() - ending.length() - 1) : whole);
        String dot = base.contains(".") ? base.substring(0, base.indexOf('.')) : base;
        if (base.isEmpty() || WINDOWS_DEVICES.matcher(dot.strip()).matches()) {
            base = Words.text("documents.copy.untitled") + (base.isEmpty() ? "" : " " + base);
        }
        String extension = endsRight ? ending : type.extensions().get(0);
        if (base.length() > LONGEST_NAME) {
            base = trimmed(base.substring(0, LONGEST_NAME));
        }
        return base + "." + extension;
    }

    /** Without the spaces and dots at either end (Windows drops a trailing dot or space, and a leading dot hides). */
    private static String trimmed(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (Character.isWhitespace(name.charAt(start)) || name.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(name.charAt(end - 1)) || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(start, end);
    }
}
