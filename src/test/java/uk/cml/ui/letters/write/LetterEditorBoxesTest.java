package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.letters.LetterBlock;
import uk.cml.ui.AppRobot;

/**
 * Found by a reviewer filling the complaint to ICE: each section heading was an editable box that looked like the
 * answer boxes, the page scrolled under the pointer, and their answers went over "The effect on my child Alex" and
 * the heading after it with nothing to say so. And an answer box kept its first height, so what they typed showed
 * cut, with a scroll bar inside the box. A heading is now words on the page, changed only through its own "Change"
 * link; every box grows to show all its lines.
 */
@ExtendWith(ApplicationExtension.class)
class LetterEditorBoxesTest extends AppRobot {

    private static final String HEADING = "The effect on my child Alex";

    private final BlockEditors editors = new BlockEditors();

    @Start
    void start(Stage stage) {
        editors.show(List.of(new LetterBlock.Paragraph("[what the CMS did wrong]"), new LetterBlock.SubHeading(HEADING),
                new LetterBlock.Paragraph("[how the missing money affects your child]"),
                new LetterBlock.RequestBox("What I am asking you to do", List.of("One", "Two"))), () -> { });
        ScrollPane scrolling = new ScrollPane(new VBox(editors.view()));
        scrolling.setFitToWidth(true);
        stage.setScene(new Scene(scrolling, 430, 600));
        uk.cml.ui.common.Theme theme = new uk.cml.ui.common.Theme();
        theme.use(false);
        theme.style(stage.getScene());
        stage.show();
    }

    @Test
    void aClickOnAHeadingAndTypingPutsNoWordsInIt() {
        Node heading = waitFor("#letter-block-1");
        click(heading);
        write("I fell behind with my rent.");
        assertEquals(new LetterBlock.SubHeading(HEADING), interactAndGet(() -> editors.blocks().get(1)),
                "the heading is as it was");
        assertFalse(heading instanceof TextInputControl, "a heading is not a box to type in");
    }

    @Test
    void aHeadingsWordsAreStillChangedThroughItsOwnLink() {
        press("#letter-block-1-change");
        TextInputControl words = waitFor("#letter-block-1-words");
        assertTrue(interactAndGet(words::isFocused), "the heading's words are ready to change");
        interact(() -> words.end());
        write(" and me\n");
        assertEquals(new LetterBlock.SubHeading(HEADING + " and me"), interactAndGet(() -> editors.blocks().get(1)));
        waitUntil("Enter puts the heading back as words", () -> interactAndGet(() -> !words.isVisible()));
        assertEquals(HEADING + " and me", interactAndGet(() -> lookup("#letter-block-1").queryLabeled().getText()));
    }

    @Test
    void anAnswerBoxGrowsToShowEveryLineTypedIntoIt() {
        TextArea answer = waitFor("#letter-block-2");
        click(answer);
        interact(answer::selectAll);
        write("One line\nTwo lines\nThree lines\nFour lines\nFive lines, and this one long enough to wrap in the box");
        waitUntil("every line shows", () -> shownWhole(answer));
    }

    @Test
    void aRequestBoxShowsAllItsLinesWhenFirstShown() {
        TextArea requests = waitFor("#letter-block-3");
        interact(() -> requests.setText("Ask a senior manager to review my complaint of 26 Oct 2026.\n"
                + "Acknowledge this request by 10 Dec 2026. Your published target is to acknowledge a complaint "
                + "within 2 working days of receiving it.\nSend me your full reply by 31 Dec 2026. Your published "
                + "target is to reply within 15 working days of receiving a complaint.\nSay clearly in that reply "
                + "whether it is your final response to my complaint.\n[what you want done about your complaint]"));
        waitUntil("every line shows", () -> shownWhole(requests));
    }

    private boolean shownWhole(TextArea area) {
        return interactAndGet(() -> {
            Text words = (Text) area.lookup(".content .text");
            ScrollPane inner = (ScrollPane) area.lookup(".scroll-pane");
            double wordsTall = words.getLayoutBounds().getHeight();
            double room = inner.getViewportBounds().getHeight();
            return wordsTall > 0 && wordsTall <= room && wordsTall <= area.getHeight() && inner.getVvalue() == 0;
        });
    }
}
