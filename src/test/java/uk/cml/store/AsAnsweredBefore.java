package uk.cml.store;

import java.util.Optional;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;

/**
 * For tests written while the parent's summary decided whether a letter was the CMS's final response: the letter with
 * the parent's Yes exactly where the old rule read its summary so, as V030 answers letters kept before the question
 * ({@link OldFinalResponseWords}). A letter already answered is left as it is. New tests state the answer instead.
 */
public final class AsAnsweredBefore {

    private AsAnsweredBefore() {
    }

    public static ReceivedLetter answered(ReceivedLetter letter) {
        return letter.finalResponse().isEmpty() && OldFinalResponseWords.readAsFinal(letter.summary())
                ? letter.withFinalResponse(Optional.of(FinalResponseAnswer.YES)) : letter;
    }
}
