package uk.cml.letters;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The Liberation Sans faces every letter is printed in. The font files are read from the classpath once per JVM and
 * kept as bytes: a PDType0Font belongs to one PDDocument, so each letter loads its own from these bytes.
 */
final class LetterFonts {

    enum Face {
        REGULAR("liberation/LiberationSans-Regular.ttf"),
        BOLD("liberation/LiberationSans-Bold.ttf");

        final String resource;

        Face(String resource) {
            this.resource = resource;
        }
    }

    /** The raw font file and its Unicode map, used to decide which characters can be printed. */
    record FontData(byte[] bytes, CmapLookup unicodeMap) {
        boolean hasGlyph(int codePoint) {
            return unicodeMap.getGlyphId(codePoint) != 0;
        }
    }

    private static final Map<Face, FontData> CACHE = new EnumMap<>(Face.class);

    private LetterFonts() {
    }

    static synchronized FontData data(Face face) throws IOException {
        FontData data = CACHE.get(face);
        if (data == null) {
            data = load(face);
            CACHE.put(face, data);
        }
        return data;
    }

    /**
     * Which code points every face can print, so a character never prints in one face and not in another. Each answer
     * in the Basic Multilingual Plane is remembered: every character of every table cell is asked about, and asking
     * the fonts each time was a fifth of the evidence pack's time (5,000 events, measured 2 Dec 2026). The memo is
     * bytes written with the same value by any thread, so no lock is needed.
     */
    static IntPredicate printableInAllFaces() throws IOException {
        List<FontData> faces = new ArrayList<>();
        for (Face face : Face.values()) {
            faces.add(data(face));
        }
        byte[] known = new byte[Character.MAX_VALUE + 1]; // 0 not yet asked, 1 printable, 2 not
        return codePoint -> {
            if (codePoint >= 0 && codePoint < known.length && known[codePoint] != 0) {
                return known[codePoint] == 1;
            }
            boolean printable = true;
            for (FontData face : faces) {
                printable &= face.hasGlyph(codePoint);
            }
            if (codePoint >= 0 && codePoint < known.length) {
                known[codePoint] = (byte) (printable ? 1 : 2);
            }
            return printable;
        };
    }

    private static FontData load(Face face) throws IOException {
        byte[] bytes;
        try (InputStream in = LetterFonts.class.getClassLoader().getResourceAsStream(face.resource)) {
            if (in == null) {
                throw new IOException("The letter font " + face.resource + " is missing from the application");
            }
            bytes = in.readAllBytes();
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup map = ttf.getUnicodeCmapLookup();
            if (map == null) {
                throw new IOException("The letter font " + face.resource + " has no Unicode character map");
            }
            return new FontData(bytes, map);
        }
    }
}
