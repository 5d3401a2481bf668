package uk.cml.letters;

import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.BODY_SIZE;
import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;

import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Everything under the addresses: references, heading, salutation, body blocks, sign-off, name and enclosures.
 * Text flows line by line onto new pages; short groups that read badly when split are kept together.
 */
final class BodyWriter {

    private static final float PARAGRAPH_GAP = 7f;
    private static final float SIGNATURE_SPACE = 18 * MM;
    private static final float BULLET_INDENT = 6 * MM;
    private static final float BOX_PAD = 3 * MM;
    private static final float BOX_TEXT_WIDTH = CONTENT_WIDTH - 2 * BOX_PAD;

    private final PageCursor cursor;
    private final PrintableText printable;
    private final TextStyle regular;
    private final TextStyle bold;
    private final TextStyle heading;
    private final TableWriter tables;

    BodyWriter(PageCursor cursor, FontSet fonts, PrintableText printable) throws IOException {
        this.cursor = cursor;
        this.printable = printable;
        this.regular = new TextStyle(fonts.regular(), BODY_SIZE, BODY_LEADING);
        this.bold = new TextStyle(fonts.bold(), BODY_SIZE, BODY_LEADING);
        this.heading = new TextStyle(fonts.bold(), PageGeometry.HEADING_SIZE, 17f);
        this.tables = new TableWriter(cursor, fonts, printable);
    }

    void write(LetterDocument letter) throws IOException {
        references(letter.references());
        List<LetterBlock> body = letter.body();
        int first = 0;
        float boxes = 0;
        while (first < body.size() && body.get(first) instanceof LetterBlock.RequestBox box) {
            boxes += requestBoxHeight(box) + PARAGRAPH_GAP;
            first++;
        }
        if (!letter.heading().isBlank()) {
            List<String> lines = heading.wrap(printable.multiLine(letter.heading()), CONTENT_WIDTH);
            // The heading goes over the page with the request box, or with two lines of what follows.
            cursor.keepTogether(lines.size() * heading.leading() + Math.max(boxes, 2 * regular.leading()));
            lines(lines, heading, LEFT);
            cursor.down(PARAGRAPH_GAP);
        }
        for (int i = 0; i < first; i++) {
            block(body.get(i));
        }
        if (!letter.salutation().isBlank()) {
            paragraph(letter.salutation(), 0);
        }
        float ending = closingHeight(letter.signOff(), letter.signerName()) + enclosuresHeight(letter.enclosures());
        for (int i = first; i < body.size(); i++) {
            boolean last = i == body.size() - 1;
            if (last && body.get(i) instanceof LetterBlock.Paragraph p) {
                paragraph(p.text(), ending);
            } else {
                block(body.get(i));
            }
        }
        // The sign-off, the name and the enclosures list share a page, so none is left on a page of its own.
        cursor.down(4f);
        cursor.keepTogether(ending);
        closing(letter.signOff(), letter.signerName());
        enclosures(letter.enclosures());
    }

    /** One body block; package-visible so {@link PageWriter} lays out other documents' blocks the same way. */
    void block(LetterBlock block) throws IOException {
        if (block instanceof LetterBlock.Paragraph p) {
            paragraph(p.text(), 0);
        } else if (block instanceof LetterBlock.SubHeading h) {
            List<String> lines = bold.wrap(printable.multiLine(h.text()), CONTENT_WIDTH);
            cursor.down(3f);
            // With two lines of what follows: the heading's lines, the 2 pt under it, and the next paragraph's first two.
            cursor.keepTogether(lines.size() * bold.leading() + 2f + 2 * regular.leading());
            lines(lines, bold, LEFT);
            cursor.down(2f);
        } else if (block instanceof LetterBlock.RequestBox box) {
            requestBox(box);
        } else if (block instanceof LetterBlock.BulletList list) {
            bullets(list.items(), i -> "\u2022");
        } else if (block instanceof LetterBlock.Table table) {
            tables.write(table);
            cursor.down(PARAGRAPH_GAP);
        }
    }

    /**
     * A paragraph; never leaves its first line alone at the foot of a page. With {@code keepAfter} > 0 (the closing that
     * follows) a short paragraph goes over whole, a long one with its last two lines, so the closing is never alone.
     */
    private void paragraph(String text, float keepAfter) throws IOException {
        List<String> lines = regular.wrap(printable.multiLine(text), CONTENT_WIDTH);
        cursor.keepTogether(Math.min(lines.size(), 2) * regular.leading());
        int keepFrom = keepAfter <= 0 ? lines.size() : lines.size() <= 4 ? 0 : lines.size() - 2;
        for (int i = 0; i < lines.size(); i++) {
            if (i == keepFrom) {
                cursor.keepTogether((lines.size() - i) * regular.leading() + PARAGRAPH_GAP + 4f + keepAfter);
            }
            lines(List.of(lines.get(i)), regular, LEFT);
        }
        cursor.down(PARAGRAPH_GAP);
    }

    private float requestBoxHeight(LetterBlock.RequestBox box) {
        float height = 2 * BOX_PAD + bold.wrap(printable.multiLine(box.title()), BOX_TEXT_WIDTH).size() * bold.leading();
        for (String item : box.items()) {
            height += 3f + regular.wrap(printable.multiLine(item), BOX_TEXT_WIDTH - BULLET_INDENT).size()
                    * regular.leading();
        }
        return height;
    }

    /** The framed, numbered requests, kept whole on one page. */
    private void requestBox(LetterBlock.RequestBox box) throws IOException {
        float height = requestBoxHeight(box);
        cursor.keepTogether(height);
        float top = cursor.top();
        cursor.frame(LEFT, top - height, CONTENT_WIDTH, height, 1f, 0.2f);
        cursor.down(BOX_PAD);
        float textLeft = LEFT + BOX_PAD;
        lines(bold.wrap(printable.multiLine(box.title()), BOX_TEXT_WIDTH), bold, textLeft);
        for (int i = 0; i < box.items().size(); i++) {
            cursor.down(3f);
            List<String> lines = regular.wrap(printable.multiLine(box.items().get(i)), BOX_TEXT_WIDTH - BULLET_INDENT);
            cursor.textRightAligned(regular.font(), regular.size(), textLeft + BULLET_INDENT - 1.5f * MM,
                    regular.baseline(cursor.top()), (i + 1) + ".");
            lines(lines, regular, textLeft + BULLET_INDENT);
        }
        cursor.moveTo(top - height);
        cursor.down(PARAGRAPH_GAP);
    }

    private void references(List<ReferenceLine> references) throws IOException {
        if (references.isEmpty()) {
            return;
        }
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
        cursor.down(PARAGRAPH_GAP + 4f);
    }

    private float closingHeight(String signOff, String signerName) {
        if (signOff.isBlank() && signerName.isBlank()) {
            return 0;
        }
        int offLines = regular.wrap(printable.multiLine(signOff), CONTENT_WIDTH).size();
        int nameLines = regular.wrap(printable.multiLine(signerName), CONTENT_WIDTH).size();
        return (offLines + nameLines) * regular.leading() + SIGNATURE_SPACE;
    }

    private void closing(String signOff, String signerName) throws IOException {
        if (signOff.isBlank() && signerName.isBlank()) {
            return;
        }
        List<String> offLines = regular.wrap(printable.multiLine(signOff), CONTENT_WIDTH);
        List<String> nameLines = regular.wrap(printable.multiLine(signerName), CONTENT_WIDTH);
        lines(offLines, regular, LEFT);
        cursor.down(SIGNATURE_SPACE);
        lines(nameLines, regular, LEFT);
        cursor.down(PARAGRAPH_GAP);
    }

    private float enclosuresHeight(List<String> enclosures) {
        if (enclosures.isEmpty()) {
            return 0;
        }
        float height = 2 * PARAGRAPH_GAP + 4f + bold.leading();
        for (String item : enclosures) {
            height += regular.wrap(printable.multiLine(item), CONTENT_WIDTH - BULLET_INDENT).size() * regular.leading()
                    + 2f;
        }
        return height;
    }

    private void enclosures(List<String> enclosures) throws IOException {
        if (enclosures.isEmpty()) {
            return;
        }
        cursor.down(4f);
        lines(List.of("Enclosures:"), bold, LEFT);
        bullets(enclosures, i -> (i + 1) + ".");
    }

    private void bullets(List<String> items, IntFunction<String> marker) throws IOException {
        float textWidth = CONTENT_WIDTH - BULLET_INDENT;
        for (int i = 0; i < items.size(); i++) {
            List<String> lines = regular.wrap(printable.multiLine(items.get(i)), textWidth);
            cursor.keepTogether(Math.min(lines.size(), 2) * regular.leading());
            cursor.textRightAligned(regular.font(), regular.size(), LEFT + BULLET_INDENT - 1.5f * MM,
                    regular.baseline(cursor.top()), marker.apply(i));
            lines(lines, regular, LEFT + BULLET_INDENT);
            cursor.down(2f);
        }
        cursor.down(PARAGRAPH_GAP - 2f);
    }

    /** Prints lines one under another, starting a new page whenever the next line would cross the bottom margin. */
    private void lines(List<String> lines, TextStyle style, float x) throws IOException {
        for (String line : lines) {
            cursor.keepTogether(style.leading());
            cursor.text(style.font(), style.size(), x, style.baseline(cursor.top()), line);
            cursor.down(style.leading());
        }
    }
}
