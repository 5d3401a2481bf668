package uk.cml.letters;

import static uk.cml.letters.PageGeometry.ADDRESS_BOTTOM_FROM_TOP;
import static uk.cml.letters.PageGeometry.ADDRESS_LEADING;
import static uk.cml.letters.PageGeometry.ADDRESS_LEFT;
import static uk.cml.letters.PageGeometry.ADDRESS_TOP_FROM_TOP;
import static uk.cml.letters.PageGeometry.ADDRESS_WIDTH;
import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.BODY_SIZE;
import static uk.cml.letters.PageGeometry.BODY_START_FROM_TOP;
import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;
import static uk.cml.letters.PageGeometry.PAGE_HEIGHT;
import static uk.cml.letters.PageGeometry.RIGHT;
import static uk.cml.letters.PageGeometry.SENDER_LEFT;
import static uk.cml.letters.PageGeometry.SENDER_TOP;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;

/**
 * The top of the first page: the sender's address and the date on the right, the recipient's address on the left
 * where a DL window envelope shows it however the folded sheet has slid (see {@link PageGeometry}), and under
 * whichever ends lower, never above the part of the sheet the window can reach, the reference lines. Leaves the
 * cursor under those.
 */
final class AddressBlocks {

    private static final float MIN_ADDRESS_SIZE = 7f;
    private static final float LOOSE_LEADING = 1.2f;
    private static final float TIGHT_LEADING = 1.1f;
    private static final float GAP_BELOW = 8 * PageGeometry.MM;
    /** A paragraph's gap and 4 pt more, so the heading under the references stands apart from them. */
    private static final float GAP_UNDER_REFERENCES = 11f;

    private final PageCursor cursor;
    private final FontSet fonts;
    private final PrintableText printable;
    private boolean overflowedPage;

    AddressBlocks(PageCursor cursor, FontSet fonts, PrintableText printable) {
        this.cursor = cursor;
        this.fonts = fonts;
        this.printable = printable;
    }

    void write(LetterDocument letter) throws IOException {
        float senderBottom = writeSender(letter.sender(), UkFormats.shortDate(letter.date()));
        float recipientBottom = writeRecipient(letter.recipientLines());
        if (overflowedPage) {
            cursor.moveTo(recipientBottom - GAP_BELOW);
        } else {
            float bodyStart = PAGE_HEIGHT - BODY_START_FROM_TOP;
            cursor.moveTo(Math.min(Math.min(senderBottom, recipientBottom) - GAP_BELOW, bodyStart));
        }
        references(letter.references());
    }

    /** Returns the bottom of the block. */
    private float writeSender(Sender sender, String date) throws IOException {
        TextStyle bold = new TextStyle(fonts.bold(), BODY_SIZE, ADDRESS_LEADING);
        TextStyle regular = new TextStyle(fonts.regular(), BODY_SIZE, ADDRESS_LEADING);
        float width = RIGHT - SENDER_LEFT;
        float top = SENDER_TOP;
        top = rightAligned(bold, bold.wrap(printable.singleLine(sender.name()), width), top);
        List<String> lines = new ArrayList<>();
        for (String line : sender.addressLines()) {
            lines.addAll(regular.wrap(printable.singleLine(line), width));
        }
        if (!sender.phone().isBlank()) {
            lines.addAll(regular.wrap("Phone: " + printable.singleLine(sender.phone()), width));
        }
        if (!sender.email().isBlank()) {
            lines.addAll(regular.wrap("Email: " + printable.singleLine(sender.email()), width));
        }
        top = rightAligned(regular, lines, top);
        top -= ADDRESS_LEADING;
        return rightAligned(regular, List.of(date), top);
    }

    private float rightAligned(TextStyle style, List<String> lines, float top) throws IOException {
        for (String line : lines) {
            if (!line.isEmpty()) {
                cursor.textRightAligned(style.font(), style.size(), RIGHT, style.baseline(top), line);
                top -= style.leading();
            }
        }
        return top;
    }

    /**
     * Prints the recipient inside the always-visible part of the window: the largest size (11 pt down to 7 pt) and
     * leading at which every line, from the top of its capitals to the foot of its descenders, fits. An address too long
     * even at 7 pt has its shortest neighbouring lines joined with a comma ("Little Horton, Bradford"), keeping the
     * name first and the postcode last; only one that still does not fit runs below the window. Returns its bottom.
     */
    private float writeRecipient(List<String> rawLines) throws IOException {
        List<String> clean = new ArrayList<>(
                rawLines.stream().map(printable::singleLine).filter(line -> !line.isEmpty()).toList());
        Fit fit = fit(clean);
        while (fit.style() == null && clean.size() > 3) {
            joinShortestPair(clean);
            fit = fit(clean);
        }
        MeasuredFont font = fonts.regular();
        TextStyle style = fit.style() != null ? fit.style()
                : new TextStyle(font, MIN_ADDRESS_SIZE, MIN_ADDRESS_SIZE * TIGHT_LEADING);
        List<String> lines = wrapAll(style, clean);
        float baseline = PAGE_HEIGHT - ADDRESS_TOP_FROM_TOP - font.ascent(style.size());
        for (String line : lines) {
            if (baseline - font.descent(style.size()) < PageGeometry.BOTTOM) {
                // Only an absurdly long address gets here; carry on over the page rather than print over the footer.
                cursor.newPage();
                overflowedPage = true;
                baseline = PageGeometry.TOP - font.ascent(style.size());
            }
            cursor.text(style.font(), style.size(), ADDRESS_LEFT, baseline, line);
            baseline -= style.leading();
        }
        return baseline + style.leading() - font.descent(style.size());
    }

    /** The style at which the lines fit the window, or a null style if none does. */
    private Fit fit(List<String> clean) throws IOException {
        MeasuredFont font = fonts.regular();
        // A quarter of a millimetre in hand, so rounding in a PDF reader never puts a descender on the line.
        float room = ADDRESS_BOTTOM_FROM_TOP - ADDRESS_TOP_FROM_TOP - 0.25f * PageGeometry.MM;
        for (float size = BODY_SIZE; size >= MIN_ADDRESS_SIZE; size -= 0.5f) {
            TextStyle style = new TextStyle(font, size, size);
            float ink = font.ascent(size) + font.descent(size);
            // Each more line can only tighten the leading, so stop wrapping once it is too tight: a very long
            // address is tried again after every join, and wrapping all of it each time took minutes.
            int count = 0;
            for (String line : clean) {
                count += style.wrap(line, ADDRESS_WIDTH).size();
                if (leading(size, ink, room, count) < size * TIGHT_LEADING) {
                    break;
                }
            }
            float leading = leading(size, ink, room, count);
            if (ink <= room && leading >= size * TIGHT_LEADING) {
                return new Fit(new TextStyle(font, size, leading));
            }
        }
        return new Fit(null);
    }

    /** The leading that spreads this many lines over the room, at most the loose one; never grows with more lines. */
    private static float leading(float size, float ink, float room, int lines) {
        return lines < 2 ? size * LOOSE_LEADING : Math.min(size * LOOSE_LEADING, (room - ink) / (lines - 1));
    }

    /** Joins the two neighbouring middle lines (not the name, not the postcode) that are shortest together. */
    private static void joinShortestPair(List<String> lines) {
        int best = 1;
        for (int i = 1; i < lines.size() - 2; i++) {
            if (lines.get(i).length() + lines.get(i + 1).length()
                    < lines.get(best).length() + lines.get(best + 1).length()) {
                best = i;
            }
        }
        lines.set(best, lines.get(best) + ", " + lines.remove(best + 1));
    }

    /** The reference lines under the addresses: each label, and its value in bold from one indent for all. */
    private void references(List<ReferenceLine> references) throws IOException {
        if (references.isEmpty()) {
            return;
        }
        TextStyle regular = new TextStyle(fonts.regular(), BODY_SIZE, BODY_LEADING);
        TextStyle bold = new TextStyle(fonts.bold(), BODY_SIZE, BODY_LEADING);
        float labelWidth = 0;
        for (ReferenceLine ref : references) {
            labelWidth = Math.max(labelWidth, regular.width(printable.singleLine(ref.label()) + ":"));
        }
        labelWidth = Math.min(labelWidth + 4 * MM, CONTENT_WIDTH * 0.45f);
        float valueLeft = LEFT + labelWidth;
        for (ReferenceLine ref : references) {
            String label = printable.singleLine(ref.label());
            List<String> labels = regular.wrap(label.isEmpty() ? "" : label + ":", labelWidth - 3 * MM);
            List<String> values = bold.wrap(printable.singleLine(ref.value()), CONTENT_WIDTH - labelWidth);
            int rows = Math.max(labels.size(), values.size());
            cursor.keepTogether(rows * regular.leading());
            for (int i = 0; i < rows; i++) {
                float baseline = regular.baseline(cursor.top());
                if (i < labels.size()) {
                    cursor.text(regular.font(), regular.size(), LEFT, baseline, labels.get(i));
                }
                if (i < values.size()) {
                    cursor.text(bold.font(), bold.size(), valueLeft, baseline, values.get(i));
                }
                cursor.down(regular.leading());
            }
        }
        cursor.down(GAP_UNDER_REFERENCES);
    }

    private record Fit(TextStyle style) {
    }

    private static List<String> wrapAll(TextStyle style, List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(style.wrap(line, ADDRESS_WIDTH));
        }
        return wrapped;
    }
}
