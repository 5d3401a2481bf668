package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ComboBox;
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
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.AppRobot;
import uk.cml.ui.PageHarness;

/**
 * A subject access request logged by hand is given one calendar month from delivery, moved on to the next working
 * day (the regulator's rule, and the date the app's own letter prints), not the 20 working days of a request for
 * information.
 */
@ExtendWith(ApplicationExtension.class)
class LogSubjectAccessTest extends AppRobot {

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

    private void fill(String id, String text) {
        javafx.scene.Node field = waitFor(id);
        javafx.scene.control.ScrollPane scroll = lookup("#letters-editor").query();
        interact(() -> {
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
        type(id, text);
    }

    @Test
    void aMonthFromDeliveryOnToTheNextWorkingDay() {
        harness = new PageHarness(dataFolder);
        LettersView page = new LettersView(new LettersView.Stores(harness.services.sentLetters,
                harness.services.receivedLetters, harness.services.documents, harness.services.addressBook),
                harness.services.calendar, harness.background, CLOCK, harness.currentCase, harness.picker(),
                destination -> { });
        interact(() -> harness.show(page));

        press("#letters-new-sent");
        fill("#sent-written", "27/10/2026");
        fill("#sent-subject", "Subject access request");
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        ComboBox<LetterKind> kind = lookup("#sent-kind").query();
        interact(() -> {
            method.setValue(PostingMethod.FIRST_CLASS);
            kind.setValue(LetterKind.SUBJECT_ACCESS_REQUEST);
        });
        fill("#sent-to-name", "Child Maintenance Service");
        fill("#sent-posted", "27/10/2026");
        // Posted Tuesday 27 October: delivered Thursday 29th. A month is Sunday 29 November, so Monday 30th.
        // (Twenty working days would have said Thursday 26 November.)
        waitUntil("the month is suggested", () -> "30 Nov 2026".equals(text("#sent-reply-by")));
        assertEquals("Suggested: 30 Nov 2026. It counts as delivered on 29 Oct 2026, then one calendar month for a "
                + "reply (the next working day if that ends on a weekend or bank holiday). You can change it.",
                ((Label) lookup("#sent-reply-by-suggestion").query()).getText());
        press("#letters-save");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(harness.currentCase.get().id()).get(0);
        assertEquals(LetterKind.SUBJECT_ACCESS_REQUEST, saved.kind());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), saved.replyBy());
    }
}
