package uk.cml.letters;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Makes text safe to print in the letter font. Line breaks become '\n', tabs and other control characters become
 * spaces, and invisible marks (joiners, variation selectors, soft hyphens, and the direction controls that would show
 * a pasted line reversed or disguise it) are removed. Any other character the font cannot print becomes a visible
 * "[symbol]" and is remembered, so the parent can be told instead of it vanishing. A bare "?" was used before, and
 * read as though the parent had typed a question mark. One emoji built of several characters (a skin tone, a flag,
 * a family joined by zero-width joiners) prints as one "[symbol]". Only the printed copy changes: the words the
 * parent entered are kept as they were. One instance per letter: it collects that letter's replaced characters.
 */
final class PrintableText {

    static final String REPLACEMENT = "[symbol]";

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private final IntPredicate fontCanPrint;
    private final Set<String> replaced = new LinkedHashSet<>();
    /** What was last printed, for joining the parts of one emoji into one "[symbol]". */
    private Last last = Last.TEXT;

    private enum Last { TEXT, SYMBOL, SYMBOL_JOINED, SYMBOL_HALF_FLAG }

    PrintableText(IntPredicate fontCanPrint) {
        this.fontCanPrint = fontCanPrint;
    }

    /** Cleans text that may run over several lines; the result uses '\n' alone between lines. */
    String multiLine(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(text.length());
        last = Last.TEXT;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            append(out, cp);
        }
        return out.toString();
    }

    /** Cleans text printed on one line (an address line, a footer): line breaks become spaces. */
    String singleLine(String raw) {
        return multiLine(raw).replace('\n', ' ').strip();
    }

    Set<String> replacedCharacters() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(replaced));
    }

    private void append(StringBuilder out, int cp) {
        if (cp == ZERO_WIDTH_JOINER) {
            if (last == Last.SYMBOL || last == Last.SYMBOL_HALF_FLAG) {
                last = Last.SYMBOL_JOINED;
            }
            return;
        }
        if (isInvisibleMark(cp)) {
            return;
        }
        if (isLineBreak(cp)) {
            out.append('\n');
        } else if (Character.isISOControl(cp)) {
            out.append(' ');
        } else if (fontCanPrint.test(cp)) {
            out.appendCodePoint(cp);
        } else if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            out.append(' ');
        } else {
            // A lone surrogate is not a character at all; report the standard "unknown character" sign instead.
            replaced.add(Character.isSurrogate((char) cp) ? "\uFFFD" : new String(Character.toChars(cp)));
            if (partOfTheSymbolBefore(cp)) {
                last = Last.SYMBOL;
            } else {
                out.append(REPLACEMENT);
                last = isRegionalIndicator(cp) ? Last.SYMBOL_HALF_FLAG : Last.SYMBOL;
            }
            return;
        }
        last = Last.TEXT;
    }

    /** A skin tone, the second letter of a flag, or a character joined on by a zero-width joiner. */
    private boolean partOfTheSymbolBefore(int cp) {
        return last == Last.SYMBOL_JOINED
                || (last == Last.SYMBOL_HALF_FLAG && isRegionalIndicator(cp))
                || (last != Last.TEXT && cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * Marks that print nothing themselves; a replacement for them would add noise. Every format control is one
     * (zero-width spaces and joiners, soft hyphens, byte-order marks, the tags in the flag of England, and the
     * direction controls U+202A-U+202E and U+2066-U+2069 that make a pasted line show reversed), and so are the
     * variation selectors that ask for an emoji's colour. The few format characters that print a sign (the Arabic
     * number signs and the like) are not invisible: they are printed, or replaced, like any other character.
     */
    private static boolean isInvisibleMark(int cp) {
        return (Character.getType(cp) == Character.FORMAT && !printsASign(cp))
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean printsASign(int cp) {
        return (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD;
    }
}
