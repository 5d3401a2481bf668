package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.FieldChange;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;

class CallStoreTest extends WithJordanReedsCase {

    static final LocalDateTime NOW = LocalDateTime.now(DatabaseTest.CLOCK);
    static final LocalDate TODAY = NOW.toLocalDate();

    CallStore calls;

    @BeforeEach
    void open() {
        calls = records.calls();
    }

    static Call call(long caseId, LocalDateTime when, String said) {
        return new Call(0, caseId, when, CallDirection.I_CALLED, "0800 171 2345", "Priya", "Arrears team", "4411",
                said, "Send a payment plan letter", Optional.of(when.toLocalDate().plusDays(10)), "Waiting",
                Optional.of(when.toLocalDate().plusDays(14)), false, false, null);
    }

    @Test
    @DisplayName("every field comes back as saved, with the moment the app recorded it")
    void roundTrip() {
        Call saved = call(caseId, NOW.minusDays(2).withHour(14).withMinute(5), "Said the arrears are £1,240.50.\n"
                + "Second line with 'quotes' and = signs.");
        long id = calls.add(saved);
        Call loaded = calls.find(id).orElseThrow();
        assertEquals(new Call(id, caseId, saved.happenedAt(), saved.direction(), saved.number(), saved.spokeTo(),
                saved.team(), saved.staffId(), saved.whatWasSaid(), saved.promised(), saved.promisedBy(),
                saved.outcome(), saved.followUpOn(), false, false, NOW), loaded);
    }

    @Test
    void callsAreListedNewestFirstAndKeptToTheirCase() {
        long otherCase = records.cases()
                .create(CaseStoreTest.aCase());
        calls.add(call(caseId, NOW.minusDays(5), "older"));
        calls.add(call(caseId, NOW.minusDays(1), "newer"));
        calls.add(call(otherCase, NOW.minusDays(3), "another case"));
        assertEquals(List.of("newer", "older"), calls.calls(caseId).stream().map(Call::whatWasSaid).toList());
        assertEquals(List.of("another case"), calls.calls(otherCase).stream().map(Call::whatWasSaid).toList());
    }

    @Nested
    class Corrections {

        @Test
        void aCorrectionKeepsTheEarlierVersionAsHistory() {
            long id = calls.add(call(caseId, NOW.minusDays(2), "They said next week"));
            Call first = calls.find(id).orElseThrow();
            Call corrected = new Call(id, caseId, first.happenedAt(), CallDirection.CMS_CALLED, first.number(),
                    "Priya Shah", first.team(), first.staffId(), "They said within 5 working days", first.promised(),
                    first.promisedBy(), first.outcome(), Optional.empty(), false, false, null);
            calls.correct(corrected);
            Call now = calls.find(id).orElseThrow();
            assertEquals("They said within 5 working days", now.whatWasSaid());
            List<Amended<Call>> history = calls.history(id);
            assertEquals(1, history.size());
            assertEquals(first, history.get(0).earlier(), "the earlier version reads back exactly");
            assertEquals(NOW, history.get(0).amendedAt());
            assertEquals(List.of("Who called", "Spoke to", "What was said", "Follow up on"),
                    now.changesSince(history.get(0).earlier()).stream().map(FieldChange::field).toList());
        }

        @Test
        void aCallInTheBinCannotBeCorrectedAndNoHistoryIsLeft() {
            long id = calls.add(call(caseId, NOW.minusDays(2), "first"));
            calls.moveToBin(id);
            Call binned = calls.find(id).orElseThrow();
            StoreException refused = assertThrows(StoreException.class, () -> calls.correct(binned));
            assertTrue(refused.getMessage().contains("Put it back from the Bin"), refused.getMessage());
            assertEquals(List.of(), calls.history(id), "the rolled-back correction kept no history");
        }
    }

    @Nested
    class Bin {

        @Test
        void binnedCallsLeaveTheListAndTheTimelineAndComeBackOnRestore() {
            long keep = calls.add(call(caseId, NOW.minusDays(3), "keep"));
            long bin = calls.add(call(caseId, NOW.minusDays(1), "bin me"));
            calls.moveToBin(bin);
            assertEquals(List.of(keep), calls.calls(caseId).stream().map(Call::id).toList());
            assertEquals(List.of(keep), calls.timeline(caseId).stream().map(TimelineEntry::sourceId).toList());
            assertEquals(1, calls.binned(caseId).size());
            assertEquals(bin, calls.binned(caseId).get(0).sourceId());
            assertEquals(NOW, calls.binned(caseId).get(0).binnedAt());
            calls.restore(bin);
            assertEquals(List.of(bin, keep), calls.calls(caseId).stream().map(Call::id).toList());
            assertEquals(List.of(), calls.binned(caseId));
            int rows = records.database.read(c -> DatabaseTest.count(c, "SELECT count(*) FROM call_log"));
            assertEquals(2, rows, "nothing was really deleted");
        }

        @Test
        void binningACallThatDoesNotExistSaysSo() {
            assertThrows(StoreException.class, () -> calls.moveToBin(999));
        }
    }

    @Nested
    class TimelineAndTodos {

        @Test
        void aCallBecomesATimelineEntryWithWhatWasSaidSearchable() {
            long id = calls.add(call(caseId, NOW.minusDays(1), "They agreed to chase the arrears"));
            TimelineEntry entry = calls.timeline(caseId).get(0);
            assertEquals(TimelineKind.CALL, entry.kind());
            assertEquals(id, entry.sourceId());
            assertEquals(NOW, entry.recordedAt());
            assertEquals("I called the CMS (Priya, Arrears team, staff ID 4411)", entry.title());
            assertTrue(entry.searchText().contains("chase the arrears"));
        }

        @Test
        void followUpsDueSoonAndBrokenPromisesNeedDoing() {
            Call base = call(caseId, NOW.minusDays(20), "x");
            long overdue = calls.add(base);
            long later = calls.add(new Call(0, caseId, NOW, CallDirection.I_CALLED, "", "", "", "", "y", "",
                    Optional.of(TODAY.plusDays(3)), "", Optional.of(TODAY.plusDays(30)), false, false, null));
            List<TodoItem> todos = calls.todos(caseId, TODAY);
            assertEquals(2, todos.size(), todos.toString());
            assertTrue(todos.stream().allMatch(t -> t.sourceId() == overdue));
            assertEquals(List.of(TodoKind.FOLLOW_UP_CALL, TodoKind.CALL_PROMISE_LATE).stream().sorted().toList(),
                    todos.stream().map(TodoItem::kind).sorted().toList());
            assertTrue(todos.stream().anyMatch(t -> t.what().contains("you noted the CMS would act by")
                    && t.what().endsWith("Chase it.")));
            assertTrue(todos.stream().noneMatch(t -> t.sourceId() == later), "not yet due, not yet broken");
        }

        @Test
        void aFollowUpMarkedDoneAndAKeptPromiseNeedNothing() {
            Call base = call(caseId, NOW.minusDays(20), "x");
            long id = calls.add(base);
            calls.correct(new Call(id, caseId, base.happenedAt(), base.direction(), base.number(), base.spokeTo(),
                    base.team(), base.staffId(), base.whatWasSaid(), base.promised(), base.promisedBy(),
                    base.outcome(), base.followUpOn(), true, true, null));
            assertEquals(List.of(), calls.todos(caseId, TODAY));
        }

        /**
         * The reviewer's case: the CMS promised on a call to act by a day now passed; the parent chased it (a later
         * call) and ticked "I have followed this up" on the first call, leaving "They did what they promised" unticked
         * as it was not done. The chase is done: no "Chase it." on the Overview, as none on Where it stands.
         */
        @Test
        void aBrokenPromiseTheParentHasFollowedUpNeedsNoSecondChase() {
            Call base = call(caseId, NOW.minusDays(20), "x");
            long id = calls.add(base);
            calls.correct(new Call(id, caseId, base.happenedAt(), base.direction(), base.number(), base.spokeTo(),
                    base.team(), base.staffId(), base.whatWasSaid(), base.promised(), base.promisedBy(),
                    base.outcome(), base.followUpOn(), true, false, null));
            assertEquals(List.of(), calls.todos(caseId, TODAY));
        }
    }
}
