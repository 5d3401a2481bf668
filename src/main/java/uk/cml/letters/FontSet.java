package uk.cml.letters;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The fonts of one document, embedded as subsets and loaded only when first used (an unused face is not embedded). */
final class FontSet {

    private final PDDocument document;
    private final Map<LetterFonts.Face, MeasuredFont> loaded = new EnumMap<>(LetterFonts.Face.class);

    FontSet(PDDocument document) {
        this.document = document;
    }

    MeasuredFont regular() throws IOException {
        return face(LetterFonts.Face.REGULAR);
    }

    MeasuredFont bold() throws IOException {
        return face(LetterFonts.Face.BOLD);
    }

    private MeasuredFont face(LetterFonts.Face face) throws IOException {
        MeasuredFont font = loaded.get(face);
        if (font == null) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(LetterFonts.data(face).bytes()));
            document.registerTrueTypeFontForClosing(ttf);
            // Glyph substitution (ligatures and the like) is for complex scripts. Letters are Latin text, and with it
            // on PDFBox 3 spends most of a render compiling regular expressions in showText (measured: 80 ms of 90).
            ttf.setEnableGsub(false);
            font = new MeasuredFont(PDType0Font.load(document, ttf, true));
            loaded.put(face, font);
        }
        return font;
    }
}
