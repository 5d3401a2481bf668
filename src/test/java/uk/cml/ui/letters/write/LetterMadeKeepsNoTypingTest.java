package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterDraft;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;

/**
 * Found by a reviewer: after making and posting a complaint, the Overview said "Typing not saved yet ...: your
 * changes to the words of a letter (Complain about how arrears are collected)" though nothing was typed after it was
 * made. A letter that starts from the words of the letter made before (and the money lost it claimed), or whose
 * records changed after it was made, holds no typing until the parent types.
 */
@ExtendWith(ApplicationExtension.class)
class LetterMadeKeepsNoTypingTest extends AppRobot {

    @TempDir
    Path folder;
    final Background background = new Background();
    final List<Path> kept = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicReference<LetterFacts> facts = new AtomicReference<>();
    final AtomicReference<List<SentLetter>> letters = new AtomicReference<>(List.of());
    final SimpleObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>();
    LetterWriterView writer;
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

    private void open() {
        currentCase.set(new CaseFile(1, "Jordan Reed", Optional.of(new PostalAddress(List.of("3 Mill Lane"),
                "BD1 4QT")), WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY,
                Optional.of(new CmsReference("121234567890")), List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))),
                BigDecimal.valueOf(4)));
        List<AddressBookEntry> book = List.of(
                new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                        "PO Box 249\nMitcheldean", "GL17 1AJ", "", Optional.of(AddressBookEntry.Role.CMS_GENERAL),
                        Optional.empty(), ""),
                new AddressBookEntry(2, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton", "WV98 2BU", "",
                        Optional.of(AddressBookEntry.Role.CMS_COLLECTION), Optional.empty(), ""));
        LetterKeeper keeper = new LetterKeeper() {
            @Override
            public String keep(long caseId, Path pdf, uk.cml.letters.templates.LetterTemplate template,
                    LetterFacts f, Optional<Long> answering) {
                kept.add(pdf);
                return "";
            }

            @Override
            public List<SentLetter> letters(long caseId) {
                return letters.get();
            }
        };
        interact(() -> {
            writer = new LetterWriterView(background, currentCase, c -> facts.get(), c -> List.of(), () -> book,
                    new LetterPdfRenderer(CLOCK), keeper, folder.resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1000, 750));
            stage.show();
            writer.shown();
        });
    }

    private static LetterFacts factsOn(LocalDate letterDate) {
        return LetterFacts.builder(new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close", "LS6 2AB")),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                letterDate).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
    }

    private String allWords() {
        return interactAndGet(() -> String.join("\n", lookup(".text-area").queryAllAs(TextArea.class).stream()
                .map(TextArea::getText).toList()));
    }

    /** The complaint made (and posted) before, its gap filled in by the parent and a loss claimed. */
    private static SentLetter complaintMade(LetterFacts on) {
        LetterDraft drafted = LetterTemplates.COLLECTION_COMPLAINT.draft(on);
        List<LetterBlock> body = new ArrayList<>(drafted.body());
        body.replaceAll(b -> b instanceof LetterBlock.Paragraph p && p.text().contains("[what happened]")
                ? new LetterBlock.Paragraph(p.text().replace("[what happened]", "Payments stopped in June.")) : b);
        String words = KeptWords.text(DraftEdits.of(drafted, drafted.heading(), body),
                List.of(new LossRows.Row("Overdraft charges, October 2026", "3 charges of £6.00", "18.00")));
        return new SentLetter(7, 1, on.letterDate(), Optional.of(on.letterDate()),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A"),
                LetterTemplates.COLLECTION_COMPLAINT.fileTitle(), ReplyDates.kind(LetterTemplates.COLLECTION_COMPLAINT),
                Optional.of(9L), Optional.of(PostingMethod.SECOND_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), drafted.heading(), words);
    }

    @Test
    void aComplaintMadeBeforeOpenedAgainStartsFromItsWordsAndHoldsNoTyping() {
        facts.set(factsOn(LocalDate.of(2026, 12, 4)));
        letters.set(List.of(complaintMade(factsOn(LocalDate.of(2026, 12, 4)))));
        open();
        interact(() -> writer.start(LetterTemplates.COLLECTION_COMPLAINT));
        waitUntil("the words of the letter made before", () -> allWords().contains("Payments stopped in June."));
        waitUntil("the money lost it claimed", () -> allWords().contains("£18.00"));
        assertFalse(interactAndGet(writer::hasUnsavedTyping),
                "nothing typed since the letter was made: no typing to keep");

        type("#loss-what-0", "Overdraft charges, November 2026");
        assertTrue(interactAndGet(writer::hasUnsavedTyping), "typed since: kept");
    }

    @Test
    void aLetterMadeThenDraftedAgainFromChangedRecordsHoldsNoTyping() {
        facts.set(factsOn(LocalDate.of(2026, 11, 23)));
        open();
        interact(() -> writer.start(LetterTemplates.ARREARS_BREAKDOWN));
        Button makePdf = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !makePdf.isDisabled());
        type("#letter-heading", "Please send a breakdown of my arrears");
        press("#letter-make-pdf");
        waitUntil("made", () -> kept.size() == 1);
        assertFalse(interactAndGet(writer::hasUnsavedTyping), "the changed heading is in the PDF");
        String before = allWords();

        // The records changed after it was made (posted, or another day): the page is shown again.
        facts.set(factsOn(LocalDate.of(2026, 11, 30)));
        interact(() -> writer.shown());
        waitUntil("drafted again from the records", () -> !allWords().equals(before));
        assertFalse(interactAndGet(writer::hasUnsavedTyping),
                "nothing typed since the letter was made: no typing to keep");
    }
}
