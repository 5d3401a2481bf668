package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.AcknowledgementAnswer;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.WithAPage;

/**
 * A CMS letter saved before the form took back a Yes to "only says the CMS has received your complaint" when "A reply
 * to" was set to "Not a reply": it keeps the Yes and no link. Opened, the form must not say it "is logged as the reply
 * to that letter": it is not. It says what the records hold and what Where it stands does with it (counts it only
 * when what it says in brief mentions a complaint, as it reads any letter linked to nothing), and how to link it. The
 * record is read as it is, not changed. The complaint was posted on Mon 2 Nov 2026; today is 22 Nov 2026.
 */
class OldUnlinkedAcknowledgementTest extends WithAPage {

    @BeforeEach
    void open() {
        LocalDate posted = LocalDate.of(2026, 11, 2);
        harness.services.sentLetters.save(new SentLetter(0, caseId, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"),
                "Complaint about collection", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }

    /** Saves the letter as an older version of the form could: Yes, linked to nothing. */
    private void oldRow(String summary) {
        harness.services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 4)),
                LocalDate.of(2026, 11, 6), "Child Maintenance Service", summary, Optional.empty(), Optional.empty())
                .saidAcknowledgement(), Optional.empty());
    }

    private String openedNote() {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("listed", () -> received.getItems().size() == 1);
        interact(() -> received.getSelectionModel().select(0));
        waitUntil("the note is shown", () -> interactAndGet(() -> lookup("#received-open-complaint").query()
                .isVisible()));
        @SuppressWarnings("unchecked")
        ComboBox<AcknowledgementAnswer> yes = (ComboBox<AcknowledgementAnswer>) lookup("#received-acknowledgement")
                .query();
        assertEquals(AcknowledgementAnswer.YES, interactAndGet(yes::getValue), "the parent's answer is shown as kept");
        return interactAndGet(() -> lookup("#received-open-complaint").queryAs(Label.class).getText());
    }

    private boolean acknowledgedOnWhereItStands() {
        return harness.services.standing.report(caseId, LocalDate.of(2026, 11, 22)).complaint().deadlines().stream()
                .anyMatch(d -> d.what().startsWith("CMS target to acknowledge") && d.done());
    }

    @Test
    void anOldYesLinkedToNothingIsNotSaidToBeTheReply() {
        oldRow("They have got my letter");
        assertTrue(!acknowledgedOnWhereItStands(), "linked to nothing, naming no complaint: not counted");
        assertEquals("You answered Yes to the question below, but this letter was saved as not a reply, so it is not "
                + "linked to your letter of 2 Nov 2026 (Complaint about collection), and Where it stands does not count "
                + "it as the CMS saying your complaint has arrived. If that is all it says, choose that letter under "
                + "\"A reply to\" and save; if not, answer No.", openedNote());
        assertEquals(Optional.empty(), harness.services.receivedLetters.letters(caseId).get(0).inReplyTo(),
                "the record is read as it is");
    }

    @Test
    void anOldYesNamingAComplaintSaysWhereItStandsCountsIt() {
        oldRow("They say they have received my complaint");
        assertTrue(acknowledgedOnWhereItStands(), "linked to nothing, naming a complaint: counted");
        assertEquals("You answered Yes to the question below, but this letter was saved as not a reply, so it is not "
                + "linked to your letter of 2 Nov 2026 (Complaint about collection). Where it stands still counts it "
                + "as the CMS saying your complaint has arrived, because what it says in brief mentions a complaint. "
                + "To link it, choose that letter under \"A reply to\" and save.", openedNote());
    }
}
