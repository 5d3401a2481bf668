package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;

/**
 * Found by using the app as a new parent: after Make PDF the status line said where the letter was saved, with the
 * whole path, on one line beside the buttons. That line set the page's least width, so the window's content ran past
 * its right edge: the top bar's buttons and the preview were cut off until the app was restarted.
 */
@ExtendWith(ApplicationExtension.class)
class LetterSavedMessageFitsTest extends AppRobot {

    @TempDir
    Path folder;
    final Background background = new Background();
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

    /**
     * The status line sat under Make PDF and Print, in the bar along the foot of the page: "Reading your records..."
     * and "Saved as ..." pushed both buttons up as they came, and took them back down as they went, so a click aimed
     * at one could miss (reviewer, 5 Dec 2026). The line is above them now, and the bar grows upwards.
     */
    @Test
    void makePdfAndPrintStayPutAsTheMessageComes() {
        LetterWriterView writer = open();
        Label status = lookup("#letter-status").queryAs(Label.class);
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled()
                && status.getText().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double pdfBefore = sceneY("#letter-make-pdf");
        double printBefore = sceneY("#letter-print");
        press("#letter-make-pdf");
        waitUntil("saved", () -> status.getText().startsWith("Saved as"));
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(pdfBefore, sceneY("#letter-make-pdf"), 0.5, "Make PDF's y");
        assertEquals(printBefore, sceneY("#letter-print"), 0.5, "Print's y");
        Bounds line = interactAndGet(() -> status.localToScene(status.getLayoutBounds()));
        assertTrue(line.getMaxY() <= pdfBefore, "the message is above the buttons: " + line + ", " + pdfBefore);
    }

    private double sceneY(String id) {
        return interactAndGet(() -> {
            javafx.scene.Node node = lookup(id).query();
            return node.localToScene(node.getLayoutBounds()).getMinY();
        });
    }

    @Test
    void theSavedMessageWrapsInsideTheWindowAndNothingIsPushedPastItsEdge() {
        open();
        Label status = lookup("#letter-status").queryAs(Label.class);
        waitUntil("ready to make", () -> !lookup("#letter-make-pdf").queryAs(Button.class).isDisabled());
        press("#letter-make-pdf");
        waitUntil("saved", () -> status.getText().startsWith("Saved as"));

        double windowWidth = stage.getScene().getWidth();
        double rootWidth = interactAndGet(() -> stage.getScene().getRoot().getLayoutBounds().getWidth());
        Bounds line = interactAndGet(() -> status.localToScene(status.getLayoutBounds()));
        assertTrue(rootWidth <= windowWidth, "the page is " + rootWidth + " wide in a window of " + windowWidth);
        assertTrue(line.getMaxX() <= windowWidth, "the message ends at " + line.getMaxX() + " of " + windowWidth);
        assertTrue(line.getHeight() > status.getFont().getSize() * 2, "the long message wraps onto a second line");
    }

    private LetterWriterView open() {
        CaseFile caseFile = new CaseFile(1, "Mark Evans", Optional.empty(), WorkSituation.NOT_KNOWN,
                Arrangement.DIRECT_PAY, Optional.of(new CmsReference("121234567890")),
                List.of(new Child(1, "Lily", LocalDate.of(2015, 3, 14))), BigDecimal.valueOf(4));
        LetterFacts facts = LetterFacts.builder(new LetterFacts.Contact("Sarah Jane Evans",
                        List.of("14 Rose Lane", "Leeds", "LS6 2AB")),
                new LetterFacts.CaseDetails("Mark Evans", List.of(), caseFile.cmsReference(), Arrangement.DIRECT_PAY,
                        List.of("Lily")), LocalDate.of(2026, 11, 22)).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
        List<AddressBookEntry> book = List.of(new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL,
                "Child Maintenance Service", "PO Box 249\nMitcheldean", "GL17 1AJ", "",
                Optional.of(AddressBookEntry.Role.CMS_GENERAL), Optional.empty(), ""));
        // The app's own words after a letter is kept, as LetterWiring says them.
        LetterKeeper keeper = (caseId, pdf, template, f, answering) -> Messages.text("app.letterWiring.aCopyIsKeptIn");
        LetterWriterView[] writer = new LetterWriterView[1];
        interact(() -> {
            writer[0] = new LetterWriterView(background, new SimpleObjectProperty<>(caseFile), c -> facts,
                    c -> List.of(), () -> book, new LetterPdfRenderer(CLOCK), keeper,
                    folder.resolve("Documents").resolve("Child Maintenance Log").resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            Scene scene = new Scene((Parent) writer[0].view(), 1000, 700);
            new uk.cml.ui.common.Theme().style(scene);
            stage.setScene(scene);
            stage.show();
            writer[0].shown();
            writer[0].start(LetterTemplates.ARREARS_BREAKDOWN);
        });
        return writer[0];
    }
}
