package uk.cml.documents;

import java.util.List;

/** The kinds of evidence file the app keeps. Anything else is refused when it is added. */
public enum DocumentType {
    PDF("a PDF", List.of("pdf")),
    JPEG("a JPEG photo", List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("a PNG picture", List.of("png"));

    private final String description;
    private final List<String> extensions;

    DocumentType(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    /** How a parent would describe it, for messages: "a JPEG photo". */
    public String description() {
        return description;
    }

    /** File name endings (lower case, no dot) that honestly name this type; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this != PDF;
    }
}
