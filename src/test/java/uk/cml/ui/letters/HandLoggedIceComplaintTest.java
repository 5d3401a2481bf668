package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.UkDateField;

/**
 * A complaint to the Independent Case Examiner logged by hand (today Fri 4 Dec 2026), posted that day 1st class:
 * delivered Tue 8 Dec. The facts give ICE no time to reply and the CMS's 15 working days are the CMS's, not ICE's, so
 * it is watched as the app's own ICE letter of the same day asks ICE to confirm it has the complaint: 10 working
 * days, Tue 22 Dec 2026 (the CMS's target would have given Thu 31 Dec, past Christmas and the Boxing Day substitute).
 */
class HandLoggedIceComplaintTest extends WithAPage {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 4);

    private Label posted(String to, String subject) {
        long caseId = harness.currentCase.get().id();
        harness.services.sentLetters.save(new SentLetter(0, caseId, WRITTEN, Optional.empty(),
                new Recipient(Optional.empty(), to, "PO Box 209\nBootle\nL20 7WA"), subject, LetterKind.COMPLAINT,
                Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        LettersView page = LettersPages.open(harness, TODAY);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        Label hint = waitFor("#sent-reply-by-suggestion");
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        UkDateField posted = lookup("#sent-posted").query();
        interact(() -> {
            posted.setDate(WRITTEN);
            method.setValue(PostingMethod.FIRST_CLASS);
        });
        waitUntil("the posting is counted", () -> hint.getText().contains("delivered on"));
        return hint;
    }

    @Test
    void aComplaintToIceIsWatchedAsTheAppsIceLetterAsks() {
        Label hint = posted("Independent Case Examiner", "Complaint to the Independent Case Examiner");
        assertEquals("22 Dec 2026", text("#sent-reply-by"));
        String said = interactAndGet(hint::getText);
        assertTrue(said.contains("10 working days"), said);
    }

    @Test
    void aComplaintSentToIceIsIcesWhateverItsSubject() {
        posted("Independent Case Examiner", "Complaint about the CMS");
        assertEquals("22 Dec 2026", text("#sent-reply-by"));
    }
}
