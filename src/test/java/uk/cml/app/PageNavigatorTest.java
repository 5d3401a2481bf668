package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.ui.shell.Destination;
import uk.cml.ui.shell.LazySection;
import uk.cml.ui.shell.MainWindow;
import uk.cml.ui.shell.Section;

/** The navigator selects a destination's page, then hands the page the destination; nothing is shown on screen. */
@ExtendWith(ApplicationExtension.class)
class PageNavigatorTest extends FxRobot {

    /** A page that writes down what it was asked, in order. */
    private record Page(String key, Node view, List<String> heard) implements Section {
        Page(String key, List<String> heard) {
            this(key, new Pane(), heard);
        }

        @Override
        public String title() {
            return key;
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
            heard.add(key + " " + destination);
        }
    }

    private final List<String> heard = new ArrayList<>();
    private final Page overview = new Page("overview", heard);
    private final Page payments = new Page("payments", heard);
    private final Page letters = new Page("letters", heard);

    private MainWindow window() {
        return new MainWindow(FXCollections.<CaseFile>observableArrayList(), new SimpleObjectProperty<>(),
                List.of(overview, payments, new LazySection<>("letters", "Letters", () -> letters)), () -> { },
                new SimpleIntegerProperty());
    }

    @Test
    void theDestinationsPageIsShownAndThenToldWhatToShow() {
        PageNavigator navigator = new PageNavigator();
        MainWindow window = window();
        navigator.bind(window);
        interact(() -> navigator.go(new Destination.PaymentsAt(LocalDate.of(2026, 11, 5))));

        assertSame(payments.view(), window.view().getCenter());
        assertEquals(List.of("payments shown", "payments PaymentsAt[due=2026-11-05]"), heard);
    }

    @Test
    void aPageBuiltOnItsFirstVisitIsBuiltThenGivenTheDestination() {
        PageNavigator navigator = new PageNavigator();
        MainWindow window = window();
        navigator.bind(window);
        interact(() -> navigator.go(new Destination.LettersSelecting(12)));

        assertSame(letters.view(), window.view().getCenter());
        assertEquals(List.of("letters shown", "letters LettersSelecting[letterId=12]"), heard);
    }

    @Test
    void aDestinationOnAPageTheWindowDoesNotHaveOpensTheFirstPageAndNothingElse() {
        PageNavigator navigator = new PageNavigator();
        MainWindow window = window();
        navigator.bind(window);
        interact(() -> navigator.go(new Destination.CallSelecting(3)));

        assertSame(overview.view(), window.view().getCenter());
        assertEquals(List.of("overview shown"), heard);
    }

    @Test
    void goingAnywhereBeforeTheWindowIsBuiltIsAWiringMistake() {
        PageNavigator navigator = new PageNavigator();
        assertThrows(IllegalStateException.class, () -> navigator.go(new Destination.PaymentPlans()));
        navigator.bind(window());
        assertThrows(IllegalStateException.class, () -> navigator.bind(window()));
    }
}
