package uk.cml.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.testing.CaseFileBuilder;

/**
 * Issue 4 end to end in the whole app, as MainScreens wires it: a call and a posted letter with its certificate
 * photo are each found on the Timeline by a word of their own, and a word in neither finds nothing.
 */
class CallLetterTimelineTest extends WithTheApp {

    @TempDir
    Path parentsFiles;
    List<Path> chosen = List.of();

    @BeforeEach
    void aParentWithACase() {
        withCase(CaseFileBuilder.jordanReed().children().build());
        // The "file chooser" hands over whatever the test put in `chosen`.
        openTheApp("overview", (owner, title, many) -> chosen);
    }

    @Test
    void aCallAndAPostedLetterAreEachFoundOnTheTimelineByAWordOfTheirOwn() throws Exception {
        press("#nav-calls");
        waitFor("#call-said");
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said enforcement would start this month.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitUntil("the call is listed", () -> ((ListView<?>) lookup("#call-list").query()).getItems().size() == 1);

        chosen = List.of(certificatePhoto());
        press("#nav-letters");
        press("#letters-new-sent");
        fill("#sent-written", "19/11/2026");
        fill("#sent-subject", "Deduction from earnings order");
        fill("#sent-to-name", "Child Maintenance Service");
        fill("#sent-posted", "20/11/2026");
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        interact(() -> method.setValue(PostingMethod.FIRST_CLASS));
        press("#sent-cert-got");
        fill("#sent-cert-ref", "CP 0001 2345");
        reveal("#sent-cert-photo-attach");
        press("#sent-cert-photo-attach");
        Label attached = lookup("#sent-cert-photo-name").query();
        waitUntil("the photo is attached", () -> "certificate.png".equals(attached.getText()));
        reveal("#letters-save");
        press("#letters-save");
        TableView<?> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);

        press("#nav-timeline");
        // The call, the letter, the certificate photo, which is kept in Documents too, and the date the letter's
        // reply is expected by, a date to watch as on the Where it stands page.
        waitUntil("all four entries load", () -> timeline().getItems().size() == 4);
        assertTrue(timelineText().contains("Reply expected to your letter posted on 20 Nov 2026"), timelineText());
        type("#timeline-search", "enforcement");
        waitUntil("only the call is left", () -> timeline().getItems().size() == 1);
        assertTrue(timelineText().contains("I called the CMS (Priya)"), timelineText());
        type("#timeline-search", "earnings");
        waitUntil("only the letter and its reply date are left", () -> timeline().getItems().size() == 2);
        assertTrue(timelineText().contains("Deduction from earnings order"), timelineText());
        assertTrue(timelineText().contains("CP 0001 2345"), "the certificate shows with the letter: " + timelineText());
        type("#timeline-search", "pineapple");
        waitUntil("nothing matches", () -> timeline().getItems().isEmpty());
        assertEquals(0, timeline().getItems().size());
    }

    private ListView<?> timeline() {
        return lookup("#timeline-list").query();
    }

    private String timelineText() {
        return timeline().getItems().toString();
    }

    private Path certificatePhoto() throws Exception {
        Path photo = Files.createDirectories(parentsFiles).resolve("certificate.png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(10, 10, 100, 60);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        return photo;
    }

    private void fill(String id, String text) {
        reveal(id);
        type(id, text);
    }

    /** Scrolls the letter form so the field is on screen, as a parent would before clicking it. */
    private void reveal(String id) {
        Node field = waitFor(id);
        ScrollPane scroll = lookup("#letters-editor").query();
        interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
    }
}
