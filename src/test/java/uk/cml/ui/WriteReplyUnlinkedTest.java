package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;

/**
 * Write a reply to a CMS acknowledgement the parent logged without linking it to their complaint, in the whole app,
 * with two cases: the reason nothing is chosen gives the reply date from that case's own complaint, and goes when
 * the parent changes case.
 */
class WriteReplyUnlinkedTest extends WithTheApp {

    private static final String DUE_BY = "No letter is suggested: the CMS is still dealing with your complaint, so wait"
            + " for its reply, due by 15 Dec 2026, or pick a letter yourself.";
    private static final String NO_DATE = "No letter is suggested: the CMS is still dealing with your complaint, so"
            + " wait for its reply, or pick a letter yourself.";

    /**
     * Jordan Reed's case: a complaint posted in November, its reply watched for 15 Dec 2026, and the CMS's
     * acknowledgement logged with no link. Alex Green's case: an acknowledgement too, but no complaint logged.
     */
    @BeforeEach
    void twoCasesEachWithAnUnlinkedAcknowledgement() {
        withCase(caseOf("Jordan Reed"), (services, jordan) -> {
            long alex = services.cases.create(caseOf("Alex Green"));
            services.sentLetters.save(new SentLetter(0, jordan, LocalDate.of(2026, 11, 10),
                    Optional.of(LocalDate.of(2026, 11, 10)), new Recipient(Optional.empty(),
                    "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                    "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                    ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 12, 15)), Optional.empty()));
            for (long caseId : new long[] {jordan, alex}) {
                services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 17)),
                        LocalDate.of(2026, 11, 19), "Child Maintenance Service", "Acknowledgement of my complaint",
                        Optional.empty(), Optional.empty()).saidAcknowledgement(), Optional.empty());
            }
        });
        openTheApp();
    }

    private static CaseFile caseOf(String otherParent) {
        return CaseFileBuilder.jordanReed().otherParent(otherParent).children().build();
    }

    /** Writes a reply to the one CMS letter of the case open, once the list shows that case's letter. */
    private Label writeAReplyToTheOneLetter() {
        long caseId = switcher().getValue().id();
        press("#nav-letters");
        TableView<ReceivedLetter> received = waitFor("#letters-received-table");
        waitUntil("the case's CMS letter is listed", () -> received.getItems().size() == 1
                && received.getItems().get(0).caseId() == caseId);
        press("#letters-tab-received");
        // The row showing the letter (the table keeps spare rows from the last case's list, out of sight).
        click(lookup("#letters-received-table .table-row-cell").match((TableRow<?> row) -> row.isVisible()
                && row.getItem() != null).query());
        press("#letters-write-reply");
        return waitFor("#letter-template-why-none");
    }

    private ChoiceBox<CaseFile> switcher() {
        ChoiceBox<CaseFile> switcher = lookup("#case-switcher").queryAs(ChoiceBox.class);
        waitUntil("a case is open", () -> switcher.getValue() != null);
        return switcher;
    }

    @Test
    void theReplyDateComesFromTheCasesOwnComplaintAndTheSentenceGoesWithTheCase() {
        ChoiceBox<CaseFile> switcher = switcher();
        assertEquals("Jordan Reed", switcher.getValue().otherParentName());
        Label why = writeAReplyToTheOneLetter();
        waitUntil("the sentence with the complaint's reply date", () -> DUE_BY.equals(why.getText()));
        ComboBox<?> template = lookup("#letter-template").queryAs(ComboBox.class);
        assertEquals(null, template.getValue());

        interact(() -> switcher.setValue(switcher.getItems().get(1)));
        waitUntil("the sentence has gone", () -> !why.isVisible() && why.getText().isEmpty());
        assertEquals(LetterTemplates.all().get(0), template.getValue(), "the first letter, as on opening");
        javafx.scene.control.TextInputControl heading = lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class);
        waitUntil("the letter drafted for the new case", () -> !heading.getText().isEmpty()
                && lookup("#letter-status").queryAs(Label.class).getText().isEmpty());
        assertFalse(why.isVisible());

        Label other = writeAReplyToTheOneLetter();
        waitUntil("no complaint logged on this case: no date", () -> NO_DATE.equals(other.getText()));
        assertFalse(other.getText().contains("15 Dec 2026"), "never the other case's date");
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "nothing to make");
    }
}
