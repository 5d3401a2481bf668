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
 * Found in review: a logged decision went to the bin by a stray key press, and the page said only "Moved to the Bin"
 * at its top. The model now says beside the list what went, and puts it back from there, until the next action.
 */
class DecisionBinnedModelTest {

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

    private Decision added(Decision.Kind kind, LocalDate dated) {
        long id = records.services.standing.addDecision(new Decision(0, records.caseId, kind, dated, "",
                Optional.empty()));
        model.load();
        return records.services.standing.decisions(records.caseId).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow();
    }

    @Test
    void whatWentToTheBinIsNamedAndPutBackAtOnce() {
        Decision calculation = added(Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 3));

        model.binDecision(calculation);

        assertTrue(records.services.standing.decisions(records.caseId).isEmpty(), "in the bin");
        assertEquals("Moved to the bin: A calculation of maintenance, dated 3 Nov 2026",
                model.justBinned().text());
        assertTrue(model.justBinned().canPutBack());

        model.justBinned().putBack();

        assertEquals(1, records.services.standing.decisions(records.caseId).size(), "put back");
        assertEquals("", model.justBinned().text(), "the line goes once it is back");
        assertEquals(1, model.report().get().decisions().size(), "the page shows it again");
    }

    @Test
    void theLineStaysUntilTheNextAction() {
        Decision calculation = added(Decision.Kind.CALCULATION, LocalDate.of(2026, 11, 3));
        model.binDecision(calculation);
        model.load(); // a reload alone is no action of the parent's
        assertTrue(model.justBinned().canPutBack());

        model.addDecision(Decision.Kind.REFUSAL, Optional.of(LocalDate.of(2026, 11, 10)), "");

        assertEquals("", model.justBinned().text());
        assertTrue(!model.justBinned().canPutBack(), "nothing else is put back by a late press");
        assertEquals(1, records.services.standing.decisions(records.caseId).size(), "only the new one");
    }
}
