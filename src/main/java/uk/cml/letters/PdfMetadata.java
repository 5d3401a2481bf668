package uk.cml.letters;

import java.util.Objects;

/** The document properties a PDF viewer shows. The creator is always "Child Maintenance Log". */
public record PdfMetadata(String title, String author, String subject, String keywords) {

    public static final PdfMetadata NONE = new PdfMetadata("", "", "", "");

    public PdfMetadata {
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        subject = Objects.requireNonNullElse(subject, "");
        keywords = Objects.requireNonNullElse(keywords, "");
    }
}
