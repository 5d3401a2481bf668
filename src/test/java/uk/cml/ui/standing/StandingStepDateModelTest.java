package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.standing.EnforcementStep;
import uk.cml.ui.common.ModelCase;

/** The day the parent heard of an enforcement step, as the page's model takes it, without a window. */
class StandingStepDateModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new StandingModel(records.services.standing, records.jobs, ModelCase.CLOCK, records.currentCase);
        records.choose();
    }

    @AfterEach
    void close() {
        records.close();
    }

    /**
     * Found in review: ticking a step with no date saved it as heard today, without a word, and the next step was
     * counted from that day. The day is now never assumed: without one nothing is saved and the parent is asked.
     */
    @Test
    void aStepIsNeverSavedWithoutTheDayTheParentHeard() {
        Optional<String> refused = model.tick(EnforcementStep.ARREARS_NOTICE, Optional.empty(), false);
        assertTrue(refused.isPresent(), "asked for the day");
        assertEquals("Type the day you heard of this step, like 22/11/2026.", refused.get());
        assertEquals(List.of(), records.services.standing.enforcement(records.caseId), "nothing saved");

        assertEquals(Optional.empty(), model.tick(EnforcementStep.ARREARS_NOTICE,
                Optional.of(LocalDate.of(2026, 11, 16)), false));
        assertEquals(LocalDate.of(2026, 11, 16),
                records.services.standing.enforcement(records.caseId).get(0).heardOn());
    }

    /** Words that are no date are refused without "or leave it empty for today": an empty box is refused too. */
    @Test
    void wordsThatAreNoDateAreRefusedWithoutOfferingToday() {
        assertEquals(Optional.of("That is not a date we can read. Type it like 22/11/2026."),
                model.tick(EnforcementStep.ARREARS_NOTICE, Optional.empty(), true));
        assertEquals(List.of(), records.services.standing.enforcement(records.caseId));
    }

    /** The day a step has already, saved again: nothing is recorded, and the page says so as every page does. */
    @Test
    void theDayItHasAlreadySavedAgainRecordsNothing() {
        model.tick(EnforcementStep.ARREARS_NOTICE, Optional.of(LocalDate.of(2026, 11, 16)), false);
        uk.cml.domain.standing.EnforcementRecord ticked = records.services.standing.enforcement(records.caseId).get(0);

        assertEquals(Optional.empty(), model.redate(ticked, Optional.of(LocalDate.of(2026, 11, 16)), false));

        assertEquals("Nothing has changed since you saved it.", model.status().text());
        assertEquals(List.of(ticked), records.services.standing.enforcement(records.caseId), "the same row, kept");
    }
}
