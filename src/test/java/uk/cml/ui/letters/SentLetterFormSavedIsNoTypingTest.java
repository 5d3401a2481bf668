package uk.cml.ui.letters;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.AttachmentField;
import uk.cml.ui.common.UkDateField;

/**
 * The sent-letter form on its own (no window): a posting typed as 4/12/2026 and saved leaves no typing once the form
 * is closed, whatever the page sets in it as it is read afresh; and a saved letter opened and its date typed again in
 * another way (the certificate date following it) is not typing.
 */
@ExtendWith(ApplicationExtension.class)
class SentLetterFormSavedIsNoTypingTest extends AppRobot {

    private static final Clock LATE = Clock.fixed(Instant.parse("2026-12-04T23:40:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate POSTED = LocalDate.of(2026, 12, 4);

    @Start
    void start(Stage primary) {
        // Only the toolkit: the form is not shown.
    }

    private SentLetterForm form() {
        return new SentLetterForm(LATE, SeededFacts.calendar(),
                new AttachmentField("sent-copy", null, null, () -> 1, null, "copy"),
                new AttachmentField("sent-cert-photo", null, null, () -> 1, null, "photo"));
    }

    private static SentLetter unposted() {
        return new SentLetter(7, 1, POSTED, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Missed payments",
                LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void post(SentLetterForm form) {
        @SuppressWarnings("unchecked")
        ComboBox<PostingMethod> method = (ComboBox<PostingMethod>) form.grid.lookup("#sent-method");
        method.setValue(PostingMethod.SECOND_CLASS);
        ((UkDateField) form.grid.lookup("#sent-posted")).getEditor().setText("4/12/2026");
    }

    @Test
    void aFormClosedAfterItsSaveHoldsNoTyping() {
        interact(() -> {
            SentLetterForm form = form();
            form.edit(unposted(), Optional.empty(), "");
            post(form);
            assertTrue(form.hasUnsavedTyping(), "the posting typed");
            SentLetter saved = form.read(1).orElseThrow();
            assertEquals(Optional.of(POSTED), saved.posted());
            form.closed(); // saved: the lists shown again
            assertFalse(form.hasUnsavedTyping(), "saved, so nothing typed is left");
            // The page read afresh after the save sets the form's choices again.
            form.setAddressBook(List.of(new AddressBookEntry(3, AddressBookEntry.EntryKind.POSTAL,
                    "Child Maintenance Service", "PO Box 249", "", "", Optional.empty(), Optional.empty(), "")));
            form.setDecisions(List.of());
            assertFalse(form.hasUnsavedTyping(), "still nothing typed");
        });
    }

    @Test
    void theSavedLetterOpenedWithItsDateTypedAnotherWayIsNoTyping() {
        interact(() -> {
            SentLetterForm form = form();
            form.edit(unposted(), Optional.empty(), "");
            post(form);
            SentLetter saved = form.read(1).orElseThrow();
            form.closed();
            form.edit(saved, Optional.empty(), "");
            UkDateField posted = (UkDateField) form.grid.lookup("#sent-posted");
            assertEquals("4 Dec 2026", posted.getEditor().getText(), "the saved date, as the app writes it");
            UkDateField certificate = (UkDateField) form.grid.lookup("#sent-cert-date");
            assertEquals(Optional.of(POSTED), certificate.typedDate(), "the certificate's date follows the posting");
            assertFalse(form.hasUnsavedTyping(), "the date filled in for the certificate is how the form starts");
            posted.getEditor().setText("4/12/2026");
            assertFalse(form.hasUnsavedTyping(), "the same day, typed another way, is the saved answer");
        });
    }
}
