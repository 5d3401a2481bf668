package uk.cml.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.letters.KeptLetterWords;
import uk.cml.letters.LetterBlock;

/**
 * A letter the app made, its words as the spreadsheet export writes them: as printed, in plain words. The letters log
 * keeps them in the letter writer's own form (key=value lines, escaped as a properties file is, with the words as
 * drafted from the records beside the words as the parent printed them, so that writing it again starts from the
 * parent's words). A parent opening the file needs the words they sent, not that form: the heading, then each block
 * (a sub-heading, a paragraph, a list or the box of requests) with a blank line between. A table is not kept (it comes
 * from the records), so where one stood the file says the copy of the letter has it. The draft's words, with their
 * unfilled [brackets], are the app's, not the parent's, and are left out; the money lost the parent typed for the
 * letter is kept, row by row.
 */
final class CsvLetterWords {

    /** As many rows of money lost as the export gives at the most. */
    private static final int MOST_LOSSES = 100;

    private CsvLetterWords() {
    }

    /**
     * The words as printed, read with the letter writer's own reader ({@link KeptLetterWords}); the text as kept when
     * it is not in the writer's form (never lost).
     */
    static String asPrinted(String kept) {
        if (kept == null || kept.isBlank()) {
            return "";
        }
        Optional<Map<String, String>> fields = KeptLetterWords.read(kept);
        Optional<KeptLetterWords.Words> typed = fields.flatMap(f -> KeptLetterWords.words(f, KeptLetterWords.TYPED));
        if (typed.isEmpty()) {
            return CsvValues.safeText(kept);
        }
        List<String> parts = new ArrayList<>();
        String heading = typed.get().heading().strip();
        if (!heading.isEmpty()) {
            parts.add(heading);
        }
        for (LetterBlock block : typed.get().body()) {
            if (block instanceof LetterBlock.RequestBox r) {
                parts.add(titled(r.title(), items(r.items())));
            } else if (block instanceof LetterBlock.BulletList b) {
                parts.add(items(b.items()));
            } else if (block instanceof LetterBlock.Paragraph p) {
                parts.add(p.text());
            } else if (block instanceof LetterBlock.SubHeading h) {
                parts.add(h.text());
            } else {
                parts.add(Words.text("safety.csv.letterTable"));
            }
        }
        List<String> losses = KeptLetterWords.losses(fields.get(), MOST_LOSSES).stream()
                .map(l -> Words.text("safety.csv.lossRow", l.what().strip(), l.how().strip(), l.amount().strip()))
                .toList();
        if (!losses.isEmpty()) {
            parts.add(Words.text("safety.csv.lossesTyped") + "\n" + String.join("\n", losses));
        }
        return CsvValues.safeText(String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList()));
    }

    private static String titled(String title, String items) {
        return title.isBlank() ? items : title.strip() + (items.isEmpty() ? "" : "\n" + items);
    }

    /** A list's items, each as a line starting "- ", blank ones left out. */
    private static String items(List<String> items) {
        return String.join("\n", items.stream().filter(i -> !i.isBlank()).map(i -> "- " + i.strip()).toList());
    }
}
