package uk.cml.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * What a file's name says it is, from its extension. Only extensions with one clear meaning count;
 * a name with no extension, or an unusual one, claims nothing and the content decides.
 */
final class FileNameClaim {

    /** Extensions and the key of the words for what they name. */
    private static final Map<String, String> OTHER_KINDS = Map.ofEntries(
            Map.entry("heic", "documents.kind.heic"),
            Map.entry("heif", "documents.kind.heic"),
            Map.entry("txt", "documents.kind.text"),
            Map.entry("doc", "documents.kind.word"),
            Map.entry("docx", "documents.kind.word"),
            Map.entry("xls", "documents.kind.excel"),
            Map.entry("xlsx", "documents.kind.excel"),
            Map.entry("gif", "documents.kind.gif"),
            Map.entry("tif", "documents.kind.tiff"),
            Map.entry("tiff", "documents.kind.tiff"),
            Map.entry("bmp", "documents.kind.bmp"),
            Map.entry("webp", "documents.kind.webp"));

    private FileNameClaim() {
    }

    /**
     * If the name's extension says it is something other than {@code actual}, a description of what
     * the name claims ("a PDF"); empty when the name agrees or claims nothing.
     */
    static Optional<String> disagreement(String name, DocumentType actual) {
        String extension = extensionOf(name);
        if (extension.isEmpty() || actual.extensions().contains(extension)) {
            return Optional.empty();
        }
        for (DocumentType type : DocumentType.values()) {
            if (type.extensions().contains(extension)) {
                return Optional.of(type.description());
            }
        }
        return Optional.ofNullable(OTHER_KINDS.get(extension)).map(Words::text);
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
