package uk.cml.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.AppRobot;

/**
 * Changing page in a window shows at once that the page is coming: the sidebar marks it and a light "Loading…" with
 * its title stands in the page's place, drawn before the page is built or shown (which, under load, took seconds
 * with the old page still on screen and the old page still marked).
 */
@ExtendWith(ApplicationExtension.class)
class PageComingTest extends AppRobot {

    /** What the window looked like when a page was built: what stood in the page's place, and what was marked. */
    private record AtBuild(Node centre, boolean marked, int pulsesSinceAsked) {
    }

    private final List<AtBuild> atBuild = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final AtomicInteger pulses = new AtomicInteger();
    private int pulsesWhenAsked;
    private MainWindow window;

    /** A page that writes down what it was asked, in order. */
    private record Page(String key, Node view, List<String> heard) implements Section {
        @Override
        public String title() {
            return key.substring(0, 1).toUpperCase() + key.substring(1);
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void shown() {
            heard.add(key + " shown");
        }

        @Override
        public void show(Destination destination) {
            heard.add(key + " " + destination.page());
        }
    }

    private LazySection<Page> lazy(String key, String title) {
        return new LazySection<>(key, title, () -> {
            atBuild.add(new AtBuild(window.view().getCenter(),
                    ((ToggleButton) window.view().lookup("#nav-" + key)).isSelected(),
                    pulses.get() - pulsesWhenAsked));
            return new Page(key, new Pane(), heard);
        });
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(FXCollections.<CaseFile>observableArrayList(), new SimpleObjectProperty<>(),
                List.of(new Page("overview", new Pane(), heard), lazy("payments", "Payments"),
                        lazy("letters", "Letters")), () -> { }, new SimpleIntegerProperty());
        window.select("overview");
        heard.clear();
        Scene scene = new Scene(window.view(), 900, 600);
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSidebarAndALoadingPlaceholderShowBeforeThePageIsBuilt() {
        interact(() -> pulsesWhenAsked = pulses.get());
        press("#nav-payments");
        waitUntil("the page is on show", () -> lookup("#page-payments").tryQuery().isPresent());

        assertEquals(1, atBuild.size());
        AtBuild seen = atBuild.get(0);
        assertTrue(seen.marked(), "the sidebar marks the page before it is built");
        assertEquals("page-loading", seen.centre().getId(), "a placeholder stands in the page's place");
        assertEquals("Payments", ((Label) seen.centre().lookup("#page-loading-title")).getText());
        assertEquals("Loading…", ((Label) seen.centre().lookup("#page-loading-words")).getText());
        assertTrue(seen.pulsesSinceAsked() >= 1, "the placeholder was laid out, to be drawn, before the build began");
        assertEquals(List.of("payments shown"), heard);
        assertFalse(lookup("#page-loading").tryQuery().isPresent(), "gone once the page is there");
    }

    @Test
    void aDestinationIsGivenToItsPageOnceThePageIsThere() {
        interact(() -> window.show(new Destination.PaymentPlans()));
        waitUntil("the page is on show", () -> heard.size() == 2);
        assertEquals(List.of("payments shown", "payments payments"), heard);
        assertSame(window.view().getCenter(), lookup("#page-payments").query());
    }

    @Test
    void aPageLeftBeforeItCameIsNeverBuilt() {
        interact(() -> {
            window.select("letters");
            window.select("payments");
        });
        waitUntil("the page is on show", () -> lookup("#page-payments").tryQuery().isPresent());
        assertEquals(1, atBuild.size(), "only the page the parent stayed on");
        assertEquals(List.of("payments shown"), heard);
        assertTrue(((ToggleButton) lookup("#nav-payments").query()).isSelected());
    }
}
