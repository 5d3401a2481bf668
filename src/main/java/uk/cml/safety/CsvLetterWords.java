package uk.cml.safety;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import uk.cml.domain.Words;

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

    private static final String TYPED = "typed.";

    private CsvLetterWords() {
    }

    /** The words as printed; the text as kept when it is not in the writer's form (never lost). */
    static String asPrinted(String kept) {
        if (kept == null || kept.isBlank()) {
            return "";
        }
        Properties fields = new Properties();
        int blocks;
        try {
            fields.load(new StringReader(kept));
            blocks = Integer.parseInt(fields.getProperty(TYPED + "blocks", "").strip());
        } catch (IOException | IllegalArgumentException notTheWritersForm) {
            return CsvValues.safeText(kept);
        }
        List<String> parts = new ArrayList<>();
        String heading = fields.getProperty(TYPED + "heading", "").strip();
        if (!heading.isEmpty()) {
            parts.add(heading);
        }
        for (int i = 0; i < blocks; i++) {
            String at = TYPED + i + ".";
            String text = fields.getProperty(at + "text", "");
            switch (fields.getProperty(at + "kind", "")) {
                case "requests" -> parts.add(titled(fields.getProperty(at + "title", ""), items(text)));
                case "list" -> parts.add(items(text));
                case "table" -> parts.add(Words.text("safety.csv.letterTable"));
                default -> parts.add(text);
            }
        }
        List<String> losses = new ArrayList<>();
        int count = count(fields.getProperty("losses", "0"));
        for (int i = 0; i < count; i++) {
            String at = "loss." + i + ".";
            losses.add(Words.text("safety.csv.lossRow", fields.getProperty(at + "what", "").strip(),
                    fields.getProperty(at + "how", "").strip(), fields.getProperty(at + "amount", "").strip()));
        }
        if (!losses.isEmpty()) {
            parts.add(Words.text("safety.csv.lossesTyped") + "\n" + String.join("\n", losses));
        }
        return CsvValues.safeText(String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList()));
    }

    private static String titled(String title, String items) {
        return title.isBlank() ? items : title.strip() + (items.isEmpty() ? "" : "\n" + items);
    }

    /** A list's items, one a line as the writer keeps them, each as a line starting "- ". */
    private static String items(String text) {
        List<String> lines = new ArrayList<>();
        for (String item : text.split("\n", -1)) {
            if (!item.isBlank()) {
                lines.add("- " + item.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static int count(String kept) {
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(kept.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
