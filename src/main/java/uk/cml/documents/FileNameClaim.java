package uk.cml.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a file's name says it is, from its extension. Only extensions with one clear meaning count;
 * a name with no extension, or an unusual one, claims nothing and the content decides.
 */
final class FileNameClaim {

    private static final Map<String, String> OTHER_KINDS = Map.ofEntries(
            Map.entry("heic", "an iPhone HEIC photo"),
            Map.entry("heif", "an iPhone HEIC photo"),
            Map.entry("txt", "a text file"),
            Map.entry("doc", "a Word document"),
            Map.entry("docx", "a Word document"),
            Map.entry("xls", "an Excel spreadsheet"),
            Map.entry("xlsx", "an Excel spreadsheet"),
            Map.entry("gif", "a GIF picture"),
            Map.entry("tif", "a TIFF picture"),
            Map.entry("tiff", "a TIFF picture"),
            Map.entry("bmp", "a BMP picture"),
            Map.entry("webp", "a WebP picture"));

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
        return Optional.ofNullable(OTHER_KINDS.get(extension));
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
