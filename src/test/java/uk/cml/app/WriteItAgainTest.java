package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.privacy.MovableClock;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.SaveTarget;
import uk.cml.ui.shell.Destination;

/**
 * Found by a reviewer: a letter confirming a call, its heading and words edited, made, logged as posted; the app
 * closed and opened again, "Write a letter" offered the same call's letter in the template's own words, with no sign
 * it had been written and posted, and the Letters list and the pack named it by the template ("Confirming call with
 * CMS"), not by the heading the parent typed and posted. Real stores, wired as the app wires them, on SQLite in a
 * temp folder; the writer by its controls' ids.
 */
@ExtendWith(ApplicationExtension.class)
class WriteItAgainTest extends AppRobot {

    private static final String EDITED_HEADING = "Our phone call on 19 November 2026 - EDITED BY ME";

    @TempDir
    Path folder;
    final MovableClock clock = new MovableClock(CLOCK.instant(), CLOCK.getZone());
    final Background background = new Background();
    AppServices services;
    CaseFile caseFile;
    Stage stage;

    @Start
    void start(Stage primary) {
        // Each writer gets a window of its own.
    }

    @BeforeEach
    void aCaseWithACall() {
        services = AppServices.open(folder.resolve("data"), clock);
        services.cases.completeSetup(TestParents.samTaylor(),
                CaseFileBuilder.jordanReed().livingAt("BD1 4QT", "3 Mill Lane").cmsReference("121234567890").build());
        caseFile = services.cases.cases().get(0);
        services.calls.add(new Call(0, caseFile.id(), LocalDateTime.of(2026, 11, 19, 10, 15),
                CallDirection.I_CALLED, "", "Karen", "Direct Pay arrears team", "", "I asked about the payments",
                "", Optional.empty(), "", Optional.empty(), false, false, null));
    }

    @AfterEach
    void close() {
        closeWriter();
        background.close();
        services.close();
    }

    private void closeWriter() {
        if (stage != null) {
            Stage closing = stage;
            interact(closing::close);
            stage = null;
        }
    }

    /** A writer as the app opens it after a restart: nothing carried over but what the records hold. */
    private void openWriter() {
        SaveTarget suggested = (owner, path) -> Optional.of(path);
        interact(() -> {
            LetterWriterView writer = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile),
                    c -> LetterWiring.facts(services, c),
                    c -> services.calls.calls(c.id()).stream().map(LetterWiring::callChoice).toList(),
                    services.addressBook::entries, new uk.cml.letters.LetterPdfRenderer(clock),
                    LetterWiring.keeper(services), folder.resolve("Letters"), suggested,
                    uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1100, 760));
            stage.show();
            writer.shown();
            LetterStarts.open(writer, new Destination.LetterFromTemplate(LetterTemplates.CONFIRM_CALL.key()),
                    LocalDate.of(2026, 11, 22), id -> null);
        });
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("the letter is drafted", () -> !interactAndGet(makePdf::isDisabled));
    }

    private TextArea opening() {
        return lookup("#letter-blocks .text-area").queryAllAs(TextArea.class).stream()
                .filter(area -> area.getText().startsWith("My name is")).findFirst().orElseThrow();
    }

    /** The call letter made with the parent's own heading and an extra sentence, then logged as posted. */
    private SentLetter madeEditedAndPosted() {
        openWriter();
        javafx.scene.control.TextInputControl heading = lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class);
        TextArea opening = opening();
        interact(() -> {
            heading.setText(EDITED_HEADING);
            opening.setText(opening.getText() + " MY EXTRA SENTENCE.");
        });
        press("#letter-make-pdf");
        waitUntil("the letter is logged", () -> services.sentLetters.letters(caseFile.id()).size() == 1);
        SentLetter made = services.sentLetters.letters(caseFile.id()).get(0);
        // Posted as the Letters page records it: the form builds the letter again from what it shows.
        services.sentLetters.correct(new SentLetter(made.id(), made.caseId(), made.written(),
                Optional.of(LocalDate.of(2026, 11, 23)), made.to(), made.subject(), made.kind(),
                made.copyDocumentId(), Optional.of(PostingMethod.FIRST_CLASS), made.proof(), "", made.replyBy(),
                made.inReplyTo(), Optional.empty(), made.printedReplyBy(), made.answersDecision(), made.chases(),
                made.confirmsCall()));
        closeWriter();
        return made;
    }

    @Test
    void theLettersListAndThePackNameTheLetterByTheHeadingPrintedInIt() {
        madeEditedAndPosted();
        SentLetter posted = services.sentLetters.letters(caseFile.id()).get(0);
        assertTrue(posted.isPosted());
        assertEquals(EDITED_HEADING + " (to Child Maintenance Service)", posted.title(),
                "the Letters list, the pack's index and register, the timeline and the to-dos all use title()");
        assertTrue(services.sentLetters.timeline(caseFile.id()).stream()
                .anyMatch(e -> e.title().startsWith(EDITED_HEADING)), "the timeline too");
    }

    @Test
    void writingItAgainSaysItWasPostedAndStartsFromTheWordsSent() {
        madeEditedAndPosted();
        openWriter();
        Label made = lookup("#letter-made-before").queryAs(Label.class);
        waitUntil("the writer says the letter was written and posted", () -> interactAndGet(made::getText)
                .startsWith("You wrote this on 22 Nov 2026 and posted it on 23 Nov 2026."));
        assertTrue(interactAndGet(() -> lookup("#letter-open-made").queryAs(Button.class).isVisible()),
                "a way to open the letter already made");
        assertEquals(EDITED_HEADING, interactAndGet(() -> lookup("#letter-heading").queryAs(javafx.scene.control.TextInputControl.class)
                .getText()), "the heading as sent, not the template's");
        assertTrue(interactAndGet(() -> opening().getText()).endsWith(" MY EXTRA SENTENCE."),
                "the words as sent, not the template's");
        assertEquals("", interactAndGet(() -> lookup("#letter-in-place-of").queryAs(Label.class).getText()),
                "a posted letter is never offered to be replaced");
    }

    @Test
    void theListOfLettersSaysWhichWasAlreadyWrittenForThisCall() {
        madeEditedAndPosted();
        openWriter();
        Label made = lookup("#letter-made-before").queryAs(Label.class);
        waitUntil("the writer has read the letters log", () -> !interactAndGet(made::getText).isEmpty());
        clickOn("#letter-template");
        waitUntil("the list is open", () -> !lookup(".list-cell").queryAll().isEmpty());
        List<String> cells = interactAndGet(() -> lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getText).filter(t -> t != null).map(String::valueOf).toList());
        assertTrue(cells.stream().anyMatch(t -> t.startsWith(LetterTemplates.CONFIRM_CALL.title())
                && t.contains("written 22 Nov 2026, posted 23 Nov 2026")), cells.toString());
        type(javafx.scene.input.KeyCode.ESCAPE);
    }
}
