package uk.cml.letters;

import static uk.cml.letters.PageGeometry.ADDRESS_LEADING;
import static uk.cml.letters.PageGeometry.BODY_SIZE;
import static uk.cml.letters.PageGeometry.RIGHT;
import static uk.cml.letters.PageGeometry.SENDER_LEFT;
import static uk.cml.letters.PageGeometry.SENDER_TOP;
import static uk.cml.letters.PageGeometry.WINDOW_HEIGHT;
import static uk.cml.letters.PageGeometry.WINDOW_LEFT;
import static uk.cml.letters.PageGeometry.WINDOW_TOP;
import static uk.cml.letters.PageGeometry.WINDOW_WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.UkFormats;

/**
 * The top of the first page: the sender's address and the date on the right, the recipient's address on the left
 * where a DL window envelope shows it. Leaves the cursor under whichever ends lower.
 */
final class AddressBlocks {

    private static final float MIN_ADDRESS_SIZE = 7f;

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
        float senderBottom = writeSender(letter.sender(), UkFormats.longDate(letter.date()));
        float windowBottom = WINDOW_TOP - WINDOW_HEIGHT;
        float recipientBottom = writeRecipient(letter.recipientLines());
        if (overflowedPage) {
            cursor.moveTo(recipientBottom - 8 * PageGeometry.MM);
        } else {
            cursor.moveTo(Math.min(Math.min(senderBottom, recipientBottom), windowBottom) - 8 * PageGeometry.MM);
        }
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
     * Prints the recipient inside the window. A long address is set tighter and then smaller, down to 7 pt; only an
     * address that would still not fit at 7 pt runs below the window. Returns the bottom of the block.
     */
    private float writeRecipient(List<String> rawLines) throws IOException {
        List<String> clean = rawLines.stream().map(printable::singleLine).filter(line -> !line.isEmpty()).toList();
        TextStyle style = null;
        List<String> lines = List.of();
        for (float size = BODY_SIZE; size >= MIN_ADDRESS_SIZE; size -= 0.5f) {
            TextStyle candidate = new TextStyle(fonts.regular(), size, size * 1.25f);
            lines = wrapAll(candidate, clean);
            float leading = Math.min(size * 1.25f, WINDOW_HEIGHT / lines.size());
            style = new TextStyle(fonts.regular(), size, Math.max(leading, size * 1.1f));
            if (leading >= size * 1.1f) {
                break;
            }
        }
        float top = WINDOW_TOP;
        for (String line : lines) {
            if (top - style.leading() < PageGeometry.BOTTOM) {
                // Only an absurdly long address gets here; carry on over the page rather than print over the footer.
                cursor.newPage();
                overflowedPage = true;
                top = PageGeometry.TOP;
            }
            cursor.text(style.font(), style.size(), WINDOW_LEFT, style.baseline(top), line);
            top -= style.leading();
        }
        return top;
    }

    private static List<String> wrapAll(TextStyle style, List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(style.wrap(line, WINDOW_WIDTH));
        }
        return wrapped;
    }
}
