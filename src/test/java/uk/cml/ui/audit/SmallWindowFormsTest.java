package uk.cml.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import uk.cml.ui.Snapshots;
import uk.cml.ui.WithTheApp;

/**
 * Parents on a small laptop (1024 x 700) pressed Save with a mistake in the Payments received form or the Calls
 * form and saw nothing happen: the form showed one field at a time (Payments) or squeezed its fields beside a wide
 * column of labels (Calls), and the message in red could be scrolled out of sight. After Save the first answer in
 * red is in the form's view with its message and has the keyboard, and the layout audit's checks pass on both forms,
 * messages showing, at 1024 x 700 and 1366 x 768.
 */
class SmallWindowFormsTest extends WithTheApp {

    /** The sample records, the app opened on them with the Overview's figures shown, the window at this size. */
    private void openSampleAt(int width, int height) {
        openOnTheSampleRecords();
        size(width, height);
    }

    private void size(int width, int height) {
        sizeTheWindow(width, height);
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Node openPaymentsReceived() {
        press("#nav-payments");
        TabPane tabs = waitFor("#payments-tabs");
        interact(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Payments received")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        return waitFor("#payment-date");
    }

    /** The form went under its table at 1024 wide and showed one field at a time, in a view 152 px high. */
    @Test
    void paymentsReceivedPassesTheLayoutChecksWithItsMessagesShowing() throws Exception {
        openSampleAt(1024, 700);
        Node date = openPaymentsReceived();
        assertEquals(List.of(), problems(), "the form as it opens at 1024 x 700");
        type("#payment-date", "31/02/2026");
        type("#payment-amount", "12.345");
        press("#payment-save");
        waitUntil("the date's message shows", () -> lookup("#payment-date-error").query().isVisible());
        interact(() -> scrollOf(date).setVvalue(0));
        Snapshots.save(this, window().getScene().getRoot(), "payments-received-problems-1024x700.png");
        assertEquals(List.of(), problems(), "the form with its messages at 1024 x 700");

        size(1366, 768);
        Snapshots.save(this, window().getScene().getRoot(), "payments-received-problems-1366x768.png");
        assertEquals(List.of(), problems(), "the form with its messages at 1366 x 768");
    }

    /** The Payments form never scrolled to its messages: with the form at its end, Save seemed to do nothing. */
    @Test
    void paymentsReceivedShowsTheFirstWrongAnswerWithTheKeyboardOnIt() throws Exception {
        openSampleAt(1024, 700);
        Node date = openPaymentsReceived();
        type("#payment-date", "31/02/2026");
        type("#payment-amount", "12.345");
        ScrollPane form = scrollOf(date);
        interact(() -> form.setVvalue(1));
        press("#payment-save");

        Label message = lookup("#payment-date-error").query();
        assertTrue(message.getText().startsWith("There is no such day as 31/02/2026"), message.getText());
        assertFirstWrongAnswerInView(form, date, message);
    }

    /** The Case page is one long scrolling form: Save (in a bar below it) left a wrong name above, out of sight. */
    @Test
    void theCasePageShowsTheFirstWrongAnswerWithTheKeyboardOnIt() throws Exception {
        openSampleAt(1024, 700);
        press("#nav-case");
        Node name = waitFor("#my-name");
        type("#my-name", " ");
        ScrollPane form = scrollOf(name);
        interact(() -> form.setVvalue(1));
        press("#case-save");

        Label message = lookup("#my-name-error").query();
        waitUntil("the name's message shows", message::isVisible);
        assertFirstWrongAnswerInView(form, name, message);
    }

    /** The address book's form scrolls with the page: Save left a wrong name above the window's edge. */
    @Test
    void theAddressBookShowsTheFirstWrongAnswerWithTheKeyboardOnIt() throws Exception {
        openSampleAt(1024, 700);
        press("#nav-addresses");
        Node name = waitFor("#address-name");
        press("#address-new");
        type("#address-postcode", "not a postcode");
        ScrollPane page = scrollOf(name);
        interact(() -> page.setVvalue(1));
        press("#address-save");

        Label message = lookup("#address-name-error").query();
        waitUntil("the name's message shows", message::isVisible);
        assertFirstWrongAnswerInView(page, name, message);
    }

    /** The set-up steps (a new case): Next with a wrong answer left the keyboard on Next, not on the answer. */
    @Test
    void theSetUpStepsPutTheKeyboardOnTheFirstWrongAnswer() throws Exception {
        openSampleAt(1024, 700);
        press("#add-case");
        Node name = waitFor("#other-name");
        press("#setup-next");

        Label message = lookup("#other-name-error").query();
        waitUntil("the name's message shows", message::isVisible);
        assertFirstWrongAnswerInView(scrollOf(name), name, message);
    }

    @Test
    void callsAtTheSmallestWindowShowTheFirstWrongAnswerWithTheKeyboardOnIt() throws Exception {
        openSampleAt(1024, 700);
        press("#nav-calls");
        Node time = waitFor("#call-time");
        assertEquals(List.of(), problems(), "the form as it opens at 1024 x 700");

        type("#call-time", "25:99");
        TextArea said = lookup("#call-said").query();
        interact(() -> said.setText("Too much. ".repeat(2_001)));
        type("#call-follow-up", "31/02/2026");
        ScrollPane form = scrollOf(time);
        interact(() -> form.setVvalue(1));
        press("#call-save");

        Label message = lookup("#call-time-error").query();
        assertTrue(message.isVisible() && !message.getText().isBlank(), "the time has its message");
        assertTrue(lookup("#call-said-error").queryLabeled().getText().contains("too long"),
                lookup("#call-said-error").queryLabeled().getText());
        assertFirstWrongAnswerInView(form, time, message);
        Snapshots.save(this, window().getScene().getRoot(), "calls-problems-1024x700.png");
        assertEquals(List.of(), problems(), "the form with its messages at 1024 x 700");

        size(1366, 768);
        Snapshots.save(this, window().getScene().getRoot(), "calls-problems-1366x768.png");
        assertEquals(List.of(), problems(), "the form with its messages at 1366 x 768");
    }

    /**
     * What a new user met after the walk-through's fixes, at the smallest window and a laptop's: "Call saved." with
     * Undo and "Write a letter confirming this call" beside it, the question before a half-typed call is lost, and
     * the writer's "Which call" list for the letter confirming it.
     */
    @Test
    void callSavedTheWhichCallListAndTheUnsavedQuestionFitBothWindows() throws Exception {
        openSampleAt(1024, 700);
        press("#nav-calls");
        waitFor("#call-said");
        type("#call-date", "20/11/2026");
        type("#call-time", "11:20");
        type("#call-spoke-to", "Priya");
        type("#call-said", "She said the missed payments were noted and a letter would follow.");
        choose("#call-who-called", uk.cml.domain.evidence.CallDirection.I_CALLED);
        press("#call-save");
        waitFor("#call-saved-letter");
        Snapshots.save(this, window().getScene().getRoot(), "calls-saved-1024x700.png");
        assertEquals(List.of(), problems(), "'Call saved.' with its two buttons at 1024 x 700");
        size(1366, 768);
        Snapshots.save(this, window().getScene().getRoot(), "calls-saved-1366x768.png");
        assertEquals(List.of(), problems(), "'Call saved.' with its two buttons at 1366 x 768");

        press("#call-saved-letter");
        javafx.scene.control.ComboBox<?> call = waitFor("#letter-call");
        waitUntil("the call is chosen", () -> call.getValue() != null && call.getValue().toString()
                .contains("Priya"));
        waitUntil("the letter is drafted from it", () -> text("#letter-heading").contains("20 Nov 2026"));
        Snapshots.save(this, window().getScene().getRoot(), "writer-call-1366x768.png");
        assertEquals(List.of(), problems(), "the writer with its list of calls at 1366 x 768");
        size(1024, 700);
        Snapshots.save(this, window().getScene().getRoot(), "writer-call-1024x700.png");
        assertEquals(List.of(), problems(), "the writer with its list of calls at 1024 x 700");

        press("#nav-calls");
        press("#call-new");
        type("#call-said", "Half typed");
        press("#call-new");
        waitFor("#call-lose-typing");
        Snapshots.save(this, window().getScene().getRoot(), "calls-unsaved-1024x700.png");
        assertEquals(List.of(), problems(), "the question before losing a half-typed call at 1024 x 700");
        size(1366, 768);
        Snapshots.save(this, window().getScene().getRoot(), "calls-unsaved-1366x768.png");
        assertEquals(List.of(), problems(), "the question before losing a half-typed call at 1366 x 768");
    }

    /**
     * Every page, each of its tabs, and each list's form (a row chosen, a letter being logged) at the smallest window
     * the app supports, then at a common laptop's: the Payment plans and Adjustments forms beside their tables were
     * cramped at 1024 x 700 (the form under the table, one field at a time), and the Calls page's buttons went onto
     * two lines. At 1366 x 768 no form field is stretched across the page.
     */
    @Test
    void everyPageAndTabPassesTheFormChecksAtTheSmallestWindowAndALaptops() throws Exception {
        openSampleAt(1024, 700);
        List<String> found = new ArrayList<>();
        walk(1024, 700, found);
        size(1366, 768);
        walk(1366, 768, found);
        assertEquals(List.of(), found, found.size() + " problems");
    }

    /** A form field wider than this at 1366 x 768 is stretched: a date or an amount across half the page. */
    private static final double WIDEST_FIELD = 600;

    private void walk(int width, int height, List<String> found) throws Exception {
        List<String> keys = lookup(".nav-button").queryAll().stream().map(Node::getId)
                .map(id -> id.substring("nav-".length())).toList();
        for (String key : keys) {
            interact(() -> ((javafx.scene.control.ToggleButton) lookup("#nav-" + key).query()).fire());
            settle();
            look(key, width, height, found);
            for (TabPane pane : interactAndGet(() -> LayoutChecks.showing(window().getScene().getRoot()).stream()
                    .filter(TabPane.class::isInstance).map(TabPane.class::cast).toList())) {
                for (javafx.scene.control.Tab tab : List.copyOf(pane.getTabs())) {
                    interact(() -> pane.getSelectionModel().select(tab));
                    settle();
                    look(key + "-" + tab.getId(), width, height, found);
                }
                interact(() -> pane.getSelectionModel().select(0));
            }
            for (String opens : List.of("#letters-new-sent", "#letters-new-received")) {
                if ("letters".equals(key)) {
                    press(opens);
                    settle();
                    look(key + "-" + opens.substring(1), width, height, found);
                    // The end of the form ("A reply to", a drop-down of the parent's own letters) for people to see.
                    Snapshots.saveScrolled(this, lookup("#letters-editor").query(),
                            "small-" + width + "x" + height + "-" + opens.substring(1) + "-scrolled");
                }
            }
            openFirstRow(key, width, height, found);
        }
    }

    /** Choosing a row opens its form on the pages with a list (calls, notes, letters, addresses, documents). */
    private void openFirstRow(String key, int width, int height, List<String> found) throws Exception {
        for (Node node : interactAndGet(() -> LayoutChecks.showing(window().getScene().getRoot()))) {
            if (node instanceof javafx.scene.control.TableView<?> table && !table.getItems().isEmpty()) {
                interact(() -> table.getSelectionModel().select(0));
            } else if (node instanceof javafx.scene.control.ListView<?> list && !list.getItems().isEmpty()
                    && !list.getStyleClass().contains("combo-box-popup")) {
                interact(() -> list.getSelectionModel().select(0));
            } else {
                continue;
            }
            settle();
            look(key + "-row", width, height, found);
            return;
        }
    }

    private void look(String page, int width, int height, List<String> found) throws Exception {
        String run = width + "x" + height;
        Snapshots.save(this, window().getScene().getRoot(), "small-" + run + "-" + page + ".png");
        List<String> seen = new ArrayList<>(problems());
        seen.addAll(interactAndGet(() -> LayoutChecks.actionsOnTwoLines(
                LayoutChecks.showing(window().getScene().getRoot()))));
        seen.addAll(interactAndGet(() -> LayoutChecks.brokenWords(
                LayoutChecks.showing(window().getScene().getRoot()))));
        // A page that fits its width must not scroll sideways: the parent would miss what lies past the right edge.
        seen.addAll(interactAndGet(() -> LayoutChecks.showing(window().getScene().getRoot()).stream()
                .filter(n -> n instanceof ScrollPane scroll && scroll.isFitToWidth() && scroll.getContent() != null
                        && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1)
                .map(n -> "scrolls sideways: " + LayoutChecks.describe(n) + " holds "
                        + Math.round(((ScrollPane) n).getContent().getLayoutBounds().getWidth()) + " px in "
                        + Math.round(((ScrollPane) n).getViewportBounds().getWidth())).toList()));
        if (width > 1024) {
            seen.addAll(interactAndGet(() -> LayoutChecks.showing(window().getScene().getRoot()).stream()
                    .filter(n -> n.getStyleClass().contains("form-field") && n instanceof javafx.scene.control.Control
                            c && c.getWidth() > WIDEST_FIELD)
                    .map(n -> "stretched: " + LayoutChecks.describe(n) + " is "
                            + Math.round(((javafx.scene.control.Control) n).getWidth()) + " px wide").toList()));
        }
        seen.forEach(problem -> found.add(run + " " + page + ": " + problem));
    }

    private void settle() {
        waitUntil("background work has finished", () -> lookup("#work-status").tryQuery()
                .map(n -> n.getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName().equals("busy")))
                .orElse(true));
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** The field has the keyboard, and it and its message lie inside the form's view. */
    private void assertFirstWrongAnswerInView(ScrollPane form, Node field, Label message) {
        waitUntil("the keyboard is on the first answer in red", () -> field.isFocused() || field.isFocusWithin());
        Bounds view = interactAndGet(() -> {
            Point2D corner = form.localToScene(form.snappedLeftInset(), form.snappedTopInset());
            return new BoundingBox(corner.getX(), corner.getY(), form.getViewportBounds().getWidth(),
                    form.getViewportBounds().getHeight());
        });
        Bounds f = interactAndGet(() -> field.localToScene(field.getLayoutBounds()));
        Bounds m = interactAndGet(() -> message.localToScene(message.getLayoutBounds()));
        assertTrue(f.getMinY() >= view.getMinY() - 0.5 && m.getMaxY() <= view.getMaxY() + 0.5,
                "the field (" + f.getMinY() + " to " + f.getMaxY() + ") and its message (" + m.getMinY() + " to "
                        + m.getMaxY() + ") lie in the form's view (" + view.getMinY() + " to " + view.getMaxY() + ")");
    }

    /** The layout audit's checks on what the window shows, and the form checks. */
    private List<String> problems() {
        return interactAndGet(() -> {
            List<Node> nodes = LayoutChecks.showing(window().getScene().getRoot());
            List<String> found = new ArrayList<>(LayoutChecks.all(window().getScene(), nodes));
            found.addAll(LayoutChecks.crampedForms(nodes));
            return found;
        });
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("no scroll pane holds " + node);
    }
}
