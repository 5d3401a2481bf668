package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.ui.WithAPage;

/**
 * Found by a reviewer: a monthly plan on the 31st, and a new amount typed from 30 Apr, kept the 31st (30 Apr is that
 * plan's April date, PlanDay), while 30 May moved it to the 30th, and the form said neither before saving. Under
 * First due on, a monthly plan now says the day of the month its dues will fall on, and, where it keeps the day of
 * the plan before, why and how to move them to the day typed.
 */
class PlanMonthDayShownTest extends WithAPage {

    private static final String KEPT = "Runs on the 31st of each month (the last day in shorter months), as the plan "
            + "before it: 30 Apr 2026 is its payment day in April. To move payments to day 30, save this plan, then "
            + "add another at the same amount from 30 May 2026.";

    @BeforeEach
    void open() {
        harness.services.payments.savePlan(harness.currentCase.get().id(), new PaymentPlan(0, Money.ofPence(200_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 31), "CMS calculation letter dated 10 Jan 2026"));
        PaymentsView page = PaymentsPages.open(harness);
        show(page);
        Label owed = waitFor("#payments-owed");
        waitUntil("the dues are shown", () -> owed.getText().startsWith("Owed now:"));
        chooseTab("#payments-tabs", "tab-plans");
    }

    private void often(PaymentFrequency frequency) {
        ComboBox<PaymentFrequency> often = waitFor("#plan-frequency");
        interact(() -> often.setValue(frequency));
    }

    /** What the form says of the day, or null when it says nothing (or it is not on the screen). */
    private String day() {
        return lookup("#plan-day").tryQuery().map(node -> interactAndGet(() -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return null;
                }
            }
            return node.isManaged() ? ((Label) node).getText() : null;
        })).orElse(null);
    }

    @Test
    void aFirstDueOnThePlanBeforesDateSaysItKeepsItsDayAndHowToMoveIt() {
        type("#plan-amount", "250.00");
        often(PaymentFrequency.MONTHLY);
        type("#plan-first-due", "30/4/2026");
        waitUntil("the day is said before saving", () -> KEPT.equals(day()));

        type("#plan-first-due", "30/5/2026");
        waitUntil("a date off that plan's: its own day", () -> ("Runs on the 30th of each month (the last day in "
                + "shorter months).").equals(day()));
        type("#plan-first-due", "15/5/2026");
        waitUntil("the 15th", () -> "Runs on day 15 of each month.".equals(day()));
    }

    @Test
    void theWayOfferedMovesThePaymentsToThe30th() {
        type("#plan-amount", "250.00");
        often(PaymentFrequency.MONTHLY);
        type("#plan-first-due", "30/4/2026");
        type("#plan-source", "CMS letter dated 2 Apr 2026");
        waitUntil("the day is said", () -> KEPT.equals(day()));
        press("#plan-save");
        long caseId = harness.currentCase.get().id();
        waitUntil("saved", () -> harness.services.payments.plans(caseId).size() == 2);
        waitUntil("the form is fresh again", () -> text("#plan-amount").isEmpty());

        type("#plan-amount", "250.00");
        often(PaymentFrequency.MONTHLY);
        type("#plan-first-due", "30/5/2026");
        type("#plan-source", "CMS letter dated 2 Apr 2026");
        waitUntil("the second says the 30th", () -> ("Runs on the 30th of each month (the last day in shorter "
                + "months).").equals(day()));
        press("#plan-save"); // asked first: 30 May is off the 31st
        press("#plan-save"); // kept as typed
        waitUntil("saved", () -> harness.services.payments.plans(caseId).size() == 3);
        assertEquals(java.util.List.of("2026-03-31", "2026-04-30", "2026-05-30", "2026-06-30", "2026-07-30"),
                harness.services.payments.schedule(caseId, LocalDate.of(2026, 7, 31)).lines().stream()
                        .map(l -> l.date().toString()).filter(d -> d.compareTo("2026-03") > 0).toList());
    }

    @Test
    void nothingIsSaidOfAWeeklyPlanOrAStop() {
        often(PaymentFrequency.WEEKLY);
        type("#plan-first-due", "30/4/2026");
        assertEquals(null, day());
        often(PaymentFrequency.MONTHLY);
        waitUntil("monthly: said", () -> KEPT.equals(day()));
        press("#plan-stopped");
        waitUntil("a stop falls due on no day", () -> day() == null);
    }
}
