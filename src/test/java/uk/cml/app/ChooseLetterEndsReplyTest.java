package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;
import uk.cml.ui.letters.write.LetterKeeper;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.shell.Destination;

/**
 * "Write a letter" from the Letters page (the writer as it is, for the parent to choose) begins a letter of the
 * parent's own: one made after it is not logged as the reply to the CMS letter last answered with "Write a reply".
 */
@ExtendWith(ApplicationExtension.class)
class ChooseLetterEndsReplyTest extends AppRobot {

    @TempDir
    Path folder;
    final Background background = new Background();
    final List<Optional<Long>> answered = new CopyOnWriteArrayList<>();
    LetterWriterView writer;
    Stage stage;

    @Start
    void start(Stage primary) {
        // The writer gets a window of its own.
    }

    @AfterEach
    void close() {
        interact(() -> stage.close());
        background.close();
    }

    @Test
    void aLetterChosenAfterWriteALetterAnswersNothing() {
        CaseFile caseFile = new CaseFile(1, "Jordan Reed", Optional.of(new PostalAddress(List.of("3 Mill Lane"),
                "BD1 4QT")), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.of(new CmsReference("121234567890")), List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))),
                BigDecimal.valueOf(4));
        LetterFacts facts = LetterFacts.builder(new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close",
                        "LS6 2AB")), new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                LocalDate.of(2026, 11, 22)).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
        AddressBookEntry cms = new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                "PO Box 249\nMitcheldean", "GL17 1AJ", "", Optional.of(AddressBookEntry.Role.CMS_GENERAL),
                Optional.empty(), "");
        LetterKeeper keeper = (caseId, pdf, template, f, answering) -> {
            answered.add(answering);
            return "";
        };
        interact(() -> {
            writer = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile), c -> facts, c -> List.of(),
                    () -> List.of(cms), new LetterPdfRenderer(CLOCK), keeper, folder.resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1000, 750));
            stage.show();
            writer.shown();
            writer.start(LetterTemplates.ARREARS_BREAKDOWN);
            writer.answers(Optional.of(42L)); // as Write a reply leaves it
        });
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        press("#letter-make-pdf");
        waitUntil("kept", () -> answered.size() == 1);

        interact(() -> LetterStarts.open(writer, new Destination.ChooseLetter(), LocalDate.of(2026, 11, 22),
                caseId -> { throw new AssertionError("no thread is read for a letter of the parent's own"); }));
        press("#letter-make-pdf");
        waitUntil("kept again", () -> answered.size() == 2);
        assertEquals(List.of(Optional.of(42L), Optional.empty()), answered);
    }
}
