package uk.cml.letters;

import java.util.List;

/** A face at a size with the distance between baselines. */
record TextStyle(MeasuredFont font, float size, float leading) {

    List<String> wrap(String cleanText, float width) {
        return new TextWrapper(font, size, width).wrap(cleanText);
    }

    float width(String cleanText) {
        return font.width(cleanText, size);
    }

    float baseline(float top) {
        return PageGeometry.baseline(top, size, leading);
    }
}
