package uk.cml.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws one page of a PDF as an image for the in-app live preview. Pages are counted from 1, as the parent sees them.
 * The only place in the letters package that touches AWT; the UI converts the image for JavaFX.
 */
public final class PdfPagePreview {

    private PdfPagePreview() {
    }

    public static BufferedImage render(byte[] pdf, int pageNumber, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return render(document, pageNumber, dpi);
        }
    }

    public static BufferedImage render(Path pdf, int pageNumber, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return render(document, pageNumber, dpi);
        }
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static BufferedImage render(PDDocument document, int pageNumber, float dpi) throws IOException {
        int pages = document.getNumberOfPages();
        if (pageNumber < 1 || pageNumber > pages) {
            throw new IllegalArgumentException("Page " + pageNumber + " does not exist; the letter has " + pages
                    + (pages == 1 ? " page" : " pages"));
        }
        if (!(dpi > 0) || dpi > 600) {
            throw new IllegalArgumentException("The preview resolution must be between 1 and 600 dpi, was " + dpi);
        }
        return new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
    }
}
