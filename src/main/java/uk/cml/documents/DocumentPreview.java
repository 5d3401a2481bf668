package uk.cml.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import uk.cml.domain.Words;

/**
 * Small pictures of stored documents for the screen. Slow for big files: call it off the FX thread.
 * Plain AWT images; the UI converts them (SwingFXUtils or a PixelBuffer).
 */
public final class DocumentPreview {

    /** A preview that takes longer than this is given up: the file is then best opened in the system's viewer. */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(8);
    /** At most this many pixels per page (about 48 MB as RGB): a huge page is drawn smaller instead. */
    static final double MAX_PIXELS = 12_000_000;

    private final Duration budget;

    public DocumentPreview() {
        this(TIME_BUDGET);
    }

    DocumentPreview(Duration budget) {
        this.budget = budget;
    }

    /**
     * Renders up to {@code maxPages} pages from the start of a PDF, at {@code dpi} (72 is actual size), within
     * the time budget; streams are cached in a temporary file, not memory. A PDF whose page list loops, or
     * that takes too long, is refused with a {@link PreviewRefusedException} saying so.
     */
    public List<BufferedImage> renderFirstPages(Path pdf, int maxPages, float dpi) throws IOException {
        if (maxPages < 1 || dpi <= 0) {
            throw new IllegalArgumentException("maxPages must be at least 1 and dpi above 0");
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            int pages;
            try {
                pages = Math.min(maxPages, PdfPageTree.count(document));
            } catch (IOException broken) {
                throw new PreviewRefusedException(Words.text("documents.preview.brokenPages"));
            }
            CompletableFuture<List<BufferedImage>> drawing = new CompletableFuture<>();
            Thread worker = new Thread(() -> {
                try {
                    drawing.complete(render(document, pages, dpi));
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    drawing.completeExceptionally(e);
                }
            }, "pdf-preview");
            worker.setDaemon(true);
            worker.start();
            try {
                return drawing.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException slow) {
                // Closing the file under the renderer makes it stop at its next read, instead of running on.
                document.close();
                worker.interrupt();
                throw new PreviewRefusedException(Words.text("documents.preview.tooSlow"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while drawing a preview", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OutOfMemoryError) {
                    throw new PreviewRefusedException(Words.text("documents.preview.tooMuchMemory"));
                }
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    private static List<BufferedImage> render(PDDocument document, int pages, float dpi) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        // Big scanned pages are drawn from a thinned-out copy of the scan: enough for a preview, far less memory.
        renderer.setSubsamplingAllowed(true);
        List<BufferedImage> images = new ArrayList<>(pages);
        for (int page = 0; page < pages; page++) {
            PDRectangle box = document.getPage(page).getCropBox();
            double pixelsAt72 = Math.max(1, box.getWidth()) * Math.max(1, box.getHeight());
            float capped = (float) Math.min(dpi, 72 * Math.sqrt(MAX_PIXELS / pixelsAt72));
            images.add(renderer.renderImageWithDPI(page, capped, ImageType.RGB));
        }
        return images;
    }

    /**
     * A JPEG or PNG scaled down (never up) to fit within {@code maxWidth} x {@code maxHeight}, keeping
     * its shape. Big photos are decoded at reduced resolution, so a 20 MB photo needs only a few MB of memory.
     */
    public BufferedImage scaledImage(Path image, int maxWidth, int maxHeight) throws IOException {
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("maxWidth and maxHeight must be at least 1");
        }
        try (ImageInputStream input = ImageReaders.open(image)) {
            ImageReader reader = ImageReaders.readerFor(input, typeOf(image));
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                // Keep at least the target size after subsampling, so the final smooth scaling has pixels to work with.
                int step = Math.max(1, Math.min(width / maxWidth, height / maxHeight));
                BufferedImage decoded = reader.read(0, ImageReaders.subsampled(reader, step));
                double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
                int targetWidth = Math.max(1, (int) Math.round(width * scale));
                int targetHeight = Math.max(1, (int) Math.round(height * scale));
                return resize(decoded, targetWidth, targetHeight);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        if (source.getWidth() == width && source.getHeight() == height) {
            return source;
        }
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage result = new BufferedImage(width, height, type);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** Stored files have no extension, so the type comes from the first bytes. */
    private static DocumentType typeOf(Path image) throws IOException {
        byte[] header;
        try (var in = Files.newInputStream(image)) {
            header = in.readNBytes(ContentSniffer.HEADER_BYTES);
        }
        DocumentType type = ContentSniffer.sniff(header).type();
        if (type == null || !type.isImage()) {
            throw new IOException("Not a JPEG or PNG picture: " + image);
        }
        return type;
    }
}
