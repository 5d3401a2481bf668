package uk.cml.letters.pack;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A photo or scan made ready off the writing thread: a photo as small JPEG bytes, a PNG scan as a reduced picture
 * (kept lossless so the text of a scan stays sharp). Embedding it is then quick and needs the document's thread.
 */
sealed interface PreparedImage {

    PDImageXObject embed(PDDocument document) throws IOException;

    record Jpeg(byte[] bytes) implements PreparedImage {
        @Override
        public PDImageXObject embed(PDDocument document) throws IOException {
            return JPEGFactory.createFromByteArray(document, bytes);
        }
    }

    record Lossless(BufferedImage image) implements PreparedImage {
        @Override
        public PDImageXObject embed(PDDocument document) throws IOException {
            return LosslessFactory.createFromImage(document, image);
        }
    }

    /** The file could not be read as a picture; the pack says so on the page instead. */
    record Unreadable(String reason) implements PreparedImage {
        @Override
        public PDImageXObject embed(PDDocument document) {
            throw new IllegalStateException("Nothing to embed: " + reason);
        }
    }
}
