package uk.cml.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
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
            byte[] bytes = LetterFonts.data(face).bytes();
            font = new MeasuredFont(PDType0Font.load(document, new ByteArrayInputStream(bytes), true));
            loaded.put(face, font);
        }
        return font;
    }
}
