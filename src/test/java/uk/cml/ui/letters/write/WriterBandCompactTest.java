package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, in a real window at 1024 x 700, writing the complaint again while the one made earlier was not posted:
 * the band along the foot of the page (the sentence that the new letter replaces the earlier one, "Keep both
 * letters", the status line and the buttons) was about 170 px tall, and the form above it so short that the
 * "Heading" label sat clipped under the band. The band stays compact (the buttons, with "Keep both letters" beside
 * them, and the status line); the sentence is said in the form, which scrolls; every field and label of the form can
 * be brought whole into view above the band.
 */
class WriterBandCompactTest extends WithTheApp {

    private static final double BAND_AT_MOST = 100;

    @Test
    void theBandIsCompactAndEveryFieldOfTheFormReadsWholeAboveIt() {
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        withJordanReedsCase((services, id) -> services.sentLetters.save(new SentLetter(0, id,
                LocalDate.of(2026, 12, 1), Optional.empty(), new Recipient(Optional.empty(),
                "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                complaint.fileTitle(), ReplyDates.kind(complaint), Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty())));
        openTheApp("write-letter");
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}}) {
            sizeTheWindow(size[0], size[1]);
            @SuppressWarnings("unchecked")
            ComboBox<LetterTemplate> letters = waitFor("#letter-template");
            interact(() -> letters.setValue(complaint));
            Label notice = lookup("#letter-in-place-of").queryAs(Label.class);
            waitUntil("the writer says the new letter replaces the one made on 1 Dec",
                    () -> interactAndGet(notice::getText).contains("1 Dec 2026"));
            settle();
            String at = size[0] + " x " + size[1] + ": ";
            Node band = interactAndGet(() -> lookup("#letter-make-pdf").query().getParent().getParent());
            double bandHeight = interactAndGet(() -> band.getLayoutBounds().getHeight());
            assertTrue(bandHeight <= BAND_AT_MOST, at + "the band along the foot is compact: " + bandHeight + " px");
            assertTrue(interactAndGet(() -> lookup("#letter-keep-both").query().isVisible()),
                    at + "Keep both letters is offered");

            ScrollPane form = interactAndGet(() -> scrollOf(lookup("#letter-heading").query()));
            double bandTop = interactAndGet(() -> band.localToScene(band.getLayoutBounds()).getMinY());
            List<Node> fields = interactAndGet(() -> fieldsOf((Parent) form.getContent()));
            assertTrue(fields.size() > 5, at + "the form's fields are found: " + fields.size());
            for (Node field : fields) {
                interact(() -> scrollTo(form, field));
                settle();
                Bounds port = interactAndGet(() -> form.localToScene(form.getLayoutBounds()));
                Bounds seen = interactAndGet(() -> field.localToScene(field.getLayoutBounds()));
                String what = at + field.getId() + " " + field.getClass().getSimpleName()
                        + (field instanceof Label l ? " \"" + l.getText() + "\"" : "");
                double fits = Math.min(seen.getHeight(), port.getHeight());
                assertTrue(seen.getMinY() >= port.getMinY() - 0.5
                                && seen.getMinY() + fits <= Math.min(port.getMaxY(), bandTop) + 0.5,
                        what + " reads whole above the band once scrolled to: " + seen + " in " + port
                                + ", band from " + bandTop);
            }
            interact(() -> form.setVvalue(0));
        }
    }

    /** The labels and controls of the form showing now (not inside another control, such as a box's own parts). */
    private static List<Node> fieldsOf(Parent form) {
        List<Node> found = new ArrayList<>();
        for (Node child : form.getChildrenUnmodifiable()) {
            if (!child.isVisible() || !child.isManaged()) {
                continue;
            }
            if (child instanceof Control) {
                found.add(child);
            } else if (child instanceof Parent parent) {
                found.addAll(fieldsOf(parent));
            }
        }
        return found;
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the form does not scroll");
    }

    /** Scrolls the form so the field's top is at the top of its view (or as far as the form goes). */
    private static void scrollTo(ScrollPane form, Node field) {
        Node content = form.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double portHeight = form.getViewportBounds().getHeight();
        double top = content.sceneToLocal(field.localToScene(field.getLayoutBounds())).getMinY();
        double room = contentHeight - portHeight;
        form.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, top / room)));
        form.layout();
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
