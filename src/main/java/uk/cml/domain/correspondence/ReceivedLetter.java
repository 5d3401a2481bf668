package uk.cml.domain.correspondence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Words;

/**
 * A letter the parent received, usually from the CMS.
 *
 * @param dated          the date printed on the letter, which can be days before it arrived
 * @param scanDocumentId the scan or photo of it, held as a document
 * @param inReplyTo      the sent letter this one answers, if any: that letter then counts as answered
 * @param finalResponse  the parent's answer to "Does this letter say it is the CMS's final response to your
 *                       complaint?" (empty: not asked or not answered)
 * @param acknowledgement the parent's answer to "Does this letter only say the CMS has received your complaint?"
 *                       (empty: not asked or not answered)
 */
public record ReceivedLetter(long id, long caseId, Optional<LocalDate> dated, LocalDate received, String from,
                             String summary, Optional<Long> scanDocumentId, Optional<Long> inReplyTo,
                             Optional<FinalResponseAnswer> finalResponse,
                             Optional<AcknowledgementAnswer> acknowledgement) {

    /** A letter with no answer to the acknowledgement question. */
    public ReceivedLetter(long id, long caseId, Optional<LocalDate> dated, LocalDate received, String from,
            String summary, Optional<Long> scanDocumentId, Optional<Long> inReplyTo,
            Optional<FinalResponseAnswer> finalResponse) {
        this(id, caseId, dated, received, from, summary, scanDocumentId, inReplyTo, finalResponse, Optional.empty());
    }

    /** A letter with no answer to the final-response question. */
    public ReceivedLetter(long id, long caseId, Optional<LocalDate> dated, LocalDate received, String from,
            String summary, Optional<Long> scanDocumentId, Optional<Long> inReplyTo) {
        this(id, caseId, dated, received, from, summary, scanDocumentId, inReplyTo, Optional.empty());
    }

    public ReceivedLetter {
        finalResponse = finalResponse == null ? Optional.empty() : finalResponse;
        acknowledgement = acknowledgement == null ? Optional.empty() : acknowledgement;
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(scanDocumentId, "scanDocumentId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        from = from == null ? "" : from.strip();
        summary = summary == null ? "" : summary.strip();
    }

    /** The same letter with this scan (or photo) of it attached. */
    public ReceivedLetter withScan(long documentId) {
        return new ReceivedLetter(id, caseId, dated, received, from, summary, Optional.of(documentId), inReplyTo,
                finalResponse, acknowledgement);
    }

    /** The same letter with the parent's answer to the final-response question (empty: none). */
    public ReceivedLetter withFinalResponse(Optional<FinalResponseAnswer> answer) {
        return new ReceivedLetter(id, caseId, dated, received, from, summary, scanDocumentId, inReplyTo, answer,
                acknowledgement);
    }

    /** The same letter, said by the parent to be the CMS's final response to their complaint. */
    public ReceivedLetter saidFinal() {
        return withFinalResponse(Optional.of(FinalResponseAnswer.YES));
    }

    /** The parent answered Yes: the letter says it is the CMS's final response. The one rule for the complaint. */
    public boolean isSaidFinalResponse() {
        return finalResponse.filter(FinalResponseAnswer.YES::equals).isPresent();
    }

    /** The same letter with the parent's answer to the acknowledgement question (empty: none). */
    public ReceivedLetter withAcknowledgement(Optional<AcknowledgementAnswer> answer) {
        return new ReceivedLetter(id, caseId, dated, received, from, summary, scanDocumentId, inReplyTo,
                finalResponse, answer);
    }

    /** The same letter, said by the parent only to say the CMS has received their complaint (or review request). */
    public ReceivedLetter saidAcknowledgement() {
        return withAcknowledgement(Optional.of(AcknowledgementAnswer.YES));
    }

    /**
     * The parent answered Yes: the letter only says the CMS has received the complaint (or review request). The one
     * rule for an acknowledgement. A letter also said to be the final response is the final response, not an
     * acknowledgement (the form does not let both be Yes; a final response answers the complaint).
     */
    public boolean isSaidAcknowledgementOnly() {
        return acknowledgement.filter(AcknowledgementAnswer.YES::equals).isPresent() && !isSaidFinalResponse();
    }

    public ReceivedLetter withId(long newId) {
        return new ReceivedLetter(newId, caseId, dated, received, from, summary, scanDocumentId, inReplyTo,
                finalResponse, acknowledgement);
    }

    public String title() {
        return from.isEmpty() ? Words.text("correspondence.received.title")
                : Words.text("correspondence.received.titleFrom", from);
    }
}
