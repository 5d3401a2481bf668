package uk.cml.letters;

import static uk.cml.letters.PageGeometry.BODY_LEADING;
import static uk.cml.letters.PageGeometry.BODY_SIZE;
import static uk.cml.letters.PageGeometry.CONTENT_WIDTH;
import static uk.cml.letters.PageGeometry.LEFT;
import static uk.cml.letters.PageGeometry.MM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Everything under the addresses and references: heading, salutation, body blocks, sign-off, name and enclosures.
 * Text flows line by line onto new pages; short groups that read badly when split are kept together: a sub-heading, or
 * a paragraph ending in a colon, goes over with the opening of the block it introduces ({@link #openingHeight}), and
 * the last paragraph with the closing. Where a table may break is {@link TableWriter}'s part of the same rules.
 */
final class BodyWriter {

    private static final float PARAGRAPH_GAP = 7f;
    /**
     * The gap between blocks of a letter set a little tighter to fit on one page ({@link LetterPdfRenderer}): still
     * a third of a line, so paragraphs stand apart.
     */
    static final float TIGHT_PARAGRAPH_GAP = 5f;
    private static final float SIGNATURE_SPACE = 18 * MM;
    /** The signature space gives way down to this before the closing is moved off the page of the last lines. */
    private static final float MIN_SIGNATURE_SPACE = 15 * MM;
    private static final float BEFORE_SIGN_OFF = 4f;
    /**
     * Lines of text that the closing's page holds at least when a table ends the page before: fewer, and the table's
     * last rows go over with them ({@link #tableTailKeep}).
     */
    static final int MIN_LINES_WITH_CLOSING = 4;
    /** A list item of up to this many lines is never split across pages. */
    private static final int SHORT_ITEM_LINES = 3;
    private static final float BULLET_INDENT = 6 * MM;
    private static final float BOX_PAD = 3 * MM;
    private static final float BOX_TEXT_WIDTH = CONTENT_WIDTH - 2 * BOX_PAD;

    private final PageCursor cursor;
    private final PrintableText printable;
    private final TextStyle regular;
    private final TextStyle bold;
    private final TextStyle heading;
    private final TableWriter tables;
    /**
     * Blocks that introduce the next (a sub-heading, a paragraph ending in a colon, or a sub-heading over such a
     * paragraph), held back until the block they introduce is known so they all go over together.
     */
    private final List<LetterBlock> pending = new ArrayList<>();
    private final float paragraphGap;

    BodyWriter(PageCursor cursor, FontSet fonts, PrintableText printable) throws IOException {
        this(cursor, fonts, printable, PARAGRAPH_GAP);
    }

    /** {@code paragraphGap}: the space between blocks, {@link #TIGHT_PARAGRAPH_GAP} for a letter set tighter. */
    BodyWriter(PageCursor cursor, FontSet fonts, PrintableText printable, float paragraphGap) throws IOException {
        this.paragraphGap = paragraphGap;
        this.cursor = cursor;
        this.printable = printable;
        this.regular = new TextStyle(fonts.regular(), BODY_SIZE, BODY_LEADING);
        this.bold = new TextStyle(fonts.bold(), BODY_SIZE, BODY_LEADING);
        this.heading = new TextStyle(fonts.bold(), PageGeometry.HEADING_SIZE, 17f);
        this.tables = new TableWriter(cursor, fonts, printable);
    }

    void write(LetterDocument letter) throws IOException {
        // A paragraph the parent emptied on the Write a letter page says nothing, so it takes no room: printed, it
        // left a blank line and a paragraph's gap (reviewer rv7). The page keeps its box, so the edits still line up.
        List<LetterBlock> body = letter.body().stream()
                .filter(b -> !(b instanceof LetterBlock.Paragraph p && p.text().isBlank())).toList();
        int first = 0;
        float boxes = 0;
        while (first < body.size() && body.get(first) instanceof LetterBlock.RequestBox box) {
            boxes += requestBoxHeight(box) + paragraphGap;
            first++;
        }
        if (!letter.heading().isBlank()) {
            List<String> lines = heading.wrap(printable.multiLine(letter.heading()), CONTENT_WIDTH);
            // The heading goes over the page with the request box, or with two lines of what follows.
            cursor.keepTogether(lines.size() * heading.leading() + Math.max(boxes, 2 * regular.leading()));
            lines(lines, heading, LEFT);
            cursor.down(paragraphGap);
        }
        for (int i = 0; i < first; i++) {
            block(body.get(i));
        }
        if (!letter.salutation().isBlank()) {
            paragraph(letter.salutation(), 0);
        }
        // Kept with the last lines at its smallest: the signature space gives way before the closing moves over.
        float ending = closingHeight(letter.signOff(), letter.signerName(), MIN_SIGNATURE_SPACE)
                + enclosuresHeight(letter.enclosures());
        for (int i = first; i < body.size(); i++) {
            float tableTail = tableTailKeep(body, i, ending);
            if (tableTail > 0) {
                // A table just before the last short sentences: its last rows go over with them and the closing, so
                // the last page never holds only two sentences and the sign-off.
                release(body.get(i));
                tables.write((LetterBlock.Table) body.get(i), tableTail);
                cursor.down(paragraphGap);
            } else if (i == body.size() - 1 && body.get(i) instanceof LetterBlock.Paragraph p) {
                release(p, BEFORE_SIGN_OFF + ending);
                paragraph(p.text(), BEFORE_SIGN_OFF + ending);
            } else if (i == body.size() - 2 && body.get(i) instanceof LetterBlock.Paragraph p
                    && !p.text().strip().endsWith(":") && body.get(i + 1) instanceof LetterBlock.Paragraph last) {
                // The paragraph before the last goes over with it (whole, or its last two lines), so a last page
                // never holds only the last paragraph and the closing.
                float keep = regular.wrap(printable.multiLine(last.text()), CONTENT_WIDTH).size()
                        * regular.leading() + paragraphGap + BEFORE_SIGN_OFF + ending;
                release(p, keep);
                paragraph(p.text(), keep);
            } else if (i == body.size() - 3 && body.get(i) instanceof LetterBlock.Paragraph p
                    && !p.text().strip().endsWith(":") && body.get(i + 1) instanceof LetterBlock.SubHeading h
                    && body.get(i + 2) instanceof LetterBlock.Paragraph last) {
                // As above, with a sub-heading over the last paragraph: the paragraph before it goes over with the
                // sub-heading, the last paragraph and the closing, so a last page never holds only "What I know
                // about ...", its one line and the sign-off when the page before had room for them.
                float keep = introductionHeight(h, regular.wrap(printable.multiLine(last.text()), CONTENT_WIDTH)
                        .size() * regular.leading() + paragraphGap + BEFORE_SIGN_OFF + ending);
                release(p, keep);
                paragraph(p.text(), keep);
            } else {
                block(body.get(i));
            }
        }
        flush();
        // The sign-off, the name and the enclosures list share a page, so none is left on a page of its own.
        cursor.down(BEFORE_SIGN_OFF);
        cursor.keepTogether(ending);
        float spare = Math.max(0, cursor.room() - ending);
        closing(letter.signOff(), letter.signerName(), Math.min(SIGNATURE_SPACE, MIN_SIGNATURE_SPACE + spare));
        enclosures(letter.enclosures());
    }

    /**
     * When {@code body.get(i)} is a table followed only by one or two paragraphs that go over the page whole with the
     * closing and come to fewer than {@value #MIN_LINES_WITH_CLOSING} lines: the height of those paragraphs and the
     * closing, which the table's last rows go over with (a reviewer's missed-payments letter had "Matched by date,
     * ...", "If I have not heard from you ..." and the sign-off alone on page 4 of 4). 0 otherwise.
     */
    private float tableTailKeep(List<LetterBlock> body, int i, float ending) {
        if (!(body.get(i) instanceof LetterBlock.Table) || i < body.size() - 3 || i == body.size() - 1) {
            return 0;
        }
        float height = BEFORE_SIGN_OFF + ending;
        int lines = 0;
        for (LetterBlock after : body.subList(i + 1, body.size())) {
            if (!(after instanceof LetterBlock.Paragraph p) || p.text().strip().endsWith(":")) {
                return 0;
            }
            int n = regular.wrap(printable.multiLine(p.text()), CONTENT_WIDTH).size();
            lines += n;
            height += n * regular.leading() + paragraphGap;
        }
        return lines < MIN_LINES_WITH_CLOSING ? paragraphGap + height : 0;
    }

    /**
     * One body block; package-visible so {@link PageWriter} lays out other documents' blocks the same way. A sub-heading
     * or a paragraph ending in a colon is held back until the next block arrives (or {@link #flush()}).
     */
    void block(LetterBlock block) throws IOException {
        if (block instanceof LetterBlock.SubHeading
                || block instanceof LetterBlock.Paragraph p && p.text().strip().endsWith(":")) {
            pending.add(block);
        } else {
            release(block);
            layOut(block, 0);
        }
    }

    /** Writes a held-back sub-heading or lead-in with nothing after it to keep it with but two lines' room. */
    void flush() throws IOException {
        release(null);
    }

    /** Writes the held-back introductions, each kept with the rest of them and the opening of {@code next}. */
    private void release(LetterBlock next) throws IOException {
        release(next, 0);
    }

    /**
     * As {@link #release(LetterBlock)}, for a paragraph {@code next} that goes over with what follows it
     * ({@code nextKeepAfter} > 0, the last paragraphs before the closing): a short one goes over whole, so its
     * sub-heading is kept with all of it and what follows, never left at the foot of the page before.
     */
    private void release(LetterBlock next, float nextKeepAfter) throws IOException {
        float[] keepAfter = new float[pending.size()];
        float after = next == null ? 2 * regular.leading()
                : nextKeepAfter > 0 && next instanceof LetterBlock.Paragraph p
                && regular.wrap(printable.multiLine(p.text()), CONTENT_WIDTH).size() <= 3
                ? regular.wrap(printable.multiLine(p.text()), CONTENT_WIDTH).size() * regular.leading()
                + paragraphGap + nextKeepAfter
                : openingHeight(next);
        for (int i = pending.size() - 1; i >= 0; i--) {
            keepAfter[i] = after;
            after = introductionHeight(pending.get(i), after);
        }
        List<LetterBlock> introductions = List.copyOf(pending);
        pending.clear();
        for (int i = 0; i < introductions.size(); i++) {
            layOut(introductions.get(i), keepAfter[i]);
        }
    }

    /**
     * What an introduction and what it is kept with need on the page of the block over it: a sub-heading whole; a
     * lead-in of up to three lines whole with {@code after}, a longer one its first two lines (it may break there).
     */
    private float introductionHeight(LetterBlock block, float after) {
        if (block instanceof LetterBlock.Paragraph p) {
            int lines = regular.wrap(printable.multiLine(p.text()), CONTENT_WIDTH).size();
            return lines <= 3 ? lines * regular.leading() + paragraphGap + after : 2 * regular.leading();
        }
        String text = ((LetterBlock.SubHeading) block).text();
        return 3f + bold.wrap(printable.multiLine(text), CONTENT_WIDTH).size() * bold.leading() + 2f + after;
    }

    /** {@code keepAfter}: the height of what must follow on the same page, after this block's own gap. */
    private void layOut(LetterBlock block, float keepAfter) throws IOException {
        if (block instanceof LetterBlock.Paragraph p) {
            paragraph(p.text(), keepAfter);
        } else if (block instanceof LetterBlock.SubHeading h) {
            List<String> lines = bold.wrap(printable.multiLine(h.text()), CONTENT_WIDTH);
            cursor.down(3f);
            cursor.keepTogether(lines.size() * bold.leading() + 2f + keepAfter);
            lines(lines, bold, LEFT);
            cursor.down(2f);
        } else if (block instanceof LetterBlock.RequestBox box) {
            requestBox(box);
        } else if (block instanceof LetterBlock.BulletList list) {
            bullets(list.items(), i -> "\u2022");
        } else if (block instanceof LetterBlock.Table table) {
            tables.write(table);
            cursor.down(paragraphGap);
        }
    }

    /**
     * How much of a block must go with what introduces it: a paragraph's or a list's first two lines, a request box
     * whole, a table's header with its first rows ({@link TableWriter#openingHeight}), a sub-heading with two lines.
     */
    private float openingHeight(LetterBlock block) {
        if (block instanceof LetterBlock.Paragraph p) {
            return Math.min(regular.wrap(printable.multiLine(p.text()), CONTENT_WIDTH).size(), 2) * regular.leading();
        } else if (block instanceof LetterBlock.RequestBox box) {
            return requestBoxHeight(box);
        } else if (block instanceof LetterBlock.BulletList list && !list.items().isEmpty()) {
            // The first item whole when short (with the second too when that is the last: bullets keeps the last two
            // together), so a heading or lead-in is never left with only part of it.
            float height = itemKeep(list.items(), 0);
            return list.items().size() == 2 ? height + 2f + itemKeep(list.items(), 1) : height;
        } else if (block instanceof LetterBlock.Table table) {
            return tables.openingHeight(table);
        }
        return 3f + bold.leading() + 2f + 2 * regular.leading();
    }

    /**
     * A paragraph; never leaves its first line alone at the foot of a page. With {@code keepAfter} > 0 (the opening or
     * closing that follows) a paragraph of up to three lines goes over whole, a longer one with its last two lines.
     */
    private void paragraph(String text, float keepAfter) throws IOException {
        List<String> lines = regular.wrap(printable.multiLine(text), CONTENT_WIDTH);
        cursor.keepTogether(Math.min(lines.size(), 2) * regular.leading());
        int keepFrom = keepAfter <= 0 ? lines.size() : lines.size() <= 3 ? 0 : lines.size() - 2;
        for (int i = 0; i < lines.size(); i++) {
            if (i == keepFrom) {
                cursor.keepTogether((lines.size() - i) * regular.leading() + paragraphGap + keepAfter);
            }
            lines(List.of(lines.get(i)), regular, LEFT);
        }
        cursor.down(paragraphGap);
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
        cursor.down(paragraphGap);
    }

    private float closingHeight(String signOff, String signerName, float signatureSpace) {
        if (signOff.isBlank() && signerName.isBlank()) {
            return 0;
        }
        int offLines = regular.wrap(printable.multiLine(signOff), CONTENT_WIDTH).size();
        int nameLines = regular.wrap(printable.multiLine(signerName), CONTENT_WIDTH).size();
        return (offLines + nameLines) * regular.leading() + signatureSpace;
    }

    private void closing(String signOff, String signerName, float signatureSpace) throws IOException {
        if (signOff.isBlank() && signerName.isBlank()) {
            return;
        }
        List<String> offLines = regular.wrap(printable.multiLine(signOff), CONTENT_WIDTH);
        List<String> nameLines = regular.wrap(printable.multiLine(signerName), CONTENT_WIDTH);
        lines(offLines, regular, LEFT);
        cursor.down(signatureSpace);
        lines(nameLines, regular, LEFT);
        cursor.down(paragraphGap);
    }

    private float enclosuresHeight(List<String> enclosures) {
        if (enclosures.isEmpty()) {
            return 0;
        }
        float height = 2 * paragraphGap + 4f + bold.leading();
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

    /**
     * What of list item {@code i} must share a page: all of it when it is short ({@value #SHORT_ITEM_LINES} lines or
     * fewer), or its first two lines.
     */
    private float itemKeep(List<String> items, int i) {
        int lines = regular.wrap(printable.multiLine(items.get(i)), CONTENT_WIDTH - BULLET_INDENT).size();
        return (lines <= SHORT_ITEM_LINES ? lines : 2) * regular.leading();
    }

    /**
     * A list, item by item: a short item is never split across pages, and the last item never starts a page alone
     * (the one before it goes over with it), so a complaint's list does not leave its last line at the top of page 2.
     */
    private void bullets(List<String> items, IntFunction<String> marker) throws IOException {
        float textWidth = CONTENT_WIDTH - BULLET_INDENT;
        for (int i = 0; i < items.size(); i++) {
            List<String> lines = regular.wrap(printable.multiLine(items.get(i)), textWidth);
            float keep = itemKeep(items, i);
            if (i == items.size() - 2 && lines.size() <= SHORT_ITEM_LINES) {
                keep = lines.size() * regular.leading() + 2f + itemKeep(items, i + 1);
            }
            cursor.keepTogether(keep);
            cursor.textRightAligned(regular.font(), regular.size(), LEFT + BULLET_INDENT - 1.5f * MM,
                    regular.baseline(cursor.top()), marker.apply(i));
            lines(lines, regular, LEFT + BULLET_INDENT);
            cursor.down(2f);
        }
        cursor.down(paragraphGap - 2f);
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
