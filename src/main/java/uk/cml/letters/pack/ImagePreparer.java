package uk.cml.letters.pack;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import uk.cml.documents.DocumentType;

/**
 * Decodes the pack's photos on worker threads, a few ahead of the page being written, and hands them over in order.
 * A phone photo (4000 x 3000) is decoded with subsampling straight down to about {@link #DPI} at the size it is
 * printed, so each one costs a few megabytes for a moment rather than 48 MB, and only a handful are held at once.
 */
final class ImagePreparer implements AutoCloseable {

    static final int DPI = 150;
    private static final int AHEAD = 4;
    private static final float JPEG_QUALITY = 0.8f;

    private final List<PackFile> files;
    private final float boxWidth;
    private final float boxHeight;
    private final ExecutorService workers;
    private final List<Future<PreparedImage>> futures = new ArrayList<>();
    private int next;

    /** The box is the largest area, in points, any of the pictures is printed in. */
    ImagePreparer(List<PackFile> files, float boxWidth, float boxHeight) {
        this.files = List.copyOf(files);
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), AHEAD));
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pack-images");
            t.setDaemon(true);
            return t;
        });
        submitUpTo(AHEAD);
    }

    /** The next picture, in the order given; blocks until it is ready. */
    PreparedImage next() throws IOException {
        int index = next++;
        submitUpTo(index + 1 + AHEAD);
        try {
            PreparedImage image = futures.get(index).get();
            futures.set(index, null);
            return image;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Stopped while preparing a picture", e);
        } catch (ExecutionException e) {
            return new PreparedImage.Unreadable(String.valueOf(e.getCause().getMessage()));
        }
    }

    private void submitUpTo(int count) {
        while (futures.size() < Math.min(count, files.size())) {
            PackFile file = files.get(futures.size());
            futures.add(workers.submit(() -> prepare(file)));
        }
    }

    private PreparedImage prepare(PackFile file) {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.path().toFile())) {
            if (input == null) {
                return new PreparedImage.Unreadable("the file could not be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return new PreparedImage.Unreadable("it is not a picture this app can read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(reader.getWidth(0), reader.getHeight(0));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (file.type() == DocumentType.PNG || image.getColorModel().hasAlpha()) {
                    return new PreparedImage.Lossless(image);
                }
                return new PreparedImage.Jpeg(jpeg(image));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new PreparedImage.Unreadable("it could not be read (" + e.getMessage() + ")");
        }
    }

    /** Keeps one pixel in {@code step}, never going below {@link #DPI} at the printed size. */
    int subsampling(int width, int height) {
        double scale = Math.min(boxWidth / width, boxHeight / height);
        double printedPixels = width * scale / 72.0 * DPI;
        return Math.max(1, (int) Math.floor(width / printedPixels));
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
