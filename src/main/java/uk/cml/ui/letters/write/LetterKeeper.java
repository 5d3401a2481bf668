package uk.cml.ui.letters.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;

/**
 * What happens to a letter once its PDF is saved: a copy kept with the case's documents and an entry in the letters
 * log as written, not yet posted. Called off the JavaFX thread; the app wires it to the stores.
 */
public interface LetterKeeper {

    /** Does nothing; for when no store is available yet. Returns the sentence shown after saving. */
    LetterKeeper NONE = (caseId, pdf, template, facts, answering) -> "";

    /**
     * Keeps the saved letter; returns a short sentence for the parent about what was kept, or "".
     *
     * @param answering the received letter this one answers, when the parent began it with "Write a reply"
     */
    String keep(long caseId, Path savedPdf, LetterTemplate template, LetterFacts facts, Optional<Long> answering)
            throws Exception;

    /**
     * Keeps the saved letter in place of the earlier letter {@code inPlaceOf} (when present), which goes to the Bin in
     * the same transaction as the new one is logged, unless its sending has been recorded since. A keeper that lists
     * no letters ({@link #letters}) is never asked to replace one.
     */
    default String keep(long caseId, Path savedPdf, LetterTemplate template, LetterFacts facts,
            Optional<Long> answering, Optional<Long> inPlaceOf) throws Exception {
        if (inPlaceOf.isPresent()) {
            throw new IllegalStateException("This keeper cannot replace a letter");
        }
        return keep(caseId, savedPdf, template, facts, answering);
    }

    /**
     * Keeps the saved letter as {@link #keep(long, Path, LetterTemplate, LetterFacts, Optional, Optional)} does, with
     * the heading printed in it (what the letter is called in the Letters list and the pack) and its words as drafted
     * and as the parent left them ({@link KeptWords#text}), so that writing it again starts from them. A keeper that
     * keeps no words keeps the letter without them.
     */
    default String keep(long caseId, Path savedPdf, LetterTemplate template, LetterFacts facts,
            Optional<Long> answering, Optional<Long> inPlaceOf, String heading, String words) throws Exception {
        return keep(caseId, savedPdf, template, facts, answering, inPlaceOf);
    }

    /** Opens the copy kept of a letter made earlier, in the computer's own PDF viewer; does nothing if none. */
    default void open(SentLetter letter) throws Exception {
    }

    /** The case's letters as the log holds them, for the writer to find one the new letter would replace. */
    default List<SentLetter> letters(long caseId) {
        return List.of();
    }

    /** The records' fingerprint line printed at the foot of the letter's last page; "" for none. */
    default String fingerprint() {
        return "";
    }
}
