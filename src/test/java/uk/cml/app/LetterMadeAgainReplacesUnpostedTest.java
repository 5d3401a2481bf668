package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.todo.TodoItem;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.SaveTarget;

/**
 * A parent makes a letter, then makes it again (a payment corrected in between): the writer says the new one takes
 * the place of the one not posted yet, and after Make PDF there is one letter to post, the earlier one in the Bin
 * with its PDF (which comes back with it). Ticking "Keep both letters" keeps both; a posted letter is never touched. Real stores on a
 * SQLite file in a temp folder, the writer driven by control id.
 */
@ExtendWith(ApplicationExtension.class)
class LetterMadeAgainReplacesUnpostedTest extends AppRobot {

    private static final String WILL_REPLACE = "You made this letter on 22 Nov 2026 and have not posted it yet. If you"
            + " make it again, the new one replaces it; the earlier copy goes to the Bin, where you can put it back.";

    @TempDir
    Path folder;
    final Background background = new Background();
    AppServices services;
    CaseFile caseFile;
    LetterWriterView writer;
    Stage stage;

    @Start
    void start(Stage primary) {
        // The writer gets a window of its own.
    }

    @BeforeEach
    void aCase() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121234567890").build());
        caseFile = services.cases.cases().get(0);
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
        background.close();
        services.close();
    }

    private void openWriter() {
        SaveTarget suggested = (owner, path) -> Optional.of(path);
        interact(() -> {
            writer = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile),
                    c -> LetterWiring.facts(services, c), c -> List.of(), services.addressBook::entries,
                    new uk.cml.letters.LetterPdfRenderer(CLOCK), LetterWiring.keeper(services),
                    folder.resolve("Letters"), suggested, uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1100, 760));
            stage.show();
            writer.shown();
            writer.start(LetterTemplates.ARREARS_BREAKDOWN);
        });
    }

    /** Makes the PDF and waits for the log to say it is kept; a new heading each time, as after a correction. */
    private String make(String heading) {
        javafx.scene.control.TextInputControl headingField = lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class);
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled() && !headingField.getText().isEmpty());
        interact(() -> headingField.setText(heading));
        Label status = lookup("#letter-status").queryAs(Label.class);
        // The line shows the page's status (bound): a new "Saved as", not the last one, says this one is kept.
        String before = interactAndGet(status::getText);
        press("#letter-make-pdf");
        waitUntil("kept", () -> status.getText().startsWith("Saved as") && !status.getText().equals(before));
        return status.getText();
    }

    private Label notice() {
        return lookup("#letter-in-place-of").queryAs(Label.class);
    }

    private List<TodoItem> toPost() {
        return services.sentLetters.todos(caseFile.id(), LocalDate.of(2026, 11, 22)).stream()
                .filter(t -> t.what().startsWith("Post your letter")).toList();
    }

    @Test
    void theLetterMadeAgainTakesThePlaceOfTheOneNotPostedWhichGoesToTheBinWithItsPdf() {
        openWriter();
        make("Breakdown of the arrears");
        assertEquals(1, toPost().size());
        waitUntil("the writer says the next one replaces it", () -> WILL_REPLACE.equals(notice().getText()));
        assertTrue(notice().isVisible() && lookup("#letter-keep-both").query().isVisible(), "said, and Keep both offered");
        SentLetter first = services.sentLetters.letters(caseFile.id()).get(0);

        String said = make("Breakdown of the arrears, with the payment corrected");

        // Its PDF stays in the folder, beside the new one, named so the parent posts the new one.
        assertTrue(said.endsWith("The letter you made on 22 Nov 2026 is in the Bin with its copy from Documents, "
                + "where you can put them back. Its file, 2026-11-22 Breakdown of the arrears.pdf, is still in the "
                + "folder you saved it in: post the new one, not that one."), said);
        List<SentLetter> letters = services.sentLetters.letters(caseFile.id());
        assertEquals(1, letters.size(), "one letter to post");
        assertFalse(letters.get(0).id() == first.id(), "the new one");
        assertEquals(1, toPost().size(), "the Overview lists one letter to post");
        assertEquals(List.of(first.id()), services.sentLetters.binned(caseFile.id()).stream()
                .map(b -> b.sourceId()).toList(), "the earlier one is in the Bin");
        assertEquals("Letter made, not posted", services.sentLetters.binned(caseFile.id()).get(0).kind(),
                "never called sent in the Bin");
        long earlierCopy = first.copyDocumentId().orElseThrow();
        assertFalse(services.documents.documents(caseFile.id()).stream().anyMatch(d -> d.id() == earlierCopy),
                "the earlier PDF went to the Bin with its letter");
        assertTrue(services.documents.binned(caseFile.id()).stream().anyMatch(d -> d.id() == earlierCopy));
        assertTrue(Files.exists(services.documents.fileOf(services.documents.find(earlierCopy).orElseThrow())),
                "its file kept");
        assertTrue(letters.get(0).copyDocumentId().orElseThrow() != earlierCopy);

        services.sentLetters.restore(first.id());
        assertEquals(2, services.sentLetters.letters(caseFile.id()).size(), "put back from the Bin");
        assertTrue(services.documents.documents(caseFile.id()).stream().anyMatch(d -> d.id() == earlierCopy),
                "with its PDF");
    }

    @Test
    void keepBothKeepsBothAndAPostedLetterIsNeverOffered() {
        openWriter();
        make("Breakdown of the arrears");
        waitUntil("the writer offers to replace it", () -> WILL_REPLACE.equals(notice().getText()));
        clickOn("#letter-keep-both");
        assertTrue(lookup("#letter-keep-both").queryAs(CheckBox.class).isSelected());
        make("Breakdown of the arrears, again");
        assertEquals(2, services.sentLetters.letters(caseFile.id()).size(), "both kept");
        assertEquals(List.of(), services.sentLetters.binned(caseFile.id()));

        for (SentLetter l : services.sentLetters.letters(caseFile.id())) {
            services.sentLetters.correct(new SentLetter(l.id(), l.caseId(), l.written(),
                    Optional.of(LocalDate.of(2026, 11, 22)), l.to(), l.subject(), l.kind(), l.copyDocumentId(),
                    Optional.of(PostingMethod.FIRST_CLASS), l.proof(), l.trackingNumber(), l.replyBy(),
                    l.inReplyTo(), l.trackedDelivery(), l.printedReplyBy(), l.answersDecision()));
        }
        interact(() -> writer.shown());
        waitUntil("nothing offered for posted letters", () -> notice().getText().isEmpty()
                && !notice().isVisible() && !lookup("#letter-keep-both").query().isVisible());
        make("Breakdown of the arrears, a third");
        assertEquals(3, services.sentLetters.letters(caseFile.id()).size(), "posted letters untouched");
        assertEquals(List.of(), services.sentLetters.binned(caseFile.id()));
    }
}
