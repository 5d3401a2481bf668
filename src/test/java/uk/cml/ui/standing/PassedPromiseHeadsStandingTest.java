package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.ui.common.ModelCase;

/**
 * A reviewer's case: on a call of 10 Apr 2026 the CMS promised to act by 24 Apr 2026, and nothing is marked kept or
 * followed up. The Overview said "On your call of 10 Apr 2026 you noted the CMS would act by 24 Apr 2026. Chase it."
 * while Where it stands said "What to do next: Nothing to do yet..." under its own red "This date has passed: chase
 * it". What to do next now says the Overview's to-do, by the one rule ({@code Todos.callPromiseLate}); a promise
 * followed up heads neither.
 */
@DisplayName("Where it stands: a call's passed promise is what to do next, as on the Overview")
class PassedPromiseHeadsStandingTest {

    @TempDir
    Path folder;
    ModelCase records;
    StandingModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new StandingModel(records.services.standing, records.jobs, ModelCase.CLOCK, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private long call(boolean followedUp) {
        return records.services.calls.add(new Call(0, records.caseId, LocalDateTime.of(2026, 4, 10, 10, 15),
                CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team", "", "Asked about arrears",
                "Call me back after speaking to the paying parent", Optional.of(LocalDate.of(2026, 4, 24)), "",
                Optional.empty(), followedUp, false, LocalDateTime.of(2026, 4, 10, 10, 40)));
    }

    @Test
    void aPassedPromiseHeadsThePageWithTheOverviewsWords() {
        long id = call(false);
        records.choose();
        model.load();
        List<TodoItem> overview = records.services.calls.todos(records.caseId, ModelCase.TODAY).stream()
                .filter(i -> i.kind() == TodoKind.CALL_PROMISE_LATE).toList();
        assertEquals(1, overview.size(), overview.toString());
        Optional<TodoItem> ahead = model.ahead().get();
        assertTrue(ahead.isPresent(), "What to do next says the promise to chase");
        assertEquals("On your call of 10 Apr 2026 you noted the CMS would act by 24 Apr 2026. Chase it.",
                ahead.get().what());
        assertEquals(overview.get(0), ahead.get());
        assertEquals(id, ahead.get().sourceId());
    }

    @Test
    void aPromiseFollowedUpHeadsNeither() {
        call(true);
        records.choose();
        model.load();
        assertEquals(List.of(), records.services.calls.todos(records.caseId, ModelCase.TODAY).stream()
                .filter(i -> i.kind() == TodoKind.CALL_PROMISE_LATE).toList());
        assertEquals(Optional.empty(), model.ahead().get());
    }
}
