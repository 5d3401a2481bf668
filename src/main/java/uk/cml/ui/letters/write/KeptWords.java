package uk.cml.ui.letters.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.TableColumn;

/**
 * A letter's changed words as the drafts file keeps them through a log-off, a shutdown or a kill: the words as
 * drafted from the records and as the parent had them, both, so that next time they go into a fresh draft the way
 * words kept in the same run do ({@link DraftEdits#carryInto}). A table is never edited (it comes from the records),
 * so only its place among the blocks is kept.
 */
final class KeptWords {

    private static final String BLOCKS = "blocks";
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
    private static final LetterBlock.Table A_TABLE = new LetterBlock.Table(List.of(TableColumn.left("", 1)),
            List.of());

    private KeptWords() {
    }

    /** The changes as fields to keep, with the money lost as typed in its rows. */
    static Map<String, String> fields(DraftEdits edits, List<LossRows.Row> losses) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "drafted", edits.drafted());
        put(fields, "typed", edits.words());
        fields.put(LOSSES, String.valueOf(losses.size()));
        for (int i = 0; i < losses.size(); i++) {
            fields.put(LOSS + i + ".what", losses.get(i).what());
            fields.put(LOSS + i + ".how", losses.get(i).howWorkedOut());
            fields.put(LOSS + i + ".amount", losses.get(i).amount());
        }
        return fields;
    }

    /**
     * The changes as fields to keep, with the money lost and what the parent chose for the letter, each choice only
     * where the letter offered it (a complaint said, how it is posted): the letters log keeps them with the letter
     * made ({@link #text}), and the drafts file with the typing not yet in a PDF, so both come back with the words.
     */
    static Map<String, String> fields(DraftEdits edits, List<LossRows.Row> losses,
            uk.cml.letters.templates.LetterChoices choices, uk.cml.letters.templates.LetterDraft.Offers offers) {
        Map<String, String> fields = fields(edits, losses);
        if (offers.complaint().isPresent()) {
            fields.put(SAY_COMPLAINT, String.valueOf(choices.sayComplaint()));
        }
        if (offers.posting()) {
            fields.put(POSTED_BY, choices.postedBy().name());
        }
        return fields;
    }

    /**
     * What the parent chose for the letter, as kept with its words: the complaint said or not, and how it is posted
     * ({@code otherwise}'s posting when that was not kept).
     */
    static uk.cml.letters.templates.LetterChoices choices(Map<String, String> fields,
            uk.cml.letters.templates.LetterChoices otherwise) {
        return new uk.cml.letters.templates.LetterChoices(saidComplaint(fields),
                postedBy(fields).orElse(otherwise.postedBy()));
    }

    /**
     * The changes as one text, for the letters log to keep with the letter made (key=value lines, escaped as a
     * properties file is), so that writing it again starts from the parent's words.
     */
    static String text(DraftEdits edits, List<LossRows.Row> losses) {
        return text(edits, losses, uk.cml.letters.templates.LetterChoices.NONE,
                uk.cml.letters.templates.LetterDraft.Offers.NONE);
    }

    /**
     * The same, with what the parent chose for the letter, each choice kept only where the letter offered it (a
     * complaint said, how it is posted), so that writing it again starts from those choices too.
     */
    static String text(DraftEdits edits, List<LossRows.Row> losses, uk.cml.letters.templates.LetterChoices choices,
            uk.cml.letters.templates.LetterDraft.Offers offers) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(fields(edits, losses, choices, offers));
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            properties.store(out, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The date line properties files begin with says nothing the log needs.
        return out.toString().lines().filter(line -> !line.startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The fields kept as {@link #text}; none when there is no text or it cannot be read. */
    static Map<String, String> fields(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new java.io.StringReader(text));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> fields.put(name, properties.getProperty(name)));
        return fields;
    }

    /** Whether the letter kept said the parent would complain; false when it was not kept (never offered). */
    static boolean saidComplaint(Map<String, String> fields) {
        return Boolean.parseBoolean(fields.getOrDefault(SAY_COMPLAINT, "false"));
    }

    /** How the parent said the letter kept would be posted, when it asked; none otherwise. */
    static Optional<uk.cml.domain.correspondence.PostingMethod> postedBy(Map<String, String> fields) {
        try {
            return Optional.ofNullable(fields.get(POSTED_BY)).map(uk.cml.domain.correspondence.PostingMethod::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The money lost as typed in its rows, as kept; none when not kept. */
    static List<LossRows.Row> losses(Map<String, String> fields) {
        int count;
        try {
            count = Integer.parseInt(fields.getOrDefault(LOSSES, "0"));
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<LossRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(count, LossesEditor.MOST_ROWS); i++) {
            rows.add(new LossRows.Row(fields.getOrDefault(LOSS + i + ".what", ""),
                    fields.getOrDefault(LOSS + i + ".how", ""), fields.getOrDefault(LOSS + i + ".amount", "")));
        }
        return rows;
    }

    /** The changes kept, or none when the fields are not whole (a file from another version, cut short). */
    static DraftEdits edits(Map<String, String> fields) {
        Optional<DraftEdits.Words> drafted = words(fields, "drafted");
        Optional<DraftEdits.Words> typed = words(fields, "typed");
        return drafted.isPresent() && typed.isPresent() ? DraftEdits.between(drafted.get(), typed.get())
                : DraftEdits.none();
    }

    private static void put(Map<String, String> fields, String which, DraftEdits.Words words) {
        fields.put(which + HEADING, words.heading());
        fields.put(which + "." + BLOCKS, String.valueOf(words.body().size()));
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

    private static Optional<DraftEdits.Words> words(Map<String, String> fields, String which) {
        String heading = fields.get(which + HEADING);
        int count;
        try {
            count = Integer.parseInt(fields.getOrDefault(which + "." + BLOCKS, ""));
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
        return heading == null ? Optional.empty() : Optional.of(new DraftEdits.Words(heading, body));
    }

    /** A list's items, one a line, as the block editors read them. */
    private static List<String> items(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
