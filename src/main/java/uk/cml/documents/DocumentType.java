package uk.cml.documents;

import java.util.List;
import uk.cml.domain.Words;

/** The kinds of evidence file the app keeps. Anything else is refused when it is added. */
public enum DocumentType {
    PDF(List.of("pdf")),
    JPEG(List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG(List.of("png"));

    private final List<String> extensions;

    DocumentType(List<String> extensions) {
        this.extensions = extensions;
    }

    /** How a parent would describe it, for messages: "a JPEG photo". */
    public String description() {
        return switch (this) {
            case PDF -> Words.text("documents.kind.pdf");
            case JPEG -> Words.text("documents.kind.jpeg");
            case PNG -> Words.text("documents.kind.png");
        };
    }

    /** Its name in a list's Type column, where "a PDF" reads oddly: "PDF", "Photo (JPEG)". */
    public String label() {
        return switch (this) {
            case PDF -> Words.text("documents.type.pdf");
            case JPEG -> Words.text("documents.type.jpeg");
            case PNG -> Words.text("documents.type.png");
        };
    }

    /** File name endings (lower case, no dot) that honestly name this type; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this != PDF;
    }
}
