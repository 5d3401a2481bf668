package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.DraftKeeper;
import uk.cml.ui.shell.Destination;

/**
 * A call a letter logged by hand names as the call it follows up is confirmed in writing: the Calls page says which
 * letter, and does not offer the letter confirming it again. A call no letter names is still offered it.
 */
class ConfirmedCallNotOfferedTest extends WithAPage {

    static final LocalDate POSTED = LocalDate.of(2026, 11, 12);

    private long call(LocalDateTime at, String spokeTo) {
        return harness.services.calls.add(new Call(0, harness.currentCase.get().id(), at, CallDirection.I_CALLED, "",
                spokeTo, "", "", "", "", Optional.empty(), "", Optional.empty(), false, false, null));
    }

    @Test
    void aCallAHandLoggedFollowUpNamesIsNotOfferedTheLetterAgain() throws Exception {
        long caseId = harness.currentCase.get().id();
        long confirmed = call(LocalDateTime.of(2026, 11, 10, 10, 15), "Priya");
        long notConfirmed = call(LocalDateTime.of(2026, 11, 11, 9, 0), "Tom");
        harness.services.sentLetters.save(new SentLetter(0, caseId, POSTED, Optional.of(POSTED),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Confirming my call", LetterKind.FOLLOW_UP_TO_CALL, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty())
                .confirming(Optional.of(confirmed)));
        CallsView page = new CallsView(harness.services.calls, harness.services.addressBook, harness.background,
                CLOCK, harness.services.calendar, harness.currentCase, destination -> { }, DraftKeeper.none(),
                harness.services.sentLetters::letters);
        show(page);

        interact(() -> page.show(new Destination.CallSelecting(confirmed)));
        Label said = waitFor("#call-confirmed-in");
        waitUntil("the page says the call is confirmed", () -> interactAndGet(said::isVisible));
        assertEquals("Confirmed in writing: your letter written 12 Nov 2026 and posted 12 Nov 2026 names this call "
                + "as the one it confirms.", interactAndGet(said::getText));
        Button offer = lookup("#call-confirm-letter").query();
        assertFalse(interactAndGet(offer::isVisible), "the letter confirming it is not offered again");
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "calls-confirmed-in-writing.png");

        interact(() -> page.show(new Destination.CallSelecting(notConfirmed)));
        waitUntil("the other call is open and offered the letter", () -> interactAndGet(
                () -> offer.isVisible() && !said.isVisible()));
        assertTrue(interactAndGet(() -> !offer.isDisabled()));
    }
}
