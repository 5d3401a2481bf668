package uk.cml.store;

import java.util.Optional;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.ReceivedLetter;

/**
 * For tests written while the parent's summary decided whether a letter was the CMS's final response, or only its
 * acknowledgement: the letter with the parent's Yes exactly where the old rules read its summary so, as V030 and V031
 * answer letters kept before the questions ({@link OldFinalResponseWords}, {@link OldAcknowledgementWords}). A
 * question already answered is left as it is. New tests state the answers instead.
 */
public final class AsAnsweredBefore {

    private AsAnsweredBefore() {
    }

    public static ReceivedLetter answered(ReceivedLetter letter) {
        ReceivedLetter answered = letter.finalResponse().isEmpty() && OldFinalResponseWords.readAsFinal(letter.summary())
                ? letter.withFinalResponse(Optional.of(FinalResponseAnswer.YES)) : letter;
        return answered.acknowledgement().isEmpty() && !answered.isSaidFinalResponse()
                && OldAcknowledgementWords.readAsAcknowledgement(answered.summary())
                ? answered.withAcknowledgement(Optional.of(AcknowledgementAnswer.YES)) : answered;
    }
}
