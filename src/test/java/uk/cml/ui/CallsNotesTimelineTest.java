package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallsNotesTimelineTest extends WithTheApp {

    @BeforeEach
    void aParentWithACase() {
        withJordanReedsCase();
        openTheApp();
    }

    private int items(String listId) {
        return ((ListView<?>) lookup(listId).query()).getItems().size();
    }

    @Test
    void aCallAndANoteAreFoundInTheTimelineByAWordFromEach() {
        press("#nav-calls");
        waitFor("#call-said");
        assertEquals("", text("#call-number"), "no number before the parent says who called");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        waitUntil("the helpline number is offered for a call to the CMS",
                () -> "0800 171 2345".equals(text("#call-number")));
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said enforcement would start this month.");
        press("#call-save");
        waitUntil("the call is listed", () -> items("#call-list") == 1);

        press("#nav-notes");
        type("#note-text", "No money for the school uniform this term.");
        press("#note-save");
        waitUntil("the note is listed", () -> items("#note-list") == 1);

        press("#nav-timeline");
        waitUntil("both entries load", () -> items("#timeline-list") == 2);
        type("#timeline-search", "enforcement");
        waitUntil("only the call is left", () -> items("#timeline-list") == 1);
        assertTrue(timelineText().contains("I called the CMS (Priya)"), timelineText());
        type("#timeline-search", "uniform");
        waitUntil("only the note is left", () -> items("#timeline-list") == 1);
        assertTrue(timelineText().contains("No money for the school uniform"), timelineText());
        press("#timeline-list .list-cell");
        String details = lookup("#timeline-details").queryLabeled().getText();
        assertTrue(details.contains("Happened: 22 Nov 2026") && details.contains("Recorded in the app: 22 Nov 2026, 10:15"),
                details);
    }

    private String timelineText() {
        ListView<?> list = lookup("#timeline-list").query();
        return list.getItems().toString();
    }

    @Test
    void badAnswersAreExplainedBesideTheirFieldsAndABinnedCallCanBePutBack() {
        press("#nav-calls");
        waitFor("#call-said");
        type("#call-date", "31/02/2026");
        TextArea said = lookup("#call-said").query();
        interact(() -> said.setText("a".repeat(25_000)));  // as if pasted: typing 25,000 keys would take minutes
        press("#call-save");
        Label dateProblem = waitFor("#call-date-error");
        assertTrue(dateProblem.getText().contains("There is no such day as 31/02/2026"), dateProblem.getText());
        Label saidProblem = waitFor("#call-said-error");
        assertTrue(saidProblem.getText().contains("25,000 characters and the limit is 20,000"), saidProblem.getText());
        assertEquals("Choose who made the call: you, or the CMS.",
                lookup("#call-who-called-error").queryLabeled().getText(), "nobody is chosen as having called");
        assertEquals(0, items("#call-list"), "nothing was saved");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.CMS_CALLED);

        type("#call-date", "20/11/2026");
        interact(() -> said.setText("Short and true."));
        press("#call-save");
        waitUntil("the call is saved", () -> items("#call-list") == 1);
        press("#call-bin");
        waitUntil("the call leaves the list", () -> items("#call-list") == 0);
        press("#call-undo");
        waitUntil("Undo puts the call back", () -> items("#call-list") == 1);
        clickFirstRecord("#call-list");
        press("#call-bin");
        waitUntil("the call leaves the list again", () -> items("#call-list") == 0);

        press("#nav-bin");
        waitUntil("the bin shows the call", () -> items("#bin-list") == 1);
        press(".list-cell .button");
        waitUntil("the bin is empty again", () -> items("#bin-list") == 0);
        // Reviewer rv10: "The bin is empty." had a blurred blue glow round it, as if to be clicked. An empty list is
        // out of the Tab order, a click leaves it alone, and no soft glow is drawn even if it kept the keyboard.
        ListView<?> bin = lookup("#bin-list").query();
        assertTrue(bin.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("nothing-listed")));
        assertTrue(!bin.isFocusTraversable(), "an empty bin is not a stop for Tab");
        interact(bin::applyCss);
        assertEquals(null, bin.getEffect(), "no glow round the empty bin's words");
        clickOn(bin);
        interact(bin::applyCss);
        assertEquals(null, bin.getEffect(), "a click on the empty bin gives it no glow");
        press("#nav-calls");
        waitUntil("the call is back", () -> items("#call-list") == 1);
    }
}
