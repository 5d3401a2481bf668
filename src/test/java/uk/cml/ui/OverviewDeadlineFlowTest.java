package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.testing.CaseFileBuilder;

/**
 * The Overview's to-dos that come from "Where things stand": a date with a letter opens the writer filled in from
 * the record the date is counted from; a date without one lands on that date, marked out and in view.
 */
class OverviewDeadlineFlowTest extends WithTheApp {

    /** A complaint posted on 2 Nov 2026 with no answer yet: its acknowledgement and its reply are awaited. */
    @BeforeEach
    void aComplaintWithNoAnswer() {
        withCase(CaseFileBuilder.jordanReed().children().build(), (services, caseId) -> {
            LocalDate on = LocalDate.of(2026, 11, 2);
            services.sentLetters.save(new SentLetter(0, caseId, on, Optional.of(on), new Recipient(Optional.empty(),
                    "Child Maintenance Service", "PO Box 249\nMitcheldean\nGL17 1AJ"), "Complaint about slow "
                    + "collection", LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                    ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
        });
        openTheApp();
        waitFor("#overview-todos");
    }

    /** The to-do's button whose text and item read as given. */
    private String button(String label, String itemWords) {
        waitUntil("the to-do \"" + itemWords + "\" is listed", () -> find(label, itemWords) != null);
        return "#" + find(label, itemWords).getId();
    }

    private Button find(String label, String itemWords) {
        return lookup(n -> n instanceof Button b && b.getId() != null && b.getId().startsWith("overview-todo-open-")
                && label.equals(b.getText()) && b.getAccessibleText().contains(itemWords)).tryQuery()
                .map(Button.class::cast).orElse(null);
    }

    @Test
    void chasingTheReplyOpensTheWriterOnThatComplaint() {
        press(button("Write the letter", "Chase the reply"));
        javafx.scene.control.TextInputControl heading = waitFor("#letter-heading");
        waitUntil("the chasing letter quotes the complaint's date", () ->
                "No reply to my letter of 2 Nov 2026".equals(heading.getText()));
    }

    @Test
    void seeTheDatesLandsOnThatDateMarkedOut() {
        press(button("See the dates", "acknowledgement"));
        Node wanted = waitFor("#standing-deadline-wanted");
        Node scroll = wanted;
        while (!(scroll instanceof ScrollPane)) {
            scroll = scroll.getParent();
        }
        Node page = scroll;
        Label line = (Label) ((javafx.scene.layout.VBox) wanted).getChildren().get(0);
        assertTrue(line.getText().contains("CMS target to acknowledge your complaint"), line.getText());
        waitUntil("the date is in view", () -> {
            Bounds view = page.localToScene(page.getLayoutBounds());
            Bounds date = wanted.localToScene(wanted.getLayoutBounds());
            return view.contains(date.getMinX(), date.getMinY()) && view.contains(date.getMaxX(), date.getMaxY());
        });
    }
}
