package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.common.ModelCase;

/**
 * The decision form's kind started at "Calculation": a refusal or a write-off skimmed past was saved as a calculation,
 * with a calculation's time limits. Now nothing is chosen for the parent, and a decision without a kind is refused,
 * with the message beside the field, never saved as one.
 */
class DecisionKindModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new StandingModel(records.services.standing, records.jobs, ModelCase.CLOCK, records.currentCase);
        records.choose();
        model.load();
    }

    @AfterEach
    void close() {
        records.close();
    }

    @Test
    void aDecisionWithNoKindChosenIsRefusedWithTheMessage() {
        StandingModel.DecisionProblems problems = model.addDecision(null, Optional.of(LocalDate.of(2026, 11, 10)),
                "");

        assertEquals(Optional.of("Choose the kind of decision the letter gives."), problems.kind());
        assertEquals(Optional.empty(), problems.date(), "the date is fine");
        assertTrue(records.services.standing.decisions(records.caseId).isEmpty(), "nothing saved");

        assertTrue(model.addDecision(Decision.Kind.REFUSAL, Optional.of(LocalDate.of(2026, 11, 10)), "").none());
        assertEquals(Decision.Kind.REFUSAL, records.services.standing.decisions(records.caseId).get(0).kind(),
                "saved once chosen, as chosen");
    }
}
