package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.app.SampleFolders;
import uk.cml.app.Startup;
import uk.cml.ui.AppRobot;

/**
 * Seen in a real 1024 x 700 window on the sample case: in "How the dates are counted" the meaning of each figure had
 * about 180 px beside a value column kept wide by the enforcement steps' names and a column of its own for "checked 1
 * Dec 2026", and "Months after the CMS's final response to complain to the Independent Case Examiner" took five lines.
 * At both laptop sizes each meaning reads in three lines at most, in a column of 280 px or more at 1024, and no word
 * in the table is cut.
 */
@ExtendWith(ApplicationExtension.class)
class HowDatesAreCountedRoomTest extends AppRobot {

    @TempDir
    Path dataFolder;
    Startup startup;

    @Start
    void start(Stage primary) {
        // The app opens in a window of its own (see AppRobot.startOn).
    }

    @AfterEach
    void close() {
        if (startup != null) {
            stop(startup);
        }
    }

    @Test
    void eachMeaningReadsInThreeLinesAtMostAtLaptopSizes() {
        SampleFolders.fillOn(dataFolder, CLOCK);
        startup = startOn(dataFolder);
        waitFor("#overview-owed");
        press("#nav-where-things-stand");
        GridPane facts = waitFor("#standing-facts");
        waitUntil("the figures are listed", () -> interactAndGet(() -> facts.getChildren().size() > 20));
        for (double[] size : new double[][] {{1024, 700}, {1366, 768}}) {
            interact(() -> {
                window().setMaximized(false);
                window().setWidth(size[0]);
                window().setHeight(size[1]);
            });
            for (int i = 0; i < 3; i++) {
                WaitForAsyncUtils.waitForFxEvents();
            }
            String where = size[0] + " x " + size[1];
            List<Label> meanings = interactAndGet(() -> facts.getChildren().stream()
                    .filter(n -> column(n) == 0 && n instanceof Label).map(Label.class::cast).toList());
            assertTrue(meanings.size() > 10, "meanings at " + where + ": " + meanings.size());
            double widest = interactAndGet(() -> meanings.stream().mapToDouble(Label::getWidth).max().orElse(0));
            if (size[0] == 1024) {
                assertTrue(widest >= 280, "the meanings' column at " + where + ": " + widest + " px");
            }
            for (Label meaning : meanings) {
                long lines = interactAndGet(() -> Math.round(drawn(meaning).getLayoutBounds().getHeight()
                        / oneLine(drawn(meaning))));
                assertTrue(lines <= 3, lines + " lines for \"" + meaning.getText() + "\" at " + where + " ("
                        + Math.round(interactAndGet(meaning::getWidth)) + " px)");
            }
            assertEquals(List.of(), interactAndGet(() -> cut(facts)), "cut at " + where);
        }
    }

    private static int column(Node node) {
        Integer at = GridPane.getColumnIndex(node);
        return at == null ? 0 : at;
    }

    private static Text drawn(Label label) {
        return (Text) label.lookup(".text");
    }

    private static double oneLine(Text words) {
        Text line = new Text("Xg");
        line.setFont(words.getFont());
        line.setLineSpacing(words.getLineSpacing());
        return line.getLayoutBounds().getHeight();
    }

    /** Every label in the table whose drawn words are not its words, or that ends past the table's right edge. */
    private static List<String> cut(GridPane facts) {
        List<String> cut = new ArrayList<>();
        double right = facts.localToScene(facts.getLayoutBounds()).getMaxX();
        for (Node node : facts.lookupAll(".label")) {
            if (node instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
                Text shown = drawn(label);
                String words = shown == null ? "" : shown.getText().replace("\n", " ").replaceAll("\\s+", " ").strip();
                if (!words.equals(label.getText().replaceAll("\\s+", " ").strip())) {
                    cut.add("\"" + words + "\" for \"" + label.getText() + "\"");
                }
                if (label.localToScene(label.getLayoutBounds()).getMaxX() > right + 0.5) {
                    cut.add("\"" + label.getText() + "\" past the table's right edge");
                }
            }
        }
        return cut;
    }
}
