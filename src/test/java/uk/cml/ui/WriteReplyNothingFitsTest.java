package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.testing.CaseFileBuilder;

/**
 * Write a reply to a CMS letter none of the app's letters answers, in the whole app: the writer opens with no letter
 * chosen and one sentence beside the list saying why and what to do, until the parent picks a letter.
 */
class WriteReplyNothingFitsTest extends WithTheApp {

    /** A complaint posted in October, its reply watched for 15 Dec 2026, and a CMS letter saying one will follow. */
    @BeforeEach
    void aComplaintTheCmsIsDealingWith() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            long complaint = services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 10),
                    Optional.of(LocalDate.of(2026, 11, 10)), new Recipient(Optional.empty(),
                    "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                    "Complaint to CMS", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                    ProofOfPostage.NONE, "", Optional.of(LocalDate.of(2026, 12, 15)), Optional.empty()));
            services.receivedLetters.save(new ReceivedLetter(0, caseId, Optional.of(LocalDate.of(2026, 11, 17)),
                    LocalDate.of(2026, 11, 19), "Child Maintenance Service",
                    "Complaint: their final response will follow", Optional.empty(), Optional.of(complaint)));
        });
        openTheApp();
    }

    @Test
    void nothingIsChosenAndOneSentenceSaysWhyUntilTheParentPicksALetter() {
        press("#nav-letters");
        TableView<?> received = waitFor("#letters-received-table");
        waitUntil("the CMS letter is listed", () -> received.getItems().size() == 1);
        press("#letters-tab-received");
        click(lookup("#letters-received-table .table-row-cell").nth(0).query());
        press("#letters-write-reply");

        Label why = waitFor("#letter-template-why-none");
        assertEquals("No letter is suggested: the CMS is still dealing with your complaint, so wait for its reply,"
                + " due by 15 Dec 2026, or pick a letter yourself.", why.getText());
        ComboBox<?> template = lookup("#letter-template").queryAs(ComboBox.class);
        assertNull(template.getValue(), "no letter chosen");
        assertTrue(lookup("#letter-make-pdf").queryAs(Button.class).isDisabled(), "nothing to make");
        assertTrue(lookup("#letter-print").queryAs(Button.class).isDisabled(), "nothing to print");
        waitUntil("the records read and still nothing chosen", () -> lookup("#letter-status").queryAs(Label.class)
                .getText().isEmpty() && template.getValue() == null);
        assertNull(lookup("#letter-preview").queryAs(ImageView.class).getImage(), "no page shown");
        assertEquals("", lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class).getText());
        Screenshots.save(window().getScene().getRoot(), "write-reply-nothing-fits");

        press("#letter-template");
        Node arrears = lookup(".list-cell").match((ListCell<?> cell) -> "Ask for a breakdown of the arrears"
                .equals(cell.getText())).query();
        click(arrears);
        waitUntil("the sentence has gone", () -> !why.isVisible());
        waitUntil("the letter is drafted", () -> !lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class).getText()
                .isEmpty());
        waitUntil("page 1 previewed", () -> lookup("#letter-preview").queryAs(ImageView.class).getImage() != null);
        assertEquals("", why.getText());
    }
}
