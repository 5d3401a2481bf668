package uk.cml.documents;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for the tests, made on the spot so no binary fixtures live in the repository. */
final class Fixtures {

    private Fixtures() {
    }

    /** An A4 PDF with one line of text per page. */
    static Path pdf(Path file, int pages) throws IOException {
        try (PDDocument document = pdfDocument(pages)) {
            document.save(file.toFile());
        }
        return file;
    }

    static Path passwordPdf(Path file) throws IOException {
        try (PDDocument document = pdfDocument(1)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    static byte[] pdfBytes(int pages) throws IOException {
        try (PDDocument document = pdfDocument(pages); var out = new java.io.ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDDocument pdfDocument(int pages) throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 1; i <= pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(font, 14);
                text.newLineAtOffset(72, 760);
                text.showText("Bank statement, page " + i);
                text.endText();
            }
        }
        return document;
    }

    static Path jpeg(Path file, int width, int height) throws IOException {
        return jpeg(file, picture(width, height, false), 0.85f);
    }

    /** A JPEG of noise at high quality: 4000 x 3000 comes out near 15 MB, like a large phone photo. */
    static Path noisyJpeg(Path file, int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return jpeg(file, image, 0.97f);
    }

    static Path png(Path file, int width, int height) throws IOException {
        ImageIO.write(picture(width, height, true), "png", file.toFile());
        return file;
    }

    /** The first half of {@code source}, as a download cut off part way. */
    static Path truncatedCopy(Path source, Path target) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(target, Arrays.copyOf(all, all.length / 2));
        return target;
    }

    /** The start of an iPhone photo: an ISO "ftyp" box with the heic brand, then rubbish. */
    static Path heic(Path file) throws IOException {
        byte[] box = new byte[200];
        byte[] start = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0,
                        'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(start, 0, box, 0, start.length);
        Files.write(file, box);
        return file;
    }

    static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A file of {@code size} bytes that takes no disk space. */
    static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            raf.setLength(size);
        }
        return file;
    }

    /** Every regular file under {@code folder}, for checking nothing was left behind. */
    static long regularFilesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static Path jpeg(Path file, BufferedImage image, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        // The output stream does not truncate, so an older, longer file would leave its tail behind.
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("Receipt 12.50", width / 4, height / 2);
        g.dispose();
        return image;
    }
}
