package uk.cml.documents;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * What a file's name says it is, from its extension. Only extensions with one clear meaning count;
 * a name with no extension, or an unusual one, claims nothing and the content decides.
 */
final class FileNameClaim {

    /** Each kind's words (their key in the bundle) and the extensions that name it, one list per kind. */
    private static final Map<String, String> OTHER_KINDS = byExtension(
            "documents.kind.heic", "heic,heif",
            "documents.kind.text", "txt",
            "documents.kind.word", "doc,docx",
            "documents.kind.excel", "xls,xlsx",
            "documents.kind.gif", "gif",
            "documents.kind.tiff", "tif,tiff",
            "documents.kind.bmp", "bmp",
            "documents.kind.webp", "webp");

    private static Map<String, String> byExtension(String... keysAndExtensions) {
        Map<String, String> kinds = new HashMap<>();
        for (int i = 0; i < keysAndExtensions.length; i += 2) {
            for (String extension : keysAndExtensions[i + 1].split(",")) {
                kinds.put(extension, keysAndExtensions[i]);
            }
        }
        return Map.copyOf(kinds);
    }

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
