package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.standing.Deadline;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.StandingReport;
import uk.cml.domain.todo.TodoItem;
import uk.cml.ui.common.ModelCase;
import uk.cml.ui.overview.OverviewModel;

/**
 * The plan is £412.36 a month; the CMS's annual review of 10 Jul 2026 is logged, and its month to ask for a mandatory
 * reconsideration ended on 10 Aug 2026. On 22 Nov the Overview and Where it stands said, as an alarm, that the limit
 * had passed and a late request might still be made, even for a decision that raised what the parent receives (the
 * receiving parent rarely challenges a rise). A decision that raised the amount (or kept it) is now said plainly, by
 * the one rule (StandingReport.passedQuietly) every place asks; one that lowered it, or one the app cannot tell, keeps
 * today's words.
 */
class PassedLimitOfARiseModelTest {

    static final String QUIETLY = "The time to ask for a reconsideration of the decision of 10 Jul 2026 ended on "
            + "10 Aug 2026.";
    static final String ALARM = "The CMS's decision of 10 Jul 2026: the limit to ask for a mandatory reconsideration "
            + "was 10 Aug 2026, and it has passed. If you think the decision is wrong, you can still ask: the CMS may "
            + "accept a late request, up to 13 months after the decision, if you say why it is late.";

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        records.services.payments.savePlan(records.caseId, new PaymentPlan(0, Money.ofPence(412_36),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 10), "CMS calculation"));
        model = new StandingModel(records.services.standing, records.jobs, ModelCase.CLOCK, records.currentCase);
        records.choose();
    }

    @AfterEach
    void close() {
        records.close();
    }

    /** The decision of 10 Jul 2026 with these words, and the page read afresh. */
    private StandingReport decided(String note) {
        records.services.standing.addDecision(new Decision(0, records.caseId, Decision.Kind.CALCULATION,
                LocalDate.of(2026, 7, 10), note, Optional.empty()));
        model.load();
        return model.report().get();
    }

    private static Deadline reconsideration(StandingReport report) {
        return report.decisions().get(0).deadlines().get(0);
    }

    private List<String> todos() {
        return new OverviewModel(records.services.payments, List.of(records.services.payments,
                records.services.standing, records.services.decisionAmounts)).read(records.caseId, ModelCase.TODAY)
                .todos().stream().map(TodoItem::what).toList();
    }

    @Test
    void aPassedLimitToChallengeARiseIsSaidPlainlyEverywhere() {
        StandingReport report = decided("Annual review: £436.80 a month from 10 Aug 2026");

        assertTrue(report.passedQuietly(reconsideration(report), ModelCase.TODAY));
        assertEquals(QUIETLY, report.next(ModelCase.TODAY).text(), "What to do next");
        assertTrue(todos().contains(QUIETLY), () -> "the Overview: " + todos());
        assertFalse(todos().stream().anyMatch(t -> t.contains("has passed")), () -> "no alarm: " + todos());
    }

    @Test
    void theSameAmountIsSaidPlainlyToo() {
        StandingReport report = decided("Annual review: the amount stays the same");

        assertTrue(report.passedQuietly(reconsideration(report), ModelCase.TODAY));
        assertTrue(todos().contains(QUIETLY), () -> "the Overview: " + todos());
    }

    @Test
    void aPassedLimitToChallengeACutKeepsItsWords() {
        StandingReport report = decided("Annual review: £380.00 a month from 10 Aug 2026");

        assertFalse(report.passedQuietly(reconsideration(report), ModelCase.TODAY));
        assertTrue(report.next(ModelCase.TODAY).text().startsWith("The limit to ask for a mandatory reconsideration "
                + "was 10 Aug 2026, and it has passed."), report.next(ModelCase.TODAY).text());
        assertTrue(todos().contains(ALARM), () -> "the Overview: " + todos());
        assertFalse(todos().contains(QUIETLY));
    }

    @Test
    void aDecisionTheAppCannotSetAgainstThePlanKeepsItsWords() {
        StandingReport report = decided("Annual review");

        assertFalse(report.passedQuietly(reconsideration(report), ModelCase.TODAY), "no amount named");
        assertTrue(todos().contains(ALARM), () -> "the Overview: " + todos());
        assertFalse(todos().contains(QUIETLY));
    }
}
