package uk.cml.ui.letters.write;

import uk.cml.ui.common.FitsItsWords;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.PostalAddress;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.ui.AppRobot;
import uk.cml.ui.common.Background;

/**
 * Every text box of Write a letter is as tall as its words, one way (FitsItsWords): the letter's heading, a
 * sub-heading's box and an answer box. Each shows every wrapped line with no scroll bar of its own and no empty rows
 * below them, as the words grow, as they shrink and as the box narrows. Reviewers found each of them cut in turn (an
 * answer cut at the top with a scroll bar inside its box; "Mandatory reconsideration of your de"; "Why your reply does
 * not settle my complai"); this fails if any of the three stops fitting its words.
 */
@ExtendWith(ApplicationExtension.class)
class BoxesFitTheirWordsTest extends AppRobot {

    /** Six lines or more in each box at its width. */
    private static final String LONG = "Mandatory reconsideration of your decision of 20 Oct 2026 about the arrears "
            + "owed for Mia and Leo, the payments missed since the summer, the deduction from earnings order you said "
            + "on the phone you would make by 14 Dec 2026, the arrears figure of £508.50 you gave me on 6 Oct 2026 "
            + "when my own records show £594.92 owed on that day, and the letters of mine you have not answered";
    /** Fewer lines, but more than the three an answer box still to fill keeps. */
    private static final String SHORTER = "Mandatory reconsideration of your decision of 20 Oct 2026 about the "
            + "arrears owed for Mia and Leo, the payments missed since the summer, and the deduction from earnings "
            + "order you said you would make";
    /** Most room a box may leave below its words: under a quarter of a line, never a line to spare. */
    private static final double SLACK = 3;

    @TempDir
    Path folder;
    final Background background = new Background();
    Stage stage;

    @Start
    void start(Stage primary) {
        // Each test opens a window of its own.
    }

    @AfterEach
    void close() {
        if (stage != null) {
            interact(() -> stage.close());
        }
        background.close();
    }

    @Test
    void theLettersHeadingIsAsTallAsItsWords() {
        SimpleObjectProperty<CaseFile> currentCase = new SimpleObjectProperty<>(caseFile());
        LetterFacts facts = facts();
        interact(() -> {
            LetterWriterView writer = new LetterWriterView(background, currentCase, c -> facts, c -> List.of(),
                    List::of, new LetterPdfRenderer(CLOCK), (caseId, pdf, template, f, answering) -> "",
                    folder.resolve("Letters"), (owner, suggested) -> Optional.of(suggested),
                    uk.cml.ui.common.DraftKeeper.none());
            show(new Scene((javafx.scene.Parent) writer.view(), 1000, 750));
            writer.shown();
        });
        fitsAsItsWordsChange(waitFor("#letter-heading"));
    }

    @Test
    void anAnswerBoxAndASubHeadingsBoxAreAsTallAsTheirWords() {
        BlockEditors editors = new BlockEditors();
        interact(() -> {
            editors.show(List.of(new LetterBlock.Paragraph("[what the CMS did wrong]"),
                    new LetterBlock.SubHeading("What happened")), () -> { });
            show(new Scene(new StackPane(new VBox(editors.view())), 430, 600));
        });
        TextArea answer = waitFor("#letter-block-0");
        fitsAsItsWordsChange(answer);

        press("#letter-block-1-change");
        fitsAsItsWordsChange(waitFor("#letter-block-1-words"));
    }

    private void show(Scene scene) {
        stage = new Stage();
        stage.setScene(scene);
        uk.cml.ui.common.Theme theme = new uk.cml.ui.common.Theme();
        theme.use(false);
        theme.style(scene);
        stage.show();
    }

    /** The box fits long words, fewer words, and the long words again in a narrower window. */
    private void fitsAsItsWordsChange(TextArea box) {
        interact(() -> box.setText(LONG));
        waitUntil("the box is as tall as its long words", () -> fits(box));
        interact(() -> box.setText(SHORTER));
        waitUntil("the box shrinks to its fewer words", () -> fits(box));
        interact(() -> box.setText(LONG));
        double wide = interactAndGet(stage::getWidth);
        interact(() -> stage.setWidth(wide - 120));
        waitUntil("the box grows as the window narrows", () -> fits(box));
    }

    /** Every line shows, with no scroll bar and no more than {@link #SLACK} px of room under the last line. */
    private boolean fits(TextArea box) {
        return interactAndGet(() -> {
            Text words = wordsOf(box);
            ScrollPane inner = (ScrollPane) box.lookup(".scroll-pane");
            Region content = (Region) inner.getContent();
            double wordsTall = words.getLayoutBounds().getHeight();
            double room = inner.getViewportBounds().getHeight() - content.snappedTopInset()
                    - content.snappedBottomInset();
            boolean moreThanOneLine = wordsTall > 2 * words.getFont().getSize();
            boolean scrollBar = box.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof ScrollBar b
                    && b.isVisible() && b.getOrientation() == Orientation.VERTICAL);
            return moreThanOneLine && wordsTall <= room + 0.5 && room - wordsTall <= SLACK && !scrollBar
                    && inner.getVvalue() == 0;
        });
    }

    private static Text wordsOf(TextArea box) {
        for (Node node : box.lookupAll(".text")) {
            if (node instanceof Text text && text.getParent() instanceof Group) {
                return text;
            }
        }
        throw new AssertionError("no words in " + box.getId());
    }

    private static CaseFile caseFile() {
        return new CaseFile(1, "Jordan Reed", Optional.of(new PostalAddress(List.of("3 Mill Lane"), "BD1 4QT")),
                WorkSituation.EMPLOYED, Arrangement.DIRECT_PAY, Optional.of(new CmsReference("121234567890")),
                List.of(new Child(1, "Mia", LocalDate.of(2015, 3, 14))), BigDecimal.valueOf(4));
    }

    private static LetterFacts facts() {
        return LetterFacts.builder(new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close", "LS6 2AB")),
                new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
                LocalDate.of(2026, 11, 22)).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
    }
}
