package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.ui.WithAPage;

/**
 * "What the CMS has done to collect": the day the parent heard of a step is asked for and shown before it is saved,
 * typing not saved yet is kept and said so, and a date that cannot be used is explained beside it without being lost.
 */
class StandingStepDatesTest extends WithAPage {

    private static final String STEP = "#standing-step-arrears-notice";

    private StandingView page() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.empty());
    }

    private String label(String id) {
        return ((Label) waitFor(id)).getText();
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    /**
     * Found in review: ticking a step saved it at once as heard today, without a word, and the next step was counted
     * from that day. Ticking now offers today in the date box, in view, and saves nothing until the parent presses
     * Save: they see the day and can change it first.
     */
    @Test
    void tickingAStepOffersTodayAndSavesOnlyTheDayTheParentConfirms() {
        long caseId = harness.currentCase.get().id();
        StandingView page = page();
        show(page);
        waitFor(STEP);

        press(STEP);
        waitUntil("today is offered in the box", () -> "22 Nov 2026".equals(text(STEP + "-date")));
        assertTrue(showing(STEP + "-save"), "a Save button beside it");
        assertTrue(label(STEP + "-date-note").startsWith("Not saved yet"), label(STEP + "-date-note"));
        assertEquals(List.of(), harness.services.standing.enforcement(caseId), "nothing saved yet");
        assertTrue(interactAndGet(page::holdsUnsavedTyping), "closing the app would ask first");

        type(STEP + "-date", "16/11/2026");
        press(STEP + "-save");
        waitUntil("the step is saved with the day typed", () -> harness.services.standing.enforcement(caseId)
                .size() == 1);
        assertEquals(LocalDate.of(2026, 11, 16), harness.services.standing.enforcement(caseId).get(0).heardOn());
        waitUntil("the page counts from it", () -> label("#standing-at-step").contains("16 Nov 2026"));
        assertFalse(showing(STEP + "-save"), "nothing left to save");
        assertFalse(interactAndGet(page::holdsUnsavedTyping));
    }

    /**
     * Found in review: a wrong date typed over a ticked step's day, then another page, dropped the typing without a
     * word and the old date came back. The typing now stays, its message beside it, and the page says it is not
     * saved, as on the Calls and Case pages.
     */
    @Test
    void aWrongDateTypedIsKeptWithItsMessageAfterLeavingThePage() {
        long caseId = harness.currentCase.get().id();
        harness.services.standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 11, 17), ""));
        StandingView page = page();
        show(page);
        waitUntil("the step shows ticked", () -> lookup(STEP).queryAs(CheckBox.class).isSelected());

        type(STEP + "-date", "31/02/2026");
        press("#standing-decision-note"); // leaves the box
        interact(page::shown); // another page, and back
        waitUntil("the page is read again", () -> label("#standing-at-step").contains("17 Nov 2026"));
        assertEquals("31/02/2026", text(STEP + "-date"), "the typing is kept");
        press(STEP + "-save");
        waitUntil("the date is explained beside it", () -> showing(STEP + "-date-error")
                && label(STEP + "-date-error").startsWith("There is no such day as 31/02/2026."));
        assertEquals("31/02/2026", text(STEP + "-date"));
        assertTrue(interactAndGet(page::holdsUnsavedTyping));
        assertEquals(LocalDate.of(2026, 11, 17), harness.services.standing.enforcement(caseId).get(0).heardOn());

        type(STEP + "-date", "18/11/2026\n"); // Enter saves, as on the other pages
        waitUntil("the corrected day is saved", () -> LocalDate.of(2026, 11, 18).equals(
                harness.services.standing.enforcement(caseId).get(0).heardOn()));
        waitUntil("nothing left unsaved", () -> !page.holdsUnsavedTyping());
    }

    /**
     * Found in review (76.png): with a date's message shown beside it, every date box shrank to "31/02/" or "Date y"
     * and the steps' names were cut ("Deduction order from a bank or build…"). At 1024 wide the boxes keep their
     * width and the names and message wrap.
     */
    @Test
    void aDatesMessageSqueezesNeitherTheBoxesNorTheNames() {
        StandingView page = page();
        interact(() -> {
            harness.show(page);
            harness.stage().setWidth(1024);
            harness.stage().setHeight(700);
        });
        waitFor(STEP);
        double before = lookup("#standing-step-collect-and-pay-date").queryAs(DatePicker.class).getWidth();
        type(STEP + "-date", "31/02/2026");
        press(STEP);
        if (showing(STEP + "-save")) {
            press(STEP + "-save");
        }
        waitUntil("the date is explained", () -> showing(STEP + "-date-error"));
        waitUntil("laid out", () -> true);
        for (EnforcementStep step : EnforcementStep.values()) {
            String id = "#standing-step-" + step.name().toLowerCase(java.util.Locale.UK).replace('_', '-');
            CheckBox box = lookup(id).queryAs(CheckBox.class);
            DatePicker date = lookup(id + "-date").queryAs(DatePicker.class);
            String shown = interactAndGet(() -> box.getChildrenUnmodifiable().stream()
                    .filter(Text.class::isInstance).map(n -> ((Text) n).getText()).findFirst().orElse(""));
            assertEquals(box.getText(), shown, "the step's name is shown whole");
            assertTrue(date.getWidth() >= before - 0.5, id + " kept its width: " + date.getWidth() + " < " + before);
            assertTrue(date.getWidth() >= 150, id + " is wide enough for a date: " + date.getWidth());
        }
    }
}
