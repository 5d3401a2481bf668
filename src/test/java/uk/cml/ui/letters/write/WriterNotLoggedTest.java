package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.CmsReference;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.LettersOnRecord;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;

/**
 * The writer tells the parent, under the heading, when the CMS letter a write-off reply answers is not logged, and
 * still lets them make it: the parent may hold the letter and not have logged it yet.
 */
@ExtendWith(ApplicationExtension.class)
class WriterNotLoggedTest extends AppRobot {

    static final String GAP = "[the date of the CMS letter about writing off arrears]";

    @TempDir
    Path folder;
    final Background background = new Background();
    LetterWriterView writer;
    final SimpleObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    Stage stage;

    @Start
    void start(Stage primary) {
        // The writer gets a window of its own in each test.
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
        background.close();
    }

    private void open(LettersOnRecord records) {
        LetterFacts facts = LetterFacts.builder(new LetterFacts.Contact("Sam Taylor",
                List.of("14 Orchard Close", "LS6 2AB")), new LetterFacts.CaseDetails("Jordan Reed",
                List.of("3 Mill Lane", "BD1 4QT"), Optional.of(new CmsReference("121234567890")),
                Arrangement.DIRECT_PAY, List.of("Mia")), LocalDate.of(2026, 11, 22))
                .deadlines(new uk.cml.letters.templates.Deadlines(uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).onRecord(records).build();
        currentCase.set(new CaseFile(1, "Jordan Reed", Optional.of(new PostalAddress(List.of("3 Mill Lane"),
                "BD1 4QT")), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.of(new CmsReference("121234567890")), List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))),
                BigDecimal.valueOf(4)));
        List<AddressBookEntry> book = List.of(new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL,
                "Child Maintenance Service", "PO Box 249\nMitcheldean", "GL17 1AJ", "",
                Optional.of(AddressBookEntry.Role.CMS_GENERAL), Optional.empty(), ""));
        LetterKeeper keeper = (caseId, pdf, template, f, answering) -> "A copy is kept with your documents.";
        interact(() -> {
            writer = new LetterWriterView(background, currentCase, c -> facts, c -> List.of(), () -> book,
                    new LetterPdfRenderer(CLOCK), keeper, folder.resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1000, 750));
            stage.show();
            writer.shown();
            writer.start(LetterTemplates.WRITE_OFF_REPLY);
        });
        waitUntil("the gap for the date", () -> text("#letter-heading").contains(GAP));
    }

    /** The parent types the date of the CMS letter wherever the letter left the gap, and why they need the money. */
    private void fillIn(String date) {
        interact(() -> lookup(".text-area").queryAllAs(TextArea.class).forEach(area -> area.setText(area.getText()
                .replace(GAP, date).replace("[why you still need the money]", "I have debts."))));
        type("#letter-heading", text("#letter-heading").replace(GAP, date));
    }

    @Test
    void noLetterOfThatDateLoggedIsSaidAndTheLetterCanStillBeMade() {
        // A CMS letter proposing a write-off is logged (so the reply fits the case), of another date than typed.
        open(new LettersOnRecord(true, List.of(LocalDate.of(2026, 11, 4)), List.of(), List.of(), List.of(),
                List.of()).withWriteOffLetters(List.of(LocalDate.of(2026, 11, 4))));
        Label notLogged = lookup("#letter-not-logged").queryAs(Label.class);
        assertEquals("", notLogged.getText(), "nothing to say before a date is typed");
        assertFalse(notLogged.isVisible());
        fillIn("3 November 2026");
        waitUntil("said", () -> notLogged.getText().equals("No letter from the CMS dated 3 Nov 2026 is logged. "
                + "Log it on the Letters page too, so your records show what this letter answers."));
        assertTrue(notLogged.isVisible());
        waitUntil("it can still be made", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
    }

    @Test
    void aLetterOfThatDateLoggedSaysNothing() {
        open(new LettersOnRecord(true, List.of(LocalDate.of(2026, 11, 3)), List.of(), List.of(), List.of(),
                List.of()).withWriteOffLetters(List.of(LocalDate.of(2026, 11, 3))));
        fillIn("3 November 2026");
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        assertEquals("", lookup("#letter-not-logged").queryAs(Label.class).getText());
    }
}
