package uk.cml.ui.letters.write;

import java.nio.file.Path;
import java.util.Optional;
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

    /** The records' fingerprint line printed at the foot of the letter's last page; "" for none. */
    default String fingerprint() {
        return "";
    }
}
