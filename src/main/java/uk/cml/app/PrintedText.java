package uk.cml.app;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The words of a saved letter as a reader sees them, so the log can check a date really is printed. */
final class PrintedText {

    private PrintedText() {
    }

    /** Every page's text with line breaks as spaces, so a date wrapped over two lines is still found. */
    static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
