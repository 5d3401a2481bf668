package uk.cml.ui.letters;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.KeptLetterWords;
import uk.cml.ui.common.AttachmentField;

/**
 * A reviewer chose "1st class" on the Write a letter page for her complaint (its targets count from it), made it, and
 * opened it on the Letters page to say she had posted it: "How it was sent" was empty, to choose again. The form now
 * starts from the choice the letter was made with; a letter made without that choice, or logged by hand, is left for
 * the parent to choose, and a way of sending on record is never replaced.
 */
@ExtendWith(ApplicationExtension.class)
class SentLetterFormTakesThePostingChosenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate MADE = LocalDate.of(2026, 12, 5);

    @Start
    void start(Stage primary) {
        // Only the toolkit: the form is not shown.
    }

    private static SentLetterForm form() {
        return new SentLetterForm(CLOCK, SeededFacts.calendar(),
                new AttachmentField("sent-copy", null, null, () -> 1, null, "copy"),
                new AttachmentField("sent-cert-photo", null, null, () -> 1, null, "photo"));
    }

    private static SentLetter made(Optional<PostingMethod> chosen, Optional<PostingMethod> onRecord) {
        Map<String, String> fields = new HashMap<>();
        chosen.ifPresent(how -> KeptLetterWords.putPostedBy(fields, how));
        return new SentLetter(3, 1, MADE, Optional.empty(), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"), "Complaint to CMS",
                LetterKind.COMPLAINT, Optional.empty(), onRecord, ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "Complaint to CMS", KeptLetterWords.text(fields));
    }

    @SuppressWarnings("unchecked")
    private static PostingMethod shown(SentLetter letter) {
        SentLetterForm form = form();
        PostingMethod[] out = new PostingMethod[1];
        boolean[] typing = new boolean[1];
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
                form.edit(letter, Optional.empty(), "");
                out[0] = ((ComboBox<PostingMethod>) form.grid.lookup("#sent-method")).getValue();
                typing[0] = form.hasUnsavedTyping();
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertFalse(typing[0], "opening the letter is no typing");
        return out[0];
    }

    @Test
    void theFormStartsFromThePostingChosenWhenTheLetterWasMade() {
        assertEquals(PostingMethod.FIRST_CLASS, shown(made(Optional.of(PostingMethod.FIRST_CLASS), Optional.empty())));
        assertEquals(PostingMethod.SECOND_CLASS, shown(made(Optional.of(PostingMethod.SECOND_CLASS),
                Optional.empty())));
    }

    @Test
    void aLetterMadeWithoutTheChoiceIsLeftToChoose() {
        assertNull(shown(made(Optional.empty(), Optional.empty())));
    }

    @Test
    void aWayOfSendingOnRecordStands() {
        assertEquals(PostingMethod.SIGNED_FOR, shown(made(Optional.of(PostingMethod.FIRST_CLASS),
                Optional.of(PostingMethod.SIGNED_FOR))));
    }
}
