package uk.cml.letters;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * The one form a letter's words are kept in with the letter the app made (the letters log's {@code made_words}) and
 * in the drafts file through a log-off or a shutdown: key=value lines, escaped as a properties file is, with the
 * words as drafted from the records ({@link #DRAFTED}) beside the words as the parent printed them ({@link #TYPED}),
 * the money lost the parent typed, row by row, and what the parent chose for the letter. The letter writer reads it
 * back to start again from the parent's words; the spreadsheet export reads it to give the words as printed. One
 * reader and writer for both, so the two never read the same text two ways. A table is never kept (it comes from the
 * records): only its place among the blocks.
 */
public final class KeptLetterWords {

    /** The words as drafted from the records, with their unfilled [brackets]. */
    public static final String DRAFTED = "drafted";
    /** The words as the parent had them: what the letter printed. */
    public static final String TYPED = "typed";

    private static final String BLOCKS = ".blocks";
    private static final String HEADING = ".heading";
    private static final String PARAGRAPH = "paragraph";
    private static final String SUB_HEADING = "sub-heading";
    private static final String REQUESTS = "requests";
    private static final String LIST = "list";
    private static final String TABLE = "table";
    private static final String LOSSES = "losses";
    private static final String LOSS = "loss.";
    private static final String SAY_COMPLAINT = "choice.say-complaint";
    private static final String POSTED_BY = "choice.posted-by";

    /** Where a table stood: never put into a letter, only counted as one of its kind. */
    public static final LetterBlock.Table A_TABLE = new LetterBlock.Table(List.of(TableColumn.left("", 1)),
            List.of());

    /** A letter's heading and blocks, as kept. */
    public record Words(String heading, List<LetterBlock> body) {
        public Words {
            body = List.copyOf(body);
        }
    }

    /** A row of the money lost, as the parent typed it for the letter. */
    public record Loss(String what, String how, String amount) {
    }

    private KeptLetterWords() {
    }

    /** Puts one set of words ({@link #DRAFTED} or {@link #TYPED}) into the fields. */
    public static void putWords(Map<String, String> fields, String which, Words words) {
        fields.put(which + HEADING, words.heading());
        fields.put(which + BLOCKS, String.valueOf(words.body().size()));
        for (int i = 0; i < words.body().size(); i++) {
            String at = which + "." + i + ".";
            LetterBlock block = words.body().get(i);
            if (block instanceof LetterBlock.Paragraph p) {
                fields.put(at + "kind", PARAGRAPH);
                fields.put(at + "text", p.text());
            } else if (block instanceof LetterBlock.SubHeading h) {
                fields.put(at + "kind", SUB_HEADING);
                fields.put(at + "text", h.text());
            } else if (block instanceof LetterBlock.RequestBox r) {
                fields.put(at + "kind", REQUESTS);
                fields.put(at + "title", r.title());
                fields.put(at + "text", String.join("\n", r.items()));
            } else if (block instanceof LetterBlock.BulletList b) {
                fields.put(at + "kind", LIST);
                fields.put(at + "text", String.join("\n", b.items()));
            } else {
                fields.put(at + "kind", TABLE);
            }
        }
    }

    /**
     * One set of words ({@link #DRAFTED} or {@link #TYPED}) as kept, a table as {@link #A_TABLE}; none when the
     * fields are not whole (a file from another version, cut short, a block of a kind not known).
     */
    public static Optional<Words> words(Map<String, String> fields, String which) {
        String heading = fields.get(which + HEADING);
        int count;
        try {
            count = Integer.parseInt(fields.getOrDefault(which + BLOCKS, "").strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<LetterBlock> body = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String at = which + "." + i + ".";
            String text = fields.getOrDefault(at + "text", "");
            LetterBlock block = switch (fields.getOrDefault(at + "kind", "")) {
                case PARAGRAPH -> new LetterBlock.Paragraph(text);
                case SUB_HEADING -> new LetterBlock.SubHeading(text);
                case REQUESTS -> new LetterBlock.RequestBox(fields.getOrDefault(at + "title", ""), items(text));
                case LIST -> new LetterBlock.BulletList(items(text));
                case TABLE -> A_TABLE;
                default -> null;
            };
            if (block == null) {
                return Optional.empty();
            }
            body.add(block);
        }
        return heading == null ? Optional.empty() : Optional.of(new Words(heading, body));
    }

    /** Puts the money lost, row by row. */
    public static void putLosses(Map<String, String> fields, List<Loss> losses) {
        fields.put(LOSSES, String.valueOf(losses.size()));
        for (int i = 0; i < losses.size(); i++) {
            fields.put(LOSS + i + ".what", losses.get(i).what());
            fields.put(LOSS + i + ".how", losses.get(i).how());
            fields.put(LOSS + i + ".amount", losses.get(i).amount());
        }
    }

    /** The money lost as kept, at most {@code most} rows; none when not kept or its count cannot be read. */
    public static List<Loss> losses(Map<String, String> fields, int most) {
        int count;
        try {
            count = Integer.parseInt(fields.getOrDefault(LOSSES, "0").strip());
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<Loss> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, most); i++) {
            rows.add(new Loss(fields.getOrDefault(LOSS + i + ".what", ""), fields.getOrDefault(LOSS + i + ".how", ""),
                    fields.getOrDefault(LOSS + i + ".amount", "")));
        }
        return rows;
    }

    /** Puts whether the letter said the parent would complain (only where the letter offered it). */
    public static void putSaidComplaint(Map<String, String> fields, boolean said) {
        fields.put(SAY_COMPLAINT, String.valueOf(said));
    }

    /** Puts how the parent said the letter would be posted (only where the letter asked). */
    public static void putPostedBy(Map<String, String> fields, PostingMethod postedBy) {
        fields.put(POSTED_BY, postedBy.name());
    }

    /** Whether the letter kept said the parent would complain; false when it was not kept (never offered). */
    public static boolean saidComplaint(Map<String, String> fields) {
        return Boolean.parseBoolean(fields.getOrDefault(SAY_COMPLAINT, "false"));
    }

    /** How the parent said the letter kept would be posted, when it asked; none otherwise. */
    public static Optional<PostingMethod> postedBy(Map<String, String> fields) {
        try {
            return Optional.ofNullable(fields.get(POSTED_BY)).map(PostingMethod::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The printed words of a kept letter, one line each: each paragraph's and sub-heading's lines, each list item and
     * each request. None when the text is not in this form (a letter the app did not make).
     */
    public static List<String> printedLines(String kept) {
        Optional<Words> typed = read(kept).flatMap(f -> words(f, TYPED));
        if (typed.isEmpty()) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (LetterBlock block : typed.get().body()) {
            if (block instanceof LetterBlock.RequestBox r) {
                r.items().forEach(item -> lines.addAll(item.lines().toList()));
            } else if (block instanceof LetterBlock.BulletList b) {
                b.items().forEach(item -> lines.addAll(item.lines().toList()));
            } else if (block instanceof LetterBlock.Paragraph p) {
                lines.addAll(p.text().lines().toList());
            } else if (block instanceof LetterBlock.SubHeading h) {
                lines.add(h.text());
            }
        }
        return lines;
    }

    /** The fields as one text (key=value lines, escaped as a properties file is), with no date line. */
    public static String text(Map<String, String> fields) {
        Properties properties = new Properties();
        properties.putAll(fields);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The date line properties files begin with says nothing the log needs.
        return out.toString().lines().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
    }

    /** The fields kept as {@link #text}; none when there is no text or it cannot be read as such. */
    public static Optional<Map<String, String>> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> fields.put(name, properties.getProperty(name)));
        return Optional.of(fields);
    }

    /** A list's items, one a line, as the block editors read them. */
    private static List<String> items(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
