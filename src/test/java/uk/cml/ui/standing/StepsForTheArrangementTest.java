package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.ui.WithAPage;

/**
 * Found by a hand-working reviewer: "What the CMS has done" offered "Move to Collect and Pay" as a step to tick on a
 * case that has been Collect and Pay from the start, where that move can never happen. The page offers only the
 * steps that can still happen for the case's arrangement: the move for a case on Direct Pay.
 */
class StepsForTheArrangementTest extends WithAPage {

    private static final String MOVE = "#standing-step-collect-and-pay";

    private StandingView page() {
        StandingModel model = new StandingModel(harness.services.standing, harness.background, CLOCK,
                harness.currentCase);
        return new StandingView(model, harness.services.calendar.holidays(), destination -> { },
                owner -> Optional.of(dataFolder.resolve("deadlines.ics")));
    }

    private boolean offered(String id) {
        return lookup(id).tryQuery().filter(javafx.scene.Node::isVisible).isPresent();
    }

    @Test
    void theMoveIsOfferedOnlyOnDirectPay() {
        CaseFile directPay = harness.currentCase.get();
        long id = harness.services.cases.create(new CaseFile(0, "Mark Other", Optional.empty(),
                WorkSituation.NOT_KNOWN, Arrangement.COLLECT_AND_PAY, Optional.empty(),
                List.of(new Child(0, "Lily", java.time.LocalDate.of(2016, 5, 2))), new java.math.BigDecimal("4")));
        CaseFile collectAndPay = harness.services.cases.find(id).orElseThrow();
        interact(() -> harness.currentCase.set(collectAndPay));
        StandingView page = page();
        show(page);
        waitFor("#standing-step-arrears-notice");
        waitFor("#standing-step-deduction-from-earnings");
        assertFalse(offered(MOVE), "Collect and Pay from the start: the move cannot happen");

        interact(() -> harness.currentCase.set(directPay));
        interact(page::shown);
        waitUntil("the Direct Pay case offers the move", () -> offered(MOVE));
        assertTrue(offered("#standing-step-arrears-notice"));
    }

    /**
     * A reviewer set up a case as a private arrangement and saw "Write a complaint" as the next thing to do and nine
     * CMS enforcement steps to tick. The CMS is not involved: the page says so, and what the parent can do.
     */
    @Test
    void aPrivateArrangementIsOfferedNoCmsStepOrComplaintAndIsToldWhatItCanDo() {
        long id = harness.services.cases.create(new CaseFile(0, "John Smith", Optional.empty(),
                WorkSituation.NOT_KNOWN, Arrangement.PRIVATE, Optional.empty(),
                List.of(new Child(0, "Amy", java.time.LocalDate.of(2018, 3, 3))), new java.math.BigDecimal("4")));
        CaseFile privately = harness.services.cases.find(id).orElseThrow();
        interact(() -> harness.currentCase.set(privately));
        StandingView page = page();
        show(page);
        waitUntil("the page says what the parent can do", () -> lookup("#standing-next").queryLabeled().getText().startsWith(
                "If payments are missed, talk to the other parent"));
        String intro = lookup("#standing-intro").queryLabeled().getText();
        assertTrue(intro.startsWith("Your case is a private arrangement"), intro);
        assertTrue(lookup("#standing-next-write").queryButton().getText().equals("Write to the other parent"));
        for (String part : List.of("#standing-complaint", "#standing-decisions", "#standing-enforcement")) {
            assertFalse(lookup(part).query().isVisible(), part + " is not shown for a private arrangement");
        }
        assertTrue(lookup("#standing-step-arrears-notice").tryQuery().isEmpty(), "no CMS step to tick");
    }
}
