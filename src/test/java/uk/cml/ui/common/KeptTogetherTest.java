package uk.cml.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reviewer, 5 Dec 2026: "(to Child Maintenance Service 21)" wrapped with "21)" alone on its own line (the Letters
 * page, the letter writer's note on where letters go, the timeline). A short number closing a name stays with the word
 * before it; dates and years are left to wrap as before.
 */
@ExtendWith(ApplicationExtension.class)
class KeptTogetherTest {

    private static final String TITLE = "Complaint about how the arrears are collected (to Child Maintenance Service 21)";

    @Start
    void start(Stage stage) {
        // Only the toolkit, for measuring words.
    }

    @Test
    void aShortNumberClosingANameIsJoinedToTheWordBefore() {
        assertEquals("Complaint about how the arrears are collected (to Child Maintenance Service\u00a021)",
                KeptTogether.shortNumbers(TITLE));
        assertEquals("Child Maintenance Service\u00a021, Wolverhampton",
                KeptTogether.shortNumbers("Child Maintenance Service 21, Wolverhampton"));
        assertEquals("PO Box\u00a0249.", KeptTogether.shortNumbers("PO Box 249."));
        // A date, a year, a number that starts a phrase: wrapped as ever.
        assertEquals("Replied 25 Nov 2026 (3 days)", KeptTogether.shortNumbers("Replied 25 Nov 2026 (3 days)"));
        assertEquals("", KeptTogether.shortNumbers(""));
    }

    @Test
    void javaFxWrapsTheNumberWithItsName() throws Exception {
        int[] second = WaitForAsyncUtils.asyncFx(() -> new int[] {secondLineStart(TITLE),
                secondLineStart(KeptTogether.shortNumbers(TITLE))}).get();
        assertEquals(TITLE.indexOf("21)"), second[0], "the plain title, as measured: 21) alone");
        assertEquals(TITLE.indexOf("Service"), second[1], "the second line begins at the name's last words");
    }

    /** Wrapped just wide enough for all but "21)" on the first line: where its second line begins. */
    private static int secondLineStart(String text) {
        Text first = new Text(TITLE.substring(0, TITLE.indexOf(" 21)")));
        Text wrapped = new Text(text);
        wrapped.setTextOrigin(javafx.geometry.VPos.TOP);
        wrapped.setWrappingWidth(Math.ceil(first.getLayoutBounds().getWidth()) + 2);
        double line = first.getLayoutBounds().getHeight();
        return wrapped.hitTest(new Point2D(0.5, line * 1.5)).getCharIndex();
    }
}
