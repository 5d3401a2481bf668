package uk.cml.letters.pack;

import java.util.List;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.store.CallStore;
import uk.cml.store.CaseStore;
import uk.cml.store.DocumentRecordStore;
import uk.cml.store.NoteStore;
import uk.cml.store.PaymentStore;
import uk.cml.store.ReceivedLetterStore;
import uk.cml.store.SentLetterStore;

/**
 * The stores a pack is gathered from.
 *
 * @param timeline every area whose entries belong in the chronology (the same list the Timeline page shows)
 */
public record PackStores(CaseStore cases, PaymentStore payments, CallStore calls, SentLetterStore sentLetters,
                         ReceivedLetterStore receivedLetters, DocumentRecordStore documents, NoteStore notes,
                         List<TimelineSource> timeline) {

    public PackStores {
        timeline = List.copyOf(timeline);
    }
}
