package uk.cml.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import uk.cml.domain.Words;

/**
 * Says what a file really is from its first bytes ("magic numbers"), whatever its name claims.
 * Only PDF, JPEG and PNG are accepted; the other kinds are named so the refusal can say what the
 * parent actually chose.
 */
final class ContentSniffer {

    /** Enough bytes for every check below, including an ISO "ftyp" box with a few brands. */
    static final int HEADER_BYTES = 64;

    /** What the content is: an accepted {@code type}, or a description of something refused. */
    record Sniffed(DocumentType type, boolean heic, String description) {
        static Sniffed accepted(DocumentType type) {
            return new Sniffed(type, false, type.description());
        }

        static Sniffed other(String description) {
            return new Sniffed(null, false, description);
        }

        boolean accepted() {
            return type != null;
        }
    }

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1");

    private ContentSniffer() {
    }

    static Sniffed sniff(byte[] header) {
        if (header.length == 0) {
            return Sniffed.other("empty");
        }
        if (startsWith(header, PDF)) {
            return Sniffed.accepted(DocumentType.PDF);
        }
        if (startsWith(header, JPEG)) {
            return Sniffed.accepted(DocumentType.JPEG);
        }
        if (startsWith(header, PNG)) {
            return Sniffed.accepted(DocumentType.PNG);
        }
        if (matchesAt(header, 4, ascii("ftyp"))) {
            return sniffIsoMedia(header);
        }
        return Sniffed.other(describeOther(header));
    }

    /** HEIC photos, AVIF pictures and MP4/MOV videos all start with an ISO "ftyp" box listing brands. */
    private static Sniffed sniffIsoMedia(byte[] header) {
        String major = brandAt(header, 8);
        if (major.startsWith("avi")) {
            return Sniffed.other(Words.text("documents.kind.avif"));
        }
        int boxEnd = Math.min(header.length, Math.max(16, readInt(header, 0)));
        boolean heic = HEIC_BRANDS.contains(major);
        // Compatible brands follow the major brand (8) and minor version (12), four bytes each.
        for (int at = 16; !heic && at + 4 <= boxEnd; at += 4) {
            heic = HEIC_BRANDS.contains(brandAt(header, at));
        }
        return heic ? new Sniffed(null, true, Words.text("documents.kind.heic"))
                : Sniffed.other(Words.text("documents.kind.video"));
    }

    private static String describeOther(byte[] h) {
        if (startsWith(h, ascii("GIF8"))) {
            return Words.text("documents.kind.gif");
        }
        if (startsWith(h, ascii("II*\0")) || startsWith(h, ascii("MM\0*"))) {
            return Words.text("documents.kind.tiff");
        }
        if (startsWith(h, ascii("BM"))) {
            return Words.text("documents.kind.bmp");
        }
        if (startsWith(h, ascii("RIFF")) && matchesAt(h, 8, ascii("WEBP"))) {
            return Words.text("documents.kind.webp");
        }
        if (startsWith(h, ascii("PK\u0003\u0004"))) {
            return Words.text("documents.kind.zipped");
        }
        if (startsWith(h, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Words.text("documents.kind.olderOffice");
        }
        if (startsWith(h, ascii("{\\rtf"))) {
            return Words.text("documents.kind.richText");
        }
        if (looksLikeText(h)) {
            return Words.text("documents.kind.text");
        }
        return Words.text("documents.kind.unknown");
    }

    /** No control characters other than tab, CR and LF: plain text (including UTF-8, whose bytes are all >= 0x80). */
    private static boolean looksLikeText(byte[] h) {
        for (byte b : h) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return matchesAt(data, 0, prefix);
    }

    private static boolean matchesAt(byte[] data, int offset, byte[] expected) {
        return data.length >= offset + expected.length
                && Arrays.equals(data, offset, offset + expected.length, expected, 0, expected.length);
    }

    private static String brandAt(byte[] data, int offset) {
        return data.length >= offset + 4 ? new String(data, offset, 4, StandardCharsets.ISO_8859_1) : "";
    }

    private static int readInt(byte[] data, int offset) {
        return ((data[offset] & 0xFF) << 24) | ((data[offset + 1] & 0xFF) << 16)
                | ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
