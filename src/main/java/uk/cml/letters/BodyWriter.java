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
        if (!letter.heading().isBlank()) {
            List<String> lines = heading.wrap(printable.multiLine(letter.heading()), CONTENT_WIDTH);
            cursor.keepTogether(lines.size() * heading.leading() + 2 * regular.leading());
            lines(lines, heading, LEFT);
            cursor.down(PARAGRAPH_GAP);
        }
        if (!letter.salutation().isBlank()) {
            paragraph(letter.salutation());
        }
        List<LetterBlock> body = letter.body();
        for (int i = 0; i < body.size(); i++) {
            if (i == body.size() - 1 && body.get(i) instanceof LetterBlock.Paragraph last) {
                keepWithClosing(last.text(), letter);
            }
            block(body.get(i));
        }
        closing(letter.signOff(), letter.signerName());
        enclosures(letter.enclosures());
    }

    /** One body block; package-visible so {@link PageWriter} lays out other documents' blocks the same way. */
    void block(LetterBlock block) throws IOException {
        if (block instanceof LetterBlock.Paragraph p) {
            paragraph(p.text());
        } else if (block instanceof LetterBlock.SubHeading h) {
            List<String> lines = bold.wrap(printable.multiLine(h.text()), CONTENT_WIDTH);
            cursor.down(3f);
            cursor.keepTogether((lines.size() + 2) * bold.leading());
            lines(lines, bold, LEFT);
            cursor.down(2f);
        } else if (block instanceof LetterBlock.BulletList list) {
            bullets(list.items(), i -> "\u2022");
        } else if (block instanceof LetterBlock.Table table) {
            tables.write(table);
            cursor.down(PARAGRAPH_GAP);
        }
    }

    private void paragraph(String text) throws IOException {
        List<String> lines = regular.wrap(printable.multiLine(text), CONTENT_WIDTH);
        // Never leave a paragraph's first line alone at the foot of a page.
        cursor.keepTogether(Math.min(lines.size(), 2) * regular.leading());
        lines(lines, regular, LEFT);
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

    /**
     * A short last paragraph goes over the page with the sign-off, so that "Yours faithfully" never
     * stands alone on a page of its own.
     */
    private void keepWithClosing(String lastParagraph, LetterDocument letter) throws IOException {
        int lines = regular.wrap(printable.multiLine(lastParagraph), CONTENT_WIDTH).size();
        if (lines <= 4) {
            cursor.keepTogether(lines * regular.leading() + PARAGRAPH_GAP + 4f
                    + closingHeight(letter.signOff(), letter.signerName()));
        }
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
        cursor.down(4f);
        cursor.keepTogether(closingHeight(signOff, signerName));
        lines(offLines, regular, LEFT);
        cursor.down(SIGNATURE_SPACE);
        lines(nameLines, regular, LEFT);
        cursor.down(PARAGRAPH_GAP);
    }

    private void enclosures(List<String> enclosures) throws IOException {
        if (enclosures.isEmpty()) {
            return;
        }
        cursor.down(4f);
        cursor.keepTogether(2 * regular.leading());
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
