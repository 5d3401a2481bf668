package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.ui.WithTheApp;

/**
 * Found by a reviewer at 1024 x 768 on the sample case: the letters sent read "Confirming call with ..." and
 * "1st cla...", and on Write a letter the chosen letter ("Report missed Direct Pay paym..."), address ("Child
 * Maintenance Service, PO ...") and call ("29 Nov 2026, 11:00: I called the...") were cut. A tooltip is no help to
 * a parent reading the list: each must read in full, at 1024 x 768 and at 1366 x 768.
 */
class LettersReadInFullTest extends WithTheApp {

    private static final int[][] SIZES = {{1024, 768}, {1366, 768}};

    private void openSample() throws Exception {
        SampleFolders.fill(dataFolder);
        openTheApp();
        waitFor("#overview-owed");
    }

    private void size(int width, int height) {
        sizeTheWindow(width, height);
        settle();
    }

    private static void settle() {
        // Wrapped words change a row's height after its width is known: a few pulses to lay out again.
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The words a Labeled draws: its text, or the text with "..." in place of the end it could not fit. */
    private static String shown(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains("text")).map(Text::getText).findFirst().orElse("");
    }

    private static void cut(Labeled labeled, String where, List<String> found) {
        String text = labeled.getText();
        if (text != null && !text.isBlank() && !shown(labeled).equals(text)) {
            found.add(where + ": \"" + shown(labeled) + "\" should read \"" + text + "\"");
        }
    }

    @Test
    void theLettersSentReadInFull() throws Exception {
        openSample();
        press("#nav-letters");
        readInFull(waitFor("#letters-sent-table"), "letters sent");
    }

    /**
     * The letters received read "Child Maintenan..." and "They say Jordan offers £404.2..." at 1024: who wrote and
     * what they said wrap (a summary up to five lines, the sample's longest is 136 characters).
     */
    @Test
    void theLettersReceivedReadInFull() throws Exception {
        openSample();
        press("#nav-letters");
        press("#letters-tab-received");
        readInFull(waitFor("#letters-received-table"), "letters received");
    }

    private void readInFull(TableView<?> table, String what) {
        waitUntil("the " + what + " are listed", () -> !table.getItems().isEmpty());
        TableView<?> sent = table;
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            List<String> found = new ArrayList<>();
            int cells = interactAndGet(() -> {
                int seen = 0;
                for (Node node : sent.lookupAll(".table-cell")) {
                    if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                            && !cell.getText().isBlank()) {
                        seen++;
                        cut(cell, cell.getTableColumn().getText() + " at " + size[0] + " x " + size[1], found);
                    }
                }
                return seen;
            });
            assertTrue(cells > 0, "the list shows its letters");
            assertEquals(List.of(), found, "words cut in the list of " + what);
        }
    }

    @Test
    void theWritersChoicesReadInFullForEveryLetter() throws Exception {
        openSample();
        press("#nav-write-letter");
        ComboBox<LetterTemplate> template = waitFor("#letter-template");
        ComboBox<?> recipient = waitFor("#letter-recipient");
        ComboBox<?> call = lookup("#letter-call").query();
        waitUntil("the address book is loaded", () -> !recipient.getItems().isEmpty());
        for (int[] size : SIZES) {
            size(size[0], size[1]);
            List<String> found = new ArrayList<>();
            for (LetterTemplate letter : template.getItems()) {
                interact(() -> template.setValue(letter));
                settle();
                check(template, letter.title() + ": the letter", size, found);
                check(recipient, letter.title() + ": the address", size, found);
                if (call.isVisible()) {
                    waitUntil("the calls are offered", () -> !call.getItems().isEmpty());
                    for (int i = 0; i < call.getItems().size(); i++) {
                        int index = i;
                        interact(() -> call.getSelectionModel().select(index));
                        settle();
                        check(call, "the call " + call.getValue(), size, found);
                    }
                }
            }
            assertEquals(List.of(), found, "choices cut on Write a letter");
        }
    }

    private void check(ComboBox<?> box, String where, int[] size, List<String> found) {
        interact(() -> {
            // The button is the drop-down's own cell (its list's cells are in the skin too).
            Labeled button = box.getChildrenUnmodifiable().stream().filter(ListCell.class::isInstance)
                    .map(Labeled.class::cast).findFirst().orElse(null);
            assertTrue(button != null && button.getText() != null && !button.getText().isBlank(),
                    where + " shows a choice");
            cut(button, where + " at " + size[0] + " x " + size[1], found);
        });
    }
}
