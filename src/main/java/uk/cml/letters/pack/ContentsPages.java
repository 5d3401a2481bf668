package uk.cml.letters.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.PageWriter;
import uk.cml.letters.TableColumn;

/**
 * The contents, written after everything else (so every page is known) and then moved to just after the cover.
 * How many pages the contents take is found first by laying them out in a scratch document: the page numbers are all
 * the same width (CML-0001), so the real contents take exactly as many pages.
 */
final class ContentsPages {

    /**
     * @param pageIndex where the part starts, counted from 0 before the contents are put in
     * @param item      a letter within a section, printed indented under it
     */
    record Entry(String title, int pageIndex, boolean item) {
    }

    private ContentsPages() {
    }

    static int count(List<Entry> entries) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PageWriter writer = new PageWriter(scratch);
            writer.newPage();
            write(writer, entries, 0);
            writer.close();
            return scratch.getNumberOfPages();
        }
    }

    /** Writes the contents; {@code contentsPages} is how many pages they take, by which every later page moves on. */
    static void write(PageWriter writer, List<Entry> entries, int contentsPages) throws IOException {
        writer.title("Contents");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Cover", PackNumbers.label(1)));
        for (Entry entry : entries) {
            rows.add(List.of(entry.item() ? "\u2013 " + entry.title() : entry.title(),
                    PackNumbers.label(entry.pageIndex() + contentsPages + 1)));
        }
        writer.block(new LetterBlock.Table(List.of(TableColumn.left("Part", 6), TableColumn.right("Page", 1.1)),
                rows));
    }

    /** Moves the pages from {@code firstIndex} to the end so they follow the cover. */
    static void moveAfterCover(PDDocument document, int firstIndex) {
        PDPageTree pages = document.getPages();
        int count = pages.getCount() - firstIndex;
        for (int i = 0; i < count; i++) {
            PDPage page = pages.get(firstIndex + i);
            pages.remove(firstIndex + i);
            pages.insertBefore(page, pages.get(1 + i));
        }
    }
}
