package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;

/**
 * Reviewers found letters threatening a complaint the parent never chose, and a complaint posted 2nd class printing
 * dates days before the CMS's own targets. The Write a letter page asks: a complaint is said only when ticked (off
 * unless the parent ticks it, with the words it adds shown), and a complaint's dates count from the posting chosen
 * (1st class unless chosen otherwise, remembered from the last letter that asked), both kept with the letter made.
 */
@ExtendWith(ApplicationExtension.class)
class LetterChoicesTest extends AppRobot {

    @TempDir
    Path folder;
    final Background background = new Background();
    final List<Path> kept = new CopyOnWriteArrayList<>();
    final List<String> keptWords = new CopyOnWriteArrayList<>();
    List<SentLetter> onRecord = List.of();
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
        List<SentLetter> letters = onRecord;
        LetterKeeper keeper = new LetterKeeper() {
            @Override
            public String keep(long caseId, Path pdf, LetterTemplate template, LetterFacts f,
                    Optional<Long> answering) {
                kept.add(pdf);
                return "";
            }

            @Override
            public String keep(long caseId, Path pdf, LetterTemplate template, LetterFacts f,
                    Optional<Long> answering, Optional<Long> inPlaceOf, String heading, String words) {
                keptWords.add(words);
                return keep(caseId, pdf, template, f, answering);
            }

            @Override
            public List<SentLetter> letters(long caseId) {
                return letters;
            }
        };
        LetterFacts facts = LetterFacts.builder(new LetterFacts.Contact("Sam Taylor",
                        List.of("14 Orchard Close", "LS6 2AB")),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                LocalDate.of(2026, 11, 22)).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
        interact(() -> {
            writer = new LetterWriterView(background, currentCase, c -> facts, c -> List.of(), () -> book,
                    new LetterPdfRenderer(CLOCK), keeper, folder.resolve("Letters"),
                    (owner, suggested) -> Optional.of(suggested), uk.cml.ui.common.DraftKeeper.none());
            stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) writer.view(), 1000, 750));
            stage.show();
            writer.shown();
        });
    }

    private String pdfText(int i) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(kept.get(i).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private void makePdf(int count) {
        Button make = lookup("#letter-make-pdf").queryAs(Button.class);
        waitUntil("ready to make", () -> !make.isDisabled());
        press("#letter-make-pdf");
        waitUntil("made", () -> kept.size() == count);
    }

    @Test
    void aCallLetterSaysNoComplaintUnlessTheParentTicksItAndShowsTheWordsItAdds() throws IOException {
        open();
        interact(() -> writer.startFromCall(new CallChoice(1, "20 Nov 2026, 10:42: I called the CMS (Priya Shah)",
                new CallDetails(LocalDate.of(2026, 11, 20), LocalTime.of(10, 42),
                        uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya Shah", "", "", "She said a letter would "
                        + "be sent", "Send me an arrears notice", null, false))));
        CheckBox say = waitFor("#letter-say-complaint");
        waitUntil("offered for a call with a promise not kept",
                () -> interactAndGet(() -> say.getParent().isVisible()));
        assertFalse(interactAndGet(say::isSelected), "off unless the parent ticks it");
        assertEquals("Ticked, the letter also says: \"If what I understood from the call you would do has not been done by then, I "
                + "will make a formal complaint.\" Leave it unticked if you do not mean to do this.",
                interactAndGet(() -> lookup("#letter-say-complaint-words").queryAs(Label.class).getText()));
        makePdf(1);
        String plain = pdfText(0);
        assertFalse(plain.contains("complaint"), plain);
        assertTrue(plain.contains("Please do what I understood from the call you would do (set out below under "
                + "\u201cWhat I understood the CMS would do\u201d)."), plain);
        assertTrue(plain.contains("Send me an arrears notice."), plain);

        click(say);
        waitUntil("ticked", () -> interactAndGet(say::isSelected));
        makePdf(2);
        assertTrue(pdfText(1).contains("If what I understood from the call you would do has not been done by then, I will make a "
                + "formal complaint."), pdfText(1));
        assertTrue(keptWords.get(1).contains("choice.say-complaint=true"), keptWords.get(1));

        interact(() -> writer.start(LetterTemplates.ARREARS_BREAKDOWN));
        waitUntil("not offered for a letter with nothing of the kind",
                () -> !interactAndGet(() -> say.getParent().isVisible()));
    }

    @Test
    void aComplaintPostedSecondClassPrintsTheCmsTargetsFromItsLaterArrivalAndIsRemembered() throws IOException {
        // A complaint made before, said to go 2nd class: the next one asks the same way.
        onRecord = List.of(new SentLetter(3, 1, LocalDate.of(2026, 10, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", ""), "Arrears breakdown request",
                ReplyDates.kind(LetterTemplates.ARREARS_BREAKDOWN), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), "", "choice.posted-by=SECOND_CLASS"));
        open();
        interact(() -> writer.start(LetterTemplates.COLLECTION_COMPLAINT));
        RadioButton second = waitFor("#letter-post-second");
        waitUntil("asked for a complaint",
                () -> interactAndGet(() -> lookup("#letter-posting").query().isVisible()));
        assertTrue(interactAndGet(second::isSelected), "as the parent said last time");
        press("#letter-post-first");
        waitUntil("1st class", () -> !interactAndGet(second::isSelected));
        interact(() -> lookup(".text-area").queryAllAs(TextArea.class).forEach(area -> area
                .setText(area.getText().replaceAll("\\[[^\\]]*\\]", "Given"))));
        makePdf(1);
        // Dated Sunday 22 Nov 2026, posted Monday 23rd, the first day Post Offices open. 1st class counts as
        // delivered on Wednesday 25th (acknowledge by Fri 27th, reply in 15 working days by Wed 16 Dec); 2nd class
        // on Friday 27th (acknowledge by Tue 1 Dec, reply by Fri 18 Dec).
        assertTrue(pdfText(0).contains("Acknowledge this complaint by 27 Nov 2026"), pdfText(0));
        assertTrue(pdfText(0).contains("Send me your full reply by 16 Dec 2026"), pdfText(0));

        press("#letter-post-second");
        waitUntil("2nd class", () -> interactAndGet(second::isSelected));
        interact(() -> lookup(".text-area").queryAllAs(TextArea.class).forEach(area -> area
                .setText(area.getText().replaceAll("\\[[^\\]]*\\]", "Given"))));
        makePdf(2);
        String later = pdfText(1);
        assertTrue(later.contains("Acknowledge this complaint by 1 Dec 2026"), later);
        assertTrue(later.contains("Send me your full reply by 18 Dec 2026"), later);
        assertTrue(later.contains("or I have no reply by 18 Dec 2026, I will ask for my complaint to be "
                + "reviewed by a senior manager"), later);
        assertTrue(keptWords.get(1).contains("choice.posted-by=SECOND_CLASS"), keptWords.get(1));
        assertTrue(interactAndGet(() -> lookup("#letter-warnings").queryAs(Label.class).getText())
                .contains("count from posting it second class on Monday 23 Nov 2026, the first day Post Offices open"));
    }
}
