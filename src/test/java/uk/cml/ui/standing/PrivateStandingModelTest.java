package uk.cml.ui.standing;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.WorkSituation;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.domain.standing.StandingReport;

/**
 * "Where it stands" for a case under a private arrangement, worked without a window. A reviewer saw the CMS's
 * enforcement steps to tick and "Write a complaint" as the next thing to do on a case set up as private, where the
 * CMS is not involved. The page says so, and what the parent can do: write to the other parent, or ask the CMS to
 * arrange maintenance from now on (seed 000). What was recorded while the CMS had the case is still shown.
 */
class PrivateStandingModelTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/London"))
            .toInstant(), ZoneId.of("Europe/London"));

    private static StandingModel modelFor(Arrangement arrangement) {
        CaseFile caseFile = new CaseFile(1, "John Smith", Optional.empty(), WorkSituation.NOT_KNOWN, arrangement,
                Optional.empty(), List.of(new Child(1, "Amy", LocalDate.of(2018, 3, 3))), new BigDecimal("4"));
        return new StandingModel(null, null, CLOCK, new SimpleObjectProperty<>(caseFile));
    }

    private static StandingReport report(List<EnforcementRecord> enforcement) {
        return new StandingReport(new ComplaintThread(List.of(), List.of(), new ComplaintThread.NextAction(
                "No complaint logged.", Optional.of("collection-complaint"), "Write a complaint")), List.of(),
                enforcement, Optional.empty(), 0, Optional.empty(), SeededFacts.published(),
                SeededFacts.calendar(), List.of(), List.of());
    }

    @Test
    void aPrivateCaseIsOfferedNoCmsStepComplaintOrDecisionAndIsToldWhatItCanDo() {
        StandingModel model = modelFor(Arrangement.PRIVATE);
        StandingReport nothing = report(List.of());
        assertFalse(model.cmsInvolved());
        assertFalse(model.showsCmsParts(nothing), "no complaint, decision or enforcement to follow");
        assertEquals(List.of(), model.steps(nothing));
        assertEquals("If payments are missed, talk to the other parent if you can, or write to them. If that does "
                + "not work, you can ask the CMS to arrange maintenance from now on: it cannot collect what was "
                + "missed under the private arrangement. Once the CMS has your case, change how maintenance is "
                + "arranged on the Case page.", model.privateNext());
    }

    @Test
    void whatWasRecordedWhileTheCmsHadTheCaseStaysInSight() {
        StandingModel model = modelFor(Arrangement.PRIVATE);
        StandingReport ticked = report(List.of(new EnforcementRecord(1, 1, EnforcementStep.ARREARS_NOTICE,
                LocalDate.of(2026, 6, 1), "")));
        assertTrue(model.showsCmsParts(ticked));
        assertEquals(List.of(EnforcementStep.ARREARS_NOTICE), model.steps(ticked), "only the step ticked, to untick");
    }

    @Test
    void aCmsCaseShowsEverything() {
        StandingModel model = modelFor(Arrangement.DIRECT_PAY);
        assertTrue(model.cmsInvolved());
        assertTrue(model.showsCmsParts(report(List.of())));
        assertTrue(model.steps(report(List.of())).contains(EnforcementStep.COLLECT_AND_PAY));
    }
}
