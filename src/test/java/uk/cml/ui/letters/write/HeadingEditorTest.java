package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.letters.LetterBlock;
import uk.cml.ui.AppRobot;

/**
 * Found by a reviewer writing a senior manager review: the sub-heading "Why your reply does not settle my complaint"
 * showed in its box as "Why your reply does not settle my complai", cut at the box's edge, with nothing to say more
 * was there. A sub-heading now wraps to show every word, shown and while its words are changed, and stays one line on
 * the page.
 */
@ExtendWith(ApplicationExtension.class)
class HeadingEditorTest extends AppRobot {

    private static final String LONG = "Why your reply does not settle my complaint, and what I ask you to do now";

    private final BlockEditors editors = new BlockEditors();

    @Start
    void start(Stage stage) {
        editors.show(List.of(new LetterBlock.SubHeading(LONG), new LetterBlock.Paragraph("Some words.")), () -> { });
        stage.setScene(new Scene(new StackPane(editors.view()), 430, 400));
        uk.cml.ui.common.Theme theme = new uk.cml.ui.common.Theme();
        theme.use(false);
        theme.style(stage.getScene());
        stage.show();
    }

    @Test
    void aLongSubHeadingWrapsSoEveryWordShows() {
        Label heading = lookup("#letter-block-0").queryAs(Label.class);
        assertTrue(heading.isWrapText(), "its words wrap");
        Text shown = lookup("#letter-block-0 .text").queryAs(Text.class);
        assertEquals(LONG, interactAndGet(shown::getText), "not cut short");
        double widest = interactAndGet(() -> shown.getLayoutBounds().getWidth());
        double room = interactAndGet(() -> heading.getWidth());
        assertTrue(widest <= room, "the words fit the heading's width: " + widest + " of " + room);
        double lines = interactAndGet(() -> shown.getLayoutBounds().getHeight());
        double tall = interactAndGet(() -> heading.getHeight());
        assertTrue(lines <= tall, "every line shows: " + lines + " px of words in " + tall + " px");
    }

    @Test
    void aLongSubHeadingWrapsInTheBoxItsWordsAreChangedIn() {
        press("#letter-block-0-change");
        TextArea area = waitFor("#letter-block-0-words");
        assertTrue(area.isWrapText(), "its words wrap");
        Text shown = lookup("#letter-block-0-words .text").queryAs(Text.class);
        double widest = interactAndGet(() -> shown.getLayoutBounds().getWidth());
        double room = interactAndGet(() -> area.getWidth());
        assertTrue(widest < room, "the words fit the box's width: " + widest + " of " + room);
        waitUntil("every line shows", () -> interactAndGet(() -> shown.getLayoutBounds().getHeight() <= area.getHeight()));
    }

    @Test
    void aLineBreakTypedOrPastedIntoASubHeadingBecomesASpaceSoItStaysOneLineOnThePage() {
        TextInputControl heading = lookup("#letter-block-0-words").queryAs(TextInputControl.class);
        interact(() -> {
            heading.positionCaret(3);
            heading.replaceSelection("\nmore\r\n");
        });
        LetterBlock read = interactAndGet(() -> editors.blocks().get(0));
        assertEquals(new LetterBlock.SubHeading("Why more  your reply does not settle my complaint, and what I ask "
                + "you to do now"), read);
    }
}
