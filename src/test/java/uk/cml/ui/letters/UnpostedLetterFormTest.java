package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
 * A letter the app wrote but the parent has not posted: a reply counts from posting, so neither the list nor the
 * letter's form shows a reply date before then; they say to post it and log the proof. The date the letter prints is
 * kept, and comes back once the posting is entered. Here the breakdown request, whose date is the app's suggestion.
 */
class UnpostedLetterFormTest extends WithAPage {

    @Test
    void noReplyDateShowsUntilTheLetterIsPosted() {
        long caseId = harness.currentCase.get().id();
        Optional<LocalDate> printed = Optional.of(LocalDate.of(2027, 1, 4));
        harness.services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 20), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Ask for a breakdown of the arrears", LetterKind.REQUEST_FOR_INFORMATION, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", printed, Optional.empty(), Optional.empty(), printed));
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        assertTrue(lookup(node -> node instanceof Labeled cell && cell.isVisible()
                && "Post it first".equals(cell.getText())).tryQuery().isPresent(),
                "the list says what to do next");
        assertFalse(lookup(node -> node instanceof Labeled cell && cell.getText() != null
                && cell.getText().contains("4 Jan 2027")).tryQuery().isPresent(), "no reply date in the list");

        interact(() -> sent.getSelectionModel().select(0));
        Label hint = waitFor("#sent-reply-by-suggestion");
        waitUntil("the form is open", () -> hint.getText() != null && !hint.getText().isEmpty());
        UkDateField replyBy = lookup("#sent-reply-by").query();
        assertEquals("", text("#sent-reply-by"), "no reply date in the form before posting");
        assertTrue(replyBy.isDisabled());
        assertEquals("Not sent yet, so no reply is due. Send it, then enter the date and how you sent it. If you "
                + "post it, ask the Post Office for a free certificate of posting. The app then watches for a reply "
                + "by 4 Jan 2027, the date your letter asks for.", hint.getText());

        // The Post Office certificate is only for a letter that goes by post.
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        interact(() -> method.setValue(PostingMethod.EMAIL));
        waitUntil("the hint follows the method", () -> hint.getText().startsWith("Not sent yet, so no reply is due. "
                + "Send it, then enter the date you sent it. The app then watches"));
        assertFalse(hint.getText().contains("Post Office"), hint.getText());
        interact(() -> method.setValue(PostingMethod.SECOND_CLASS));
        waitUntil("the hint follows the method", () -> hint.getText().startsWith("Not posted yet, so no reply is "
                + "due. Post it and ask the Post Office for a free certificate of posting, then enter the date you "
                + "posted it. The app then watches"));

        // Entering the posting brings the letter's date back, as the app's suggestion.
        UkDateField posted = lookup("#sent-posted").query();
        interact(() -> {
            method.setValue(PostingMethod.FIRST_CLASS);
            posted.setDate(LocalDate.of(2026, 11, 21));
        });
        waitUntil("the date is back", () -> "4 Jan 2027".equals(text("#sent-reply-by")));
        assertFalse(replyBy.isDisabled());
        assertTrue(hint.getText().startsWith("Watch for a reply by 4 Jan 2027, the date your letter asks for: the "
                + "app's suggestion, not a CMS time limit. "), hint.getText());

        // Taking the posting out again and saving keeps the letter's date in the records.
        interact(() -> {
            posted.setDate(null);
            method.setValue(null);
        });
        waitUntil("the date is hidden again", () -> "".equals(text("#sent-reply-by")));
        interact(() -> ((javafx.scene.control.TextField) lookup("#sent-subject").query())
                .setText("Breakdown of the arrears"));
        press("#letters-save");
        waitUntil("saved", () -> harness.services.sentLetters.letters(caseId).get(0).subject()
                .equals("Breakdown of the arrears"));
        SentLetter saved = harness.services.sentLetters.letters(caseId).get(0);
        assertEquals(printed, saved.replyBy(), "the letter's date is kept for when it is posted");
        assertEquals(Optional.empty(), saved.posted());
    }
}
