package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.FinalResponseAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Deadline;
import uk.cml.ui.WithAPage;

/**
 * A CMS letter logged without choosing which of the parent's letters it answers, while the parent's complaint waits
 * for the CMS's final response: the form still asks whether it only says the complaint has arrived and whether it is
 * the final response, says which complaint letter the questions are about, and Where it stands reads the answers (the
 * Independent Case Examiner's 6 months from a final response; the target to acknowledge met by an acknowledgement,
 * which is logged as the reply to that letter). With no complaint waiting, nothing is asked; a letter logged before
 * keeps its link, or its lack of one. The complaint was posted on Mon 2 Nov 2026; today is 22 Nov 2026.
 */
class UnlinkedLetterQuestionsTest extends WithAPage {

    long complaintId;

    @BeforeEach
    void open() {
        LocalDate posted = LocalDate.of(2026, 11, 2);
        complaintId = harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    private void openPage() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        waitFor("#letters-new-received");
    }

    private boolean asked(String id) {
        return interactAndGet(() -> lookup(id).query().getParent().isVisible());
    }

    private boolean noteShown() {
        return interactAndGet(() -> lookup("#received-open-complaint").query().isVisible());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> box(String id) {
        return (ComboBox<T>) lookup(id).query();
    }

    private List<ReceivedLetter> letters() {
        return harness.services.receivedLetters.letters(caseId);
    }

    private List<Deadline> standing() {
        return harness.services.standing.report(caseId, LocalDate.of(2026, 11, 22)).complaint().deadlines();
    }

    @Test
    void anUnlinkedFinalResponseIsAskedAndStartsTheExaminersSixMonths() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "Letter from a senior manager");
        waitUntil("asked, the complaint being open", () -> asked("#received-acknowledgement"));
        assertTrue(asked("#received-final-response"));
        assertEquals(null, interactAndGet(() -> this.<SentLetter>box("#received-answers").getValue()),
                "still not a reply to one of the parent's letters");
        assertTrue(noteShown());
        assertEquals("Your complaint is waiting for the CMS's final response (your letter of 2 Nov 2026: Complaint "
                + "about collection), so the questions below ask about it. If this letter only says your complaint "
                + "has arrived, it is logged as the reply to that letter.",
                interactAndGet(() -> lookup("#received-open-complaint").queryAs(Label.class).getText()));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.NO));
        interact(() -> this.<FinalResponseAnswer>box("#received-final-response").setValue(FinalResponseAnswer.YES));
        press("#letters-save");
        waitUntil("saved", () -> letters().size() == 1);
        ReceivedLetter saved = letters().get(0);
        assertEquals(Optional.empty(), saved.inReplyTo(), "the parent linked it to nothing: nothing is linked");
        assertTrue(saved.isSaidFinalResponse());
        assertTrue(standing().stream().anyMatch(d -> d.action().equals("Write to the Independent Case Examiner")
                && !d.done()), standing().toString());
    }

    @Test
    void anUnlinkedAcknowledgementIsLoggedAsTheReplyToTheComplaintAndAnswersTheTargetLate() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "They have got my letter");
        waitUntil("asked", () -> asked("#received-acknowledgement"));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        waitUntil("the complaint chosen under A reply to, in sight", () -> interactAndGet(() -> Optional.ofNullable(
                this.<SentLetter>box("#received-answers").getValue()).map(SentLetter::id))
                .equals(Optional.of(complaintId)));
        waitUntil("no final-response question for an acknowledgement", () -> !asked("#received-final-response"));
        assertFalse(noteShown(), "linked: the note has said its piece");
        press("#letters-save");
        waitUntil("saved", () -> letters().size() == 1);
        ReceivedLetter saved = letters().get(0);
        assertEquals(Optional.of(complaintId), saved.inReplyTo());
        assertTrue(saved.isSaidAcknowledgementOnly());
        // Delivered Wed 4 Nov, the target was Fri 6 Nov: an acknowledgement that came on 22 Nov answers it, late,
        // and the page says it was not met rather than "done" (reviewer 4's complaint of 5 Oct).
        Deadline acknowledge = standing().stream().filter(d -> d.what().startsWith(
                "CMS target to acknowledge your complaint")).findFirst().orElseThrow();
        assertTrue(acknowledge.done(), "answered by the acknowledgement");
        assertTrue(acknowledge.late(), "after its target: " + acknowledge.what());
        assertEquals("CMS target to acknowledge your complaint: not met, the first answer is dated 22 Nov 2026",
                acknowledge.what());
        assertTrue(standing().stream().anyMatch(d -> d.what().startsWith("CMS target to reply") && !d.done()),
                "the reply is still to come: " + standing());
    }

    @Test
    void aYesTakenOffTheComplaintByNotAReplyIsClearedInSightAndNotSaved() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "They have got my letter");
        waitUntil("asked", () -> asked("#received-acknowledgement"));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        waitUntil("the Yes linked it to the complaint", () -> interactAndGet(() -> Optional.ofNullable(
                this.<SentLetter>box("#received-answers").getValue()).map(SentLetter::id))
                .equals(Optional.of(complaintId)));
        // The parent sets "A reply to" back to "Not a reply to one of your letters".
        interact(() -> this.<SentLetter>box("#received-answers").setValue(null));
        assertTrue(asked("#received-acknowledgement"), "still asked: the complaint still waits");
        assertEquals(null, interactAndGet(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .getValue()), "the Yes that linked it is taken back, in sight");
        Label why = lookup("#received-acknowledgement-taken-back").queryAs(Label.class);
        assertTrue(interactAndGet(why::isVisible));
        assertEquals("Your Yes was taken back because you chose Not a reply to one of your letters: a letter that "
                + "only says your complaint has arrived is logged as the reply to it. If that is all this letter says, "
                + "choose Yes again.", interactAndGet(why::getText));
        assertTrue(noteShown(), "the note says which complaint the question is about");
        assertTrue(asked("#received-final-response"), "no Yes: the final-response question is asked again");
        press("#letters-save");
        waitUntil("saved", () -> letters().size() == 1);
        ReceivedLetter saved = letters().get(0);
        assertEquals(Optional.empty(), saved.inReplyTo(), "as the form showed: not a reply");
        assertEquals(Optional.empty(), saved.acknowledgement(), "as the form showed: not answered");
        Deadline acknowledge = standing().stream().filter(d -> d.what().equals(
                "CMS target to acknowledge your complaint")).findFirst().orElseThrow();
        assertFalse(acknowledge.done(), "nothing the form did not show counts");
    }

    @Test
    void aYesGivenAgainAfterNotAReplyLinksItAgain() {
        openPage();
        press("#letters-new-received");
        type("#received-summary", "They have got my letter");
        waitUntil("asked", () -> asked("#received-acknowledgement"));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        interact(() -> this.<SentLetter>box("#received-answers").setValue(null));
        interact(() -> this.<AcknowledgementAnswer>box("#received-acknowledgement")
                .setValue(AcknowledgementAnswer.YES));
        waitUntil("linked again", () -> interactAndGet(() -> Optional.ofNullable(
                this.<SentLetter>box("#received-answers").getValue()).map(SentLetter::id))
                .equals(Optional.of(complaintId)));
        assertFalse(interactAndGet(() -> lookup("#received-acknowledgement-taken-back").query().isVisible()),
                "the word about the Yes taken back has gone");
        press("#letters-save");
        waitUntil("saved", () -> letters().size() == 1);
        assertEquals(Optional.of(complaintId), letters().get(0).inReplyTo());
        assertTrue(letters().get(0).isSaidAcknowledgementOnly());
    }

    @Test
    void withTheFinalResponseLoggedANewUnlinkedLetterIsNotAsked() {
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "Senior manager's letter", Optional.empty(),
                Optional.empty(), Optional.of(FinalResponseAnswer.YES)), Optional.empty());
        openPage();
        press("#letters-new-received");
        type("#received-summary", "Payment schedule");
        assertFalse(asked("#received-acknowledgement"));
        assertFalse(asked("#received-final-response"));
        assertFalse(noteShown());
    }

    @Test
    void aLetterLoggedBeforeKeepsItsAnswerAndStaysUnlinked() {
        // As V031 answered it: the old rule read "ack" as an acknowledgement; it was linked to nothing.
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 16)),
                LocalDate.of(2026, 11, 18), "Child Maintenance Service", "ack of my letter", Optional.empty(),
                Optional.empty()).saidAcknowledgement(), Optional.empty());
        openPage();
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the letter is listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the letter is open", () -> "ack of my letter".equals(text("#received-summary")));
        assertEquals(AcknowledgementAnswer.YES, interactAndGet(() -> this.<AcknowledgementAnswer>box(
                "#received-acknowledgement").getValue()));
        assertEquals(null, interactAndGet(() -> this.<SentLetter>box("#received-answers").getValue()));
        type("#received-from", " office");
        press("#letters-save");
        waitUntil("saved", () -> letters().get(0).from().endsWith("office"));
        assertEquals(Optional.empty(), letters().get(0).inReplyTo(), "no link it did not have");
        assertEquals(Optional.of(AcknowledgementAnswer.YES), letters().get(0).acknowledgement());
    }
}
