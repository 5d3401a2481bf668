package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * At 1024 x 700 the calls list cut who called whom: "The CMS called me (Mark, Enf...". That line wraps now; only
 * the start of what was said, the last line, may end in "...".
 */
class CallsListTitlesTest extends WithTheApp {

    @Test
    void at1024By700WhoCalledWhomReadsInFull() throws Exception {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 700);
        press("#nav-calls");
        ListView<?> list = waitFor("#call-list");
        waitUntil("the calls are listed", () -> !list.getItems().isEmpty());
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        List<String> cut = new ArrayList<>();
        int titles = interactAndGet(() -> {
            int seen = 0;
            for (var node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.getItem() != null
                        && cell.getGraphic() instanceof VBox lines && lines.getChildren().size() > 2) {
                    Label title = (Label) lines.getChildren().get(1);
                    seen++;
                    String shown = title.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                            .map(t -> ((Text) t).getText()).findFirst().orElse("");
                    if (!shown.equals(title.getText())) {
                        cut.add(shown);
                    }
                }
            }
            return seen;
        });
        uk.cml.ui.Snapshots.save(this, window().getScene().getRoot(), "calls-1024x700.png");
        assertTrue(titles > 0, "the list shows calls with what was said");
        assertEquals(List.of(), cut, "who called whom is cut");
    }
}
