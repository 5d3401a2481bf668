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
 */
public record ReceivedLetter(long id, long caseId, Optional<LocalDate> dated, LocalDate received, String from,
                             String summary, Optional<Long> scanDocumentId, Optional<Long> inReplyTo) {

    public ReceivedLetter {
        Objects.requireNonNull(dated, "dated");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(scanDocumentId, "scanDocumentId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        from = from == null ? "" : from.strip();
        summary = summary == null ? "" : summary.strip();
    }

    /** The same letter with this scan (or photo) of it attached. */
    public ReceivedLetter withScan(long documentId) {
        return new ReceivedLetter(id, caseId, dated, received, from, summary, Optional.of(documentId), inReplyTo);
    }

    public ReceivedLetter withId(long newId) {
        return new ReceivedLetter(newId, caseId, dated, received, from, summary, scanDocumentId, inReplyTo);
    }

    public String title() {
        return from.isEmpty() ? Words.text("correspondence.received.title")
                : Words.text("correspondence.received.titleFrom", from);
    }
}
