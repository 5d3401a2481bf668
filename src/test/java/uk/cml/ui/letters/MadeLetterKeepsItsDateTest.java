package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

/**
 * Reviewer's find: a letter the app made is dated the day it was made, and that date is printed on it; its log entry
 * took an earlier "Date written" and a posting before the printed date, so the pack showed a copy dated 5 Dec as
 * posted on 4 Nov with a certificate. The date written of a letter the app made stays the date printed on it.
 */
class MadeLetterKeepsItsDateTest extends WithAPage {

    /** Reviewer rv7: the refusal said what not to do, not how to record the letter she had posted before. */
    @Test
    void anEarlierDateWrittenIsRefusedBesideTheField() {
        long caseId = harness.currentCase.get().id();
        long id = harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 22),
                Optional.empty(), new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "Missed Direct Pay payments", ""));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> text("#sent-written").contains("22"));

        interact(() -> ((uk.cml.ui.common.UkDateField) lookup("#sent-written").query())
                .setDate(LocalDate.of(2026, 11, 4)));
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        interact(() -> method.setValue(PostingMethod.FIRST_CLASS));
        interact(() -> ((uk.cml.ui.common.UkDateField) lookup("#sent-posted").query())
                .setDate(LocalDate.of(2026, 11, 4)));
        interact(() -> ((javafx.scene.control.Button) lookup("#letters-save").query()).fire());

        Label error = lookup("#sent-written-error").query();
        waitUntil("the date written is refused", () -> interactAndGet(error::isVisible));
        assertEquals("This letter was made in the app on 22 Nov 2026, and that date is printed on it. Keep that "
                + "date; if you posted it, the posting date is on or after it. If what you posted was an earlier "
                + "letter, log that one instead: click \"Log a letter you sent\" on the Letters page and enter the day you "
                + "posted it, then move this one to the Bin.", interactAndGet(error::getText));
        SentLetter kept = harness.services.sentLetters.find(id).orElseThrow();
        assertFalse(kept.isPosted(), "nothing saved");
        assertEquals(LocalDate.of(2026, 11, 22), kept.written());
        assertTrue(kept.madeByTheApp());
    }
}
