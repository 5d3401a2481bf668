package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer adding a second monthly plan: typing the first due date (31 Oct 2026) brought up "Runs on day
 * 31 of each month (the last day of a shorter month)." under it, the form moved down, and the click aimed at "Where
 * it came from" missed it, so what was typed next went nowhere. Typing the date now moves no field below it; nor does
 * the question about the payment day going once the date is changed.
 */
class PlanFormStaysStillTest extends WithAPage {

    private static final String DAY_31 = "Runs on the 31st of each month (the last day in shorter months).";

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0, Money.ofPence(210_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 7, 31), "CMS calculation letter dated 10 Jul 2026"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now:"));
        chooseTab("#payments-tabs", "tab-plans");
    }

    /** The page's room in the app at 1366 x 768 (beside the menu, under the bar) and at 1024 x 700. */
    private void windowOf(double width, double height) {
        interact(() -> {
            harness.stage().setWidth(width);
            harness.stage().setHeight(height);
        });
        waitUntil("the window is that size", () -> interactAndGet(() ->
                harness.stage().getScene().getWidth() < width + 1));
    }

    private Bounds where(String id) {
        return interactAndGet(() -> {
            Node node = lookup(id).query();
            return node.localToScene(node.getBoundsInLocal());
        });
    }

    /** Types into the date box where it is now, as a parent already looking at it would: no scrolling first. */
    private void typeDateInPlace(String date) {
        javafx.scene.control.DatePicker picker = waitFor("#plan-first-due");
        click(picker.getEditor());
        interact(picker.getEditor()::selectAll);
        write(date);
    }

    private String day() {
        return interactAndGet(() -> ((Label) lookup("#plan-day").query()).getText());
    }

    private void typingTheDateMovesNothingBelow(double width, double height) {
        windowOf(width, height);
        type("#plan-amount", "185.50");
        choose("#plan-frequency", PaymentFrequency.MONTHLY);
        reveal(waitFor("#plan-first-due"));
        Bounds before = where("#plan-source");
        Bounds stopBefore = where("#plan-stopped");

        typeDateInPlace("31/10/2026");
        waitUntil("the day is said", () -> DAY_31.equals(day()));
        assertEquals(before, where("#plan-source"), "Where it came from stays where the parent is about to click");
        assertEquals(stopBefore, where("#plan-stopped"));

        typeDateInPlace("15/10/2026");
        waitUntil("the 15th", () -> "Runs on day 15 of each month.".equals(day()));
        assertEquals(before, where("#plan-source"));

        type("#plan-source", "CMS letter dated 1 Oct 2026");
        assertEquals("CMS letter dated 1 Oct 2026", text("#plan-source"), "what is typed there goes there");
    }

    @Test
    void besideTheTableAt1366By768() {
        typingTheDateMovesNothingBelow(1150, 690);
    }

    @Test
    void underTheTableAt1024By700() {
        typingTheDateMovesNothingBelow(810, 620);
    }

    /**
     * The same for a first due that keeps the plan before's day: 30 Sep 2026 after a plan on the 31st reads "Runs on
     * the 31st ..., as the plan before it: 30 Sep 2026 is its payment day in September. To move payments to day 30,
     * ...", about three lines more than the room kept for the day line, and the form moved down under the parent's
     * click. With a plan before on the 29th to the 31st, the room is that of those words from the start.
     */
    private void typingAKeptDayMovesNothingBelow(double width, double height) {
        windowOf(width, height);
        type("#plan-amount", "185.50");
        choose("#plan-frequency", PaymentFrequency.MONTHLY);
        reveal(waitFor("#plan-first-due"));
        Bounds before = where("#plan-source");

        typeDateInPlace("30/09/2026");
        waitUntil("the day kept is said", () -> day().contains("as the plan before it"));
        assertEquals(before, where("#plan-source"), "Where it came from stays where the parent is about to click");

        typeDateInPlace("31/10/2026");
        waitUntil("the day is said", () -> DAY_31.equals(day()));
        assertEquals(before, where("#plan-source"));
    }

    @Test
    void aKeptDayBesideTheTableAt1366By768() {
        typingAKeptDayMovesNothingBelow(1150, 690);
    }

    @Test
    void aKeptDayUnderTheTableAt1024By700() {
        typingAKeptDayMovesNothingBelow(810, 620);
    }

    @Test
    void thePaymentDayQuestionGoingMovesNothingBelow() {
        windowOf(1150, 690);
        type("#plan-amount", "185.50");
        choose("#plan-frequency", PaymentFrequency.MONTHLY);
        type("#plan-first-due", "15/10/2026");
        type("#plan-source", "CMS letter dated 1 Oct 2026");
        press("#plan-save"); // asked first: the 15th is off the plan before's 31st
        waitUntil("the question is asked", () -> interactAndGet(() ->
                !((Label) lookup("#plan-first-due-warning").query()).getText().isEmpty()));
        reveal(waitFor("#plan-first-due"));
        Bounds asked = where("#plan-source");

        typeDateInPlace("31/10/2026");
        waitUntil("the question goes with the date changed", () -> interactAndGet(() ->
                ((Label) lookup("#plan-first-due-warning").query()).getText().isEmpty()));
        assertEquals(asked, where("#plan-source"), "the field the parent may go back to stays put");
        type("#plan-source", "CMS letter dated 2 Oct 2026");
        assertEquals("CMS letter dated 2 Oct 2026", text("#plan-source"));
        assertEquals("31 Oct 2026", text("#plan-first-due").replace("31/10/2026", "31 Oct 2026"));
    }

    /**
     * Found after the question was made to go once the date changes: the status line went on saying "Not saved yet:
     * see the note under First due on." with no note there to see. It goes with the question, whether the date is
     * changed or the form is begun afresh; words said since (a save's) are not touched.
     */
    @Test
    void theNotSavedLineGoesWithTheQuestionItPointsTo() {
        windowOf(1150, 690);
        type("#plan-amount", "185.50");
        choose("#plan-frequency", PaymentFrequency.MONTHLY);
        type("#plan-first-due", "15/10/2026");
        type("#plan-source", "CMS letter dated 1 Oct 2026");
        press("#plan-save");
        waitUntil("the question is asked", () -> interactAndGet(() ->
                !((Label) lookup("#plan-first-due-warning").query()).getText().isEmpty()));
        assertEquals("Not saved yet: see the note under First due on.", status());

        typeDateInPlace("31/10/2026");
        waitUntil("the question goes with the date changed", () -> interactAndGet(() ->
                ((Label) lookup("#plan-first-due-warning").query()).getText().isEmpty()));
        assertEquals("", status(), "the line pointing at the question goes with it");

        // Asked again, then the form begun afresh (New plan, nothing to lose but the typing: answered Yes).
        typeDateInPlace("15/10/2026");
        press("#plan-save");
        waitUntil("asked again", () -> status().startsWith("Not saved yet"));
        press("#plan-new");
        press("#plan-lose-typing");
        waitUntil("the form is afresh", () -> text("#plan-amount").isEmpty());
        assertEquals("", status(), "nothing left to see: the line goes");
    }

    private String status() {
        return interactAndGet(() -> ((Label) lookup("#payments-status").query()).getText());
    }
}
