package uk.cml.letters.pack;

import java.nio.file.Path;
import java.util.Objects;
import uk.cml.documents.DocumentType;

/** A stored evidence file to put into the pack: a PDF whose pages are imported, or a photo or scan drawn on a page. */
public record PackFile(Path path, DocumentType type, String name) {

    public PackFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        name = Objects.requireNonNullElse(name, "");
    }

    public boolean isPdf() {
        return type == DocumentType.PDF;
    }
}
