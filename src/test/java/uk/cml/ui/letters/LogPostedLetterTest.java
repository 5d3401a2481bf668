package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.ui.PageHarness;
import uk.cml.ui.WithAPage;

class LogPostedLetterTest extends WithAPage {

    @TempDir
    Path parentsFiles;

    /** Scrolls the form so the field is on screen, as a parent would before clicking it. */
    private void fill(String id, String text) {
        reveal(id);
        type(id, text);
    }

    private void reveal(String id) {
        javafx.scene.Node field = waitFor(id);
        javafx.scene.control.ScrollPane scroll = lookup("#letters-editor").query();
        interact(() -> {
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
        });
    }

    /** Opens the Letters page and fills in a new letter sent first class, up to the day it was posted. */
    private void logPosted(String written, String subject, LetterKind letterKind, String to, String postedOn) {
        LettersView page = LettersPages.open(harness, CLOCK);
        show(page);
        press("#letters-new-sent");
        fill("#sent-written", written);
        fill("#sent-subject", subject);
        ComboBox<PostingMethod> method = waitFor("#sent-method");
        ComboBox<LetterKind> kind = lookup("#sent-kind").query();
        interact(() -> {
            method.setValue(PostingMethod.FIRST_CLASS);
            kind.setValue(letterKind);
        });
        fill("#sent-to-name", to);
        fill("#sent-posted", postedOn);
    }

    /**
     * Found by a reviewer: an empty PDF or a text file named .jpg chosen as the certificate's photo was refused in a
     * grey line cut to "... then add it ...", where the Documents page says the same in full, in red.
     */
    @Test
    void aFileRefusedAsTheCertificatesPhotoIsSaidInFullInRed() throws Exception {
        Path empty = parentsFiles.resolve("empty.pdf");
        java.nio.file.Files.write(empty, new byte[0]);
        Path notAPhoto = parentsFiles.resolve("certificate.jpg");
        java.nio.file.Files.writeString(notAPhoto, "This is a text file, not a photo.");
        LettersView page = LettersPages.open(harness, CLOCK);
        interact(() -> {
            harness.show(page);
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
        });
        press("#letters-new-sent");
        press("#sent-cert-got");
        for (Path file : List.of(empty, notAPhoto)) {
            harness.chosenFiles = List.of(file);
            reveal("#sent-cert-photo-attach");
            press("#sent-cert-photo-attach");
            Label message = lookup("#sent-cert-photo-message").query();
            waitUntil("the file is refused", () -> interactAndGet(() -> message.getText()
                    .contains(file.getFileName().toString()) && !message.getText().startsWith("Adding")));
            reveal("#sent-cert-photo-message");
            javafx.scene.text.Text shown = interactAndGet(() -> (javafx.scene.text.Text) message.lookup(".text"));
            assertEquals(interactAndGet(message::getText), interactAndGet(shown::getText), "said in full, not cut");
            assertTrue(interactAndGet(() -> message.getStyleClass().contains("field-error")
                    && !message.getStyleClass().contains("field-hint")), "in red, as a problem");
            assertTrue(interactAndGet(() -> message.getHeight() > 30), "on as many lines as it needs");
            uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(),
                    "letters-cert-photo-refused-" + file.getFileName() + ".png");
        }
        // A file attached after all is said calmly again.
        Path photo = parentsFiles.resolve("certificate.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", photo.toFile());
        harness.chosenFiles = List.of(photo);
        press("#sent-cert-photo-attach");
        Label attached = lookup("#sent-cert-photo-name").query();
        waitUntil("the photo is attached", () -> "certificate.png".equals(interactAndGet(attached::getText)));
        assertTrue(interactAndGet(() -> lookup("#sent-cert-photo-message").query().getStyleClass()
                .contains("field-hint")), "not in red");
    }

    @Test
    void aPostedLetterWithACertificatePhotoIsListedWithItsProofAndReplyDate() throws Exception {
        Path photo = parentsFiles.resolve("certificate.png");
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(10, 10, 100, 60);
        g.dispose();
        ImageIO.write(image, "png", photo.toFile());
        harness.chosenFiles = List.of(photo);
        logPosted("19/11/2026", "Missed payments in October", LetterKind.COMPLAINT, "Child Maintenance Service 21",
                "20/11/2026");
        press("#sent-cert-got");
        fill("#sent-cert-branch", "Leeds Headrow");
        fill("#sent-cert-ref", "CP 0001 2345");
        reveal("#sent-cert-photo-attach");
        press("#sent-cert-photo-attach");
        Label attached = lookup("#sent-cert-photo-name").query();
        waitUntil("the photo is attached", () -> "certificate.png".equals(attached.getText()));
        // Posted Friday 20 Nov by 1st class: delivered Tuesday 24th, then 15 working days for a complaint.
        assertEquals("15 Dec 2026", text("#sent-reply-by"));
        reveal("#letters-save");
        press("#letters-save");

        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        assertTrue(lookup(node -> node instanceof Labeled cell && cell.isVisible()
                && "Certificate attached".equals(cell.getText())).tryQuery().isPresent(), "the proof shows in the list");
        assertTrue(lookup(node -> node instanceof Labeled cell && "Reply due by 15 Dec 2026".equals(cell.getText()))
                .tryQuery().isPresent(), "the reply-by date shows in the list");
        SentLetter saved = harness.services.sentLetters.letters(harness.currentCase.get().id()).get(0);
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 11, 20)), saved.posted());
        assertEquals("CP 0001 2345", saved.proof().reference());
        long photoId = saved.proof().photoDocumentId().orElseThrow();
        assertEquals("certificate.png", harness.services.documents.find(photoId).orElseThrow().originalName());
        assertEquals(List.of(), harness.services.sentLetters.todos(saved.caseId(), CLOCK.instant()
                .atZone(CLOCK.getZone()).toLocalDate()), "posted with proof: nothing left to do");
    }

    /**
     * Found by a reviewer: a certificate of posting dated 2 days before the letter was posted was accepted, listed
     * with a green "Certificate attached", and the pack printed both dates. The Post Office dates a certificate the
     * day the letter is handed in: the form puts the posting date in, keeps it in step, and refuses another day.
     */
    @Test
    void theCertificatesDateFollowsThePostingAndAnotherDayIsRefusedBesideIt() throws Exception {
        logPosted("16/11/2026", "Missed payments in October", LetterKind.ARREARS_REPORT, "Child Maintenance Service",
                "19/11/2026");
        ComboBox<PostingMethod> method = lookup("#sent-method").query();
        interact(() -> method.setValue(PostingMethod.SECOND_CLASS));
        press("#sent-cert-got");
        assertEquals("19 Nov 2026", text("#sent-cert-date"), "the certificate is dated the day of posting");
        fill("#sent-posted", "20/11/2026");
        assertEquals("20 Nov 2026", text("#sent-cert-date"), "kept in step");
        fill("#sent-cert-branch", "Leeds Headrow");
        fill("#sent-cert-date", "18/11/2026");
        reveal("#letters-save");
        press("#letters-save");
        Label problem = waitFor("#sent-cert-date-error");
        waitUntil("the date is refused", () -> interactAndGet(problem::isVisible));
        assertEquals("A certificate of posting is dated the day the letter is handed in at the Post Office, so it "
                + "should say 20 Nov 2026, the day you posted it. Check both dates.", interactAndGet(problem::getText));
        assertEquals(List.of(), harness.services.sentLetters.letters(harness.currentCase.get().id()), "not saved");
        uk.cml.ui.Snapshots.save(this, harness.stage().getScene().getRoot(), "letters-cert-date-refused.png");

        fill("#sent-cert-date", "20/11/2026");
        reveal("#letters-save");
        press("#letters-save");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(harness.currentCase.get().id()).get(0);
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 11, 20)), saved.proof().certificateDate());
    }

    /** A posting recorded with no certificate (no photo, branch or reference) claims none: no date is kept. */
    @Test
    void aPostingWithNoCertificateKeepsNoCertificateDate() {
        logPosted("16/11/2026", "Missed payments in October", LetterKind.ARREARS_REPORT, "Child Maintenance Service",
                "19/11/2026");
        assertEquals("19 Nov 2026", text("#sent-cert-date"));
        reveal("#letters-save");
        press("#letters-save");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(harness.currentCase.get().id()).get(0);
        assertEquals(Optional.empty(), saved.proof().certificateDate());
        assertTrue(saved.proof().isEmpty(), "no certificate claimed");
    }

    /** Shown on screen: it and every box it is in. */
    private boolean shown(String id) {
        return interactAndGet(() -> {
            for (javafx.scene.Node n = lookup(id).query(); n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Found by a reviewer: the posting form showed a certificate of posting's date filled in from the posting, and
     * nothing asked whether the parent got a certificate at all. Now the parent answers ("I got a certificate of
     * posting from the Post Office", unticked until they tick it); the certificate's date, branch, reference and photo
     * are asked for only then, and the letter, the list and the to-dos claim a certificate only then.
     */
    @Test
    void aCertificateIsRecordedOnlyWhenTheParentSaysTheyGotOne() {
        logPosted("16/11/2026", "Missed payments in October", LetterKind.ARREARS_REPORT, "Child Maintenance Service",
                "19/11/2026");
        javafx.scene.control.CheckBox got = waitFor("#sent-cert-got");
        assertTrue(shown("#sent-cert-got"), "the question is asked");
        assertTrue(!interactAndGet(got::isSelected), "no answer chosen for the parent");
        for (String id : List.of("#sent-cert-date", "#sent-cert-branch", "#sent-cert-ref", "#sent-cert-photo-attach")) {
            assertTrue(!shown(id), id + " is not asked before the parent says they got a certificate");
        }
        reveal("#letters-save");
        press("#letters-save");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        long caseId = harness.currentCase.get().id();
        SentLetter saved = harness.services.sentLetters.letters(caseId).get(0);
        assertTrue(!saved.proof().certificateGot(), "no certificate claimed");
        java.time.LocalDate today = CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate();
        assertEquals(List.of(uk.cml.domain.todo.TodoKind.ATTACH_PROOF), harness.services.sentLetters
                .todos(caseId, today).stream().map(uk.cml.domain.todo.TodoItem::kind)
                .filter(k -> k.name().startsWith("ATTACH")).toList());

        // Opened again, the parent says they got one: its date is the posting's, and asked for with the photo.
        interact(() -> sent.getSelectionModel().select(0));
        press("#sent-cert-got");
        assertTrue(shown("#sent-cert-date") && shown("#sent-cert-photo-attach"), "the certificate is asked for");
        assertTrue(interactAndGet(() -> lookup("#sent-cert-got").query().localToScene(0, 0).getY()
                < lookup("#sent-cert-date").query().localToScene(0, 0).getY()
                && lookup("#sent-cert-photo-attach").query().localToScene(0, 0).getY()
                < lookup("#sent-reply-by").query().localToScene(0, 0).getY()), "in its place: under the question, "
                + "above the reply date");
        assertEquals("19 Nov 2026", text("#sent-cert-date"), "dated the day it was posted");
        fill("#sent-cert-branch", "Leeds Headrow");
        reveal("#letters-save");
        press("#letters-save");
        waitUntil("saved", () -> harness.services.sentLetters.letters(caseId).get(0).proof().certificateGot());
        saved = harness.services.sentLetters.letters(caseId).get(0);
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 11, 19)), saved.proof().certificateDate());
        assertEquals("Leeds Headrow", saved.proof().branch());
        assertTrue(interactAndGet(() -> lookup(node -> node instanceof Labeled cell && cell.isVisible()
                && cell.getText() != null && "Certificate: no photo yet".equals(cell.getText().replace('\n', ' ')))
                .tryQuery().isPresent()), "the list asks for its photo (a chip may take two lines)");

        // And untold again: nothing of a certificate is kept.
        waitUntil("listed", () -> sent.getItems().size() == 1);
        interact(() -> sent.getSelectionModel().select(0));
        press("#sent-cert-got");
        assertTrue(!shown("#sent-cert-branch"), "the certificate's details are put away with the answer");
        reveal("#letters-save");
        press("#letters-save");
        waitUntil("saved", () -> !harness.services.sentLetters.letters(caseId).get(0).proof().certificateGot());
        assertTrue(harness.services.sentLetters.letters(caseId).get(0).proof().isEmpty());
    }

    /**
     * A subject access request logged by hand is given one calendar month from delivery, moved on to the next
     * working day (the regulator's rule, and the date the app's own letter prints), not the 20 working days of a
     * request for information.
     */
    @Test
    void aSubjectAccessRequestIsGivenAMonthFromDeliveryOnToTheNextWorkingDay() {
        logPosted("27/10/2026", "Subject access request", LetterKind.SUBJECT_ACCESS_REQUEST,
                "Child Maintenance Service", "27/10/2026");
        // Posted Tuesday 27 October: delivered Thursday 29th. A month is Sunday 29 November, so Monday 30th.
        // (Twenty working days would have said Thursday 26 November.)
        waitUntil("the month is suggested", () -> "30 Nov 2026".equals(text("#sent-reply-by")));
        assertEquals("Suggested: 30 Nov 2026. It counts as delivered on 29 Oct 2026, then one calendar month for a "
                + "reply (the next working day if that ends on a weekend or bank holiday). You can change it.",
                ((Label) lookup("#sent-reply-by-suggestion").query()).getText());
        reveal("#letters-save");
        press("#letters-save");
        TableView<SentLetter> sent = waitFor("#letters-sent-table");
        waitUntil("the letter is listed", () -> sent.getItems().size() == 1);
        SentLetter saved = harness.services.sentLetters.letters(harness.currentCase.get().id()).get(0);
        assertEquals(LetterKind.SUBJECT_ACCESS_REQUEST, saved.kind());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 11, 30)), saved.replyBy());
    }
}
