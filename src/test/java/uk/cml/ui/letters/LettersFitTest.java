package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.ui.WithTheApp;

/**
 * At 1024 x 700 the Letters page showed three of the sample case's six sent letters, the received list taking as much
 * height again (the two lists shared about 435 px). Each list is now on a tab of its own ("Letters you sent (6)",
 * "Letters you received (7)"): the letters sent, whose replies the parent is waiting on, come first and show whole,
 * and the received list, on its tab, shows five whole letters at least.
 */
class LettersFitTest extends WithTheApp {

    @Test
    void atTenTwentyFourBySevenHundredEverySentLetterOfTheSampleShows() throws Exception {
        SampleFolders.fill(dataFolder);
        // The sample's three letters sent, and three more like them: six, as the list was measured with.
        try (uk.cml.app.AppServices services = uk.cml.app.AppServices.open(dataFolder,
                java.time.Clock.system(java.time.ZoneId.of("Europe/London")))) {
            long caseId = services.cases.cases().get(0).id();
            for (uk.cml.domain.correspondence.SentLetter l : services.sentLetters.letters(caseId)) {
                services.sentLetters.save(new uk.cml.domain.correspondence.SentLetter(0, caseId, l.written(),
                        l.posted(), l.to(), l.subject() + " (copy)", l.kind(), java.util.Optional.empty(), l.method(),
                        uk.cml.domain.correspondence.ProofOfPostage.NONE, "", l.replyBy(), java.util.Optional.empty()));
            }
            assertTrue(services.sentLetters.letters(caseId).size() == 6, "six letters sent");
        }
        openTheApp();
        waitFor("#overview-owed");
        press("#nav-letters");
        TableView<?> sent = waitFor("#letters-sent-table");
        TableView<?> received = waitFor("#letters-received-table");
        waitUntil("the sample's letters are listed", () -> sent.getItems().size() >= 6
                && received.getItems().size() >= 3);
        interact(() -> {
            window().setWidth(1024);
            window().setHeight(700);
        });
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        int sentRows = interactAndGet(() -> wholeRows(sent));
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "letters-rows-1024x700.png");
        // The sample's letters have a certificate of posting recorded without its photo: the chip says so (not "No
        // photo yet" alone, read as "no proof"), on two lines, whole, and the Proof column keeps its least width
        // ("Certificate: no photo yet" on one line took it to 205 px and pushed the letters' rows to five lines).
        java.util.List<javafx.scene.control.Label> chips = interactAndGet(() -> certificateChips(sent));
        assertTrue(chips.size() >= 3, "the sample's three letters with a certificate and no photo say so: "
                + chips.size());
        for (javafx.scene.control.Label chip : chips) {
            assertTrue(interactAndGet(() -> whole(chip)), "the chip reads whole: " + chip.getText() + " "
                    + chip.getLayoutBounds());
        }
        double proofWidth = interactAndGet(() -> sent.getColumns().get(3).getWidth());
        assertTrue(proofWidth <= 130, "the Proof column is not widened by the chip: " + proofWidth);
        // The letters received are on a tab of their own, which says how many there are.
        press("#letters-tab-received");
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        int receivedRows = interactAndGet(() -> wholeRows(received));
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "letters-received-rows-1024x700.png");
        int letters = sent.getItems().size();
        int got = received.getItems().size();
        assertTrue(sentRows == Math.min(6, letters) && receivedRows >= Math.min(5, got), "whole rows at 1024 x 700:"
                + " sent " + sentRows + " of " + letters + ", received " + receivedRows + " of " + got);
    }

    /** The Proof chips on show that name a certificate recorded without its photo. */
    private static java.util.List<javafx.scene.control.Label> certificateChips(TableView<?> table) {
        java.util.List<javafx.scene.control.Label> found = new java.util.ArrayList<>();
        for (Node node : table.lookupAll(".status-chip")) {
            if (node instanceof javafx.scene.control.Label chip && chip.isVisible() && chip.getScene() != null
                    && "Certificate: no photo yet".equals(chip.getText().replace('\n', ' '))) {
                found.add(chip);
            }
        }
        return found;
    }

    /** The chip's words fit it (none cut short with "...") and the chip fits its cell. */
    private static boolean whole(javafx.scene.control.Label chip) {
        javafx.scene.Parent cell = chip.getParent();
        javafx.geometry.Bounds in = cell.getLayoutBounds();
        javafx.geometry.Bounds b = chip.getBoundsInParent();
        return chip.prefWidth(-1) <= chip.getWidth() + 0.5 && chip.prefHeight(chip.getWidth()) <= chip.getHeight() + 0.5
                && b.getMinX() >= in.getMinX() - 0.5 && b.getMaxX() <= in.getMaxX() + 0.5
                && b.getMinY() >= in.getMinY() - 0.5 && b.getMaxY() <= in.getMaxY() + 0.5;
    }

    /** The table's rows wholly inside its rows area. */
    private static int wholeRows(TableView<?> table) {
        Node clip = table.lookup(".clipped-container");
        javafx.geometry.Bounds area = clip.localToScene(clip.getLayoutBounds());
        int whole = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof javafx.scene.control.TableRow<?> row && row.isVisible() && row.getItem() != null) {
                javafx.geometry.Bounds b = row.localToScene(row.getLayoutBounds());
                if (b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5) {
                    whole++;
                }
            }
        }
        return whole;
    }
}
