package uk.cml.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Small helpers around javax.imageio shared by the content check and the preview. */
final class ImageReaders {

    private ImageReaders() {
    }

    static ImageInputStream open(Path file) throws IOException {
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) {
            throw new IIOException("Cannot open an image stream on " + file);
        }
        return input;
    }

    /** A reader for the given type, with the stream attached; the caller disposes of it. */
    static ImageReader readerFor(ImageInputStream input, DocumentType type) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase(Locale.ROOT));
        if (!readers.hasNext()) {
            throw new IIOException("No image reader for " + type);
        }
        ImageReader reader = readers.next();
        // Forward-only and without metadata: the reader then need not buffer the whole file.
        reader.setInput(input, true, true);
        return reader;
    }

    /** Parameters that keep one pixel in {@code step} across and down, so a big photo decodes into a small image. */
    static ImageReadParam subsampled(ImageReader reader, int step) {
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }
}
