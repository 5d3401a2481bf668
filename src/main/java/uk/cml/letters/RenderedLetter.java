package uk.cml.letters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A finished PDF. {@code replacedCharacters} holds each character the letter font cannot print (one code point per
 * string, in order of first appearance); each was printed as "[symbol]" so the UI can tell the parent which ones changed.
 */
public record RenderedLetter(byte[] pdf, int pageCount, Set<String> replacedCharacters) {

    public RenderedLetter {
        pdf = pdf.clone();
        replacedCharacters = Collections.unmodifiableSet(new LinkedHashSet<>(replacedCharacters));
    }

    /** A copy, so nobody can change the letter after it was made. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public boolean hasReplacedCharacters() {
        return !replacedCharacters.isEmpty();
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(pdf);
    }

    /** Two results are equal when their bytes are, not when they share an array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedLetter that && pageCount == that.pageCount
                && Arrays.equals(pdf, that.pdf) && replacedCharacters.equals(that.replacedCharacters);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pdf) + pageCount;
    }

    @Override
    public String toString() {
        return "RenderedLetter[" + pdf.length + " bytes, " + pageCount + " pages, replaced " + replacedCharacters + "]";
    }
}
