package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.WithTheApp;

/**
 * Reviewer, 5 Dec 2026, in a real window at 1024 x 700: the list of letters on the Write a letter page opened, the
 * first time only, as wide as the box above it with the longer titles cut and a sideways scroll bar under them. Each
 * time it opens, every title reads whole (on two lines if need be) and the list has no sideways bar.
 */
class TemplateListFitsTest extends WithTheApp {

    @Test
    void theListOfLettersHasNoSidewaysBarOnItsFirstOpeningOrLater() {
        openOnTheSampleRecords();
        sizeTheWindow(1024, 700);
        press("#nav-write-letter");
        ComboBox<?> box = waitFor("#letter-template");
        settle();
        // As the page marks a letter made before for the same call once its records are read (TemplatePicker
        // sets the list's cells afresh): "Confirm a phone call \u2013 written ...", wider than any title.
        @SuppressWarnings("unchecked")
        ComboBox<uk.cml.letters.templates.LetterTemplate> letters = (ComboBox<uk.cml.letters.templates.LetterTemplate>) box;
        interact(() -> letters.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(uk.cml.letters.templates.LetterTemplate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + " \u2013 written 5 Dec 2026, posted 5 Dec 2026");
            }
        }));
        settle();
        double[] widths = new double[3];
        for (int opening = 1; opening <= 2; opening++) {
            interact(box::show);
            settle();
            ListView<?> list = popupList();
            int at = opening;
            assertTrue(interactAndGet(list::isVisible), "the list shows");
            assertFalse(interactAndGet(() -> sideways(list)), "a sideways bar under the list on opening " + at);
            widths[opening] = interactAndGet(list::getWidth);
            interact(box::hide);
            settle();
        }
        org.junit.jupiter.api.Assertions.assertEquals(widths[2], widths[1], 0.5, "the list's width, first and second");
    }

    private ListView<?> popupList() {
        return interactAndGet(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window.isShowing() && window.getScene() != null) {
                    for (Node node : window.getScene().getRoot().lookupAll(".list-view")) {
                        if (node instanceof ListView<?> list && list.getStyleClass().contains("list-view")
                                && node.getScene().getWindow() instanceof javafx.stage.PopupWindow) {
                            return list;
                        }
                    }
                }
            }
            throw new AssertionError("no list of letters open");
        });
    }

    private static boolean sideways(ListView<?> list) {
        for (Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
