package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;

/**
 * A follow-up to a call logged by hand keeps the call the parent chose in {@code letter_sent.confirms_call} (V021,
 * no new column): saved and read back, corrected to another call with the earlier link kept in the history, and
 * cleared the same way. Real SQLite in a temp folder.
 */
class HandLoggedFollowUpCallTest extends WithJordanReedsCase {

    static final LocalDate POSTED = LocalDate.of(2026, 11, 12);

    private static SentLetter followUp(long caseId, Optional<Long> call) {
        return new SentLetter(0, caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Confirming my call", LetterKind.FOLLOW_UP_TO_CALL, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty())
                .confirming(call);
    }

    private static Call call(long caseId, LocalDateTime at, String spokeTo) {
        return new Call(0, caseId, at, CallDirection.I_CALLED, "", spokeTo, "", "", "", "", Optional.empty(), "",
                Optional.empty(), false, false, null);
    }

    @Test
    @DisplayName("the call chosen is saved, read back, corrected with the earlier link kept, and cleared")
    void theLinkIsSavedAndCorrectedWithHistory() {
        CallStore calls = records.calls();
        long first = calls.add(call(caseId, LocalDateTime.of(2026, 11, 10, 10, 15), "Priya"));
        long second = calls.add(call(caseId, LocalDateTime.of(2026, 11, 11, 9, 0), "Tom"));
        SentLetterStore sent = records.sentLetters();

        long id = sent.save(followUp(caseId, Optional.of(first)));
        assertEquals(Optional.of(first), sent.find(id).orElseThrow().confirmsCall());
        assertEquals(Optional.of(first), sent.letters(caseId).get(0).confirmsCall());

        sent.correct(sent.find(id).orElseThrow().confirming(Optional.of(second)));
        assertEquals(Optional.of(second), sent.find(id).orElseThrow().confirmsCall());
        assertEquals(List.of(Optional.of(first)), sent.history(id).stream()
                .map(v -> v.earlier().confirmsCall()).toList(), "the earlier link is kept");

        sent.correct(sent.find(id).orElseThrow().confirming(Optional.empty()));
        assertEquals(Optional.empty(), sent.find(id).orElseThrow().confirmsCall());
        assertEquals(2, sent.history(id).size(), "clearing it is a correction too");
    }
}
