package uk.cml.documents;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a file whose type is already known from its bytes and checks it can really be read, so a
 * download cut short or a damaged photo is refused now rather than found unreadable when it is needed.
 */
final class ContentInspector {

    /** What opening the file told us. */
    record Inspection(int pageCount, int width, int height) {
    }

    /** A real PDF ends with "%%EOF" in its last kilobyte or so; a cut-short download does not. */
    private static final int PDF_TAIL_BYTES = 4096;
    /** The image check decodes every pixel but keeps only about this many per side, to spare memory. */
    private static final int CHECK_DECODE_SIDE = 1024;

    private ContentInspector() {
    }

    /**
     * Opens the file and reports its pages or size. With {@code decodeImage} false, a picture's size is
     * read from its header without decoding its pixels: for content already known to be good.
     */
    static Inspection inspect(Path file, DocumentType type, String name, boolean decodeImage)
            throws DocumentRefusedException {
        return type == DocumentType.PDF ? inspectPdf(file, name) : inspectImage(file, type, name, decodeImage);
    }

    private static Inspection inspectPdf(Path file, String name) throws DocumentRefusedException {
        try {
            if (!endsWithEofMarker(file)) {
                throw Refusals.unreadable(name, DocumentType.PDF, null);
            }
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new Inspection(PdfPageTree.count(document), 0, 0);
            }
        } catch (InvalidPasswordException e) {
            throw Refusals.passwordProtected(name, e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files with IOExceptions and, for some malformed structures, runtime ones.
            throw Refusals.unreadable(name, DocumentType.PDF, e);
        }
    }

    private static boolean endsWithEofMarker(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tailLength = (int) Math.min(length, PDF_TAIL_BYTES);
            byte[] tail = new byte[tailLength];
            raf.seek(length - tailLength);
            raf.readFully(tail);
            return new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF");
        }
    }

    private static Inspection inspectImage(Path file, DocumentType type, String name, boolean decode)
            throws DocumentRefusedException {
        try (ImageInputStream input = ImageReaders.open(file)) {
            ImageReader reader = ImageReaders.readerFor(input, type);
            try {
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(collectInto(warnings));
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (!decode) {
                    return new Inspection(1, width, height);
                }
                int step = Math.max(1, Math.max(width, height) / CHECK_DECODE_SIDE);
                reader.read(0, ImageReaders.subsampled(reader, step));
                // The JPEG decoder does not fail on a cut-short photo: it warns and paints the rest grey.
                if (warnings.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("premature end"))) {
                    throw Refusals.unreadable(name, type, null);
                }
                return new Inspection(1, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO signals truncated or corrupt data with IIOException, and sometimes with runtime exceptions.
            throw Refusals.unreadable(name, type, e);
        }
    }

    private static IIOReadWarningListener collectInto(List<String> warnings) {
        return (source, warning) -> warnings.add(warning);
    }
}
