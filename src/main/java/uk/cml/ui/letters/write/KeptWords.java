package uk.cml.ui.letters.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.letters.KeptLetterWords;

/**
 * A letter's changed words as the drafts file keeps them through a log-off, a shutdown or a kill: the words as
 * drafted from the records and as the parent had them, both, so that next time they go into a fresh draft the way
 * words kept in the same run do ({@link DraftEdits#carryInto}). A table is never edited (it comes from the records),
 * so only its place among the blocks is kept. The form itself is the letters layer's ({@link KeptLetterWords}), the
 * one the spreadsheet export reads the words as printed with.
 */
final class KeptWords {

    private KeptWords() {
    }

    /** The changes as fields to keep, with the money lost as typed in its rows. */
    static Map<String, String> fields(DraftEdits edits, List<LossRows.Row> losses) {
        Map<String, String> fields = new LinkedHashMap<>();
        KeptLetterWords.putWords(fields, KeptLetterWords.DRAFTED, kept(edits.drafted()));
        KeptLetterWords.putWords(fields, KeptLetterWords.TYPED, kept(edits.words()));
        KeptLetterWords.putLosses(fields, losses.stream()
                .map(r -> new KeptLetterWords.Loss(r.what(), r.howWorkedOut(), r.amount())).toList());
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
            KeptLetterWords.putSaidComplaint(fields, choices.sayComplaint());
        }
        if (offers.posting()) {
            KeptLetterWords.putPostedBy(fields, choices.postedBy());
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
        return KeptLetterWords.text(fields(edits, losses, choices, offers));
    }

    /** The fields kept as {@link #text}; none when there is no text or it cannot be read. */
    static Map<String, String> fields(String text) {
        return KeptLetterWords.read(text).orElse(Map.of());
    }

    /** Whether the letter kept said the parent would complain; false when it was not kept (never offered). */
    static boolean saidComplaint(Map<String, String> fields) {
        return KeptLetterWords.saidComplaint(fields);
    }

    /** How the parent said the letter kept would be posted, when it asked; none otherwise. */
    static Optional<uk.cml.domain.correspondence.PostingMethod> postedBy(Map<String, String> fields) {
        return KeptLetterWords.postedBy(fields);
    }

    /** The money lost as typed in its rows, as kept; none when not kept. */
    static List<LossRows.Row> losses(Map<String, String> fields) {
        return KeptLetterWords.losses(fields, LossesEditor.MOST_ROWS).stream()
                .map(l -> new LossRows.Row(l.what(), l.how(), l.amount())).toList();
    }

    /** The changes kept, or none when the fields are not whole (a file from another version, cut short). */
    static DraftEdits edits(Map<String, String> fields) {
        Optional<DraftEdits.Words> drafted = words(fields, KeptLetterWords.DRAFTED);
        Optional<DraftEdits.Words> typed = words(fields, KeptLetterWords.TYPED);
        return drafted.isPresent() && typed.isPresent() ? DraftEdits.between(drafted.get(), typed.get())
                : DraftEdits.none();
    }

    private static KeptLetterWords.Words kept(DraftEdits.Words words) {
        return new KeptLetterWords.Words(words.heading(), words.body());
    }

    private static Optional<DraftEdits.Words> words(Map<String, String> fields, String which) {
        return KeptLetterWords.words(fields, which).map(w -> new DraftEdits.Words(w.heading(), w.body()));
    }
}
