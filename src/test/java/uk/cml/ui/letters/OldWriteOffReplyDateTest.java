package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * A write-off reply logged by hand before the rule changed keeps the reply-by date it was saved with, Thu 24 Dec 2026
 * (30 days from its own delivery on Tue 24 Nov), where the rule now gives Fri 18 Dec (WriteOffReplyLoggedByHandTest).
 * Opening it shows the saved date in the box, unchanged, and the hint says both dates: the rule's, and that the
 * saved one is kept until the parent changes it. Nothing is saved by opening it.
 */
@ExtendWith(ApplicationExtension.class)
class OldWriteOffReplyDateTest extends AppRobot {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataFolder;
    PageHarness harness;

    @Start
    void start(Stage primary) {
        // The page opens in a window of its own (see PageHarness).
    }

    @AfterEach
    void close() {
        if (harness != null) {
            interact(harness::close);
        }
    }

    @Test
    void anOldReplyKeepsItsSavedDateAndTheHintSaysTheRulesDate() {
        harness = new PageHarness(dataFolder);
        long caseId = harness.currentCase.get().id();
        long proposal = harness.services.receivedLetters.save(new ReceivedLetter(0, caseId,
                Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "Child Maintenance Service",
                "We propose to write off £250.00 of the arrears. Reply within 30 days.", Optional.empty(),
                Optional.empty()), Optional.empty(), Optional.of(Decision.Kind.WRITE_OFF));
        LocalDate posted = LocalDate.of(2026, 11, 20);
        LocalDate old = LocalDate.of(2026, 12, 24);
        harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted), new Recipient(
                Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "My reply about the write-off", LetterKind.WRITE_OFF_REPLY, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(old),
                Optional.of(proposal)));
        LettersView page = LettersPages.open(harness, TODAY);
        interact(() -> harness.show(page));
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the reply is listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        Label hint = waitFor("#sent-reply-by-suggestion");
        waitUntil("the posting is counted", () -> interactAndGet(hint::getText).startsWith("Suggested:"));
        String said = interactAndGet(hint::getText);
        assertEquals("24 Dec 2026", text("#sent-reply-by"), "the saved date, unchanged: " + said);
        assertTrue(said.contains("18 Dec 2026"), said);
        assertTrue(said.endsWith("This letter keeps 24 Dec 2026, the date saved with it, until you change it to 18 Dec "
                + "2026 or another date."), "the hint says the saved date is kept: " + said);
        assertEquals(Optional.of(old), harness.services.sentLetters.letters(caseId).get(0).replyBy());
    }
}
