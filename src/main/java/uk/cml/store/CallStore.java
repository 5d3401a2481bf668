package uk.cml.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.evidence.MissedPaymentsTold;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/** Calls with the CMS. A correction keeps the earlier version; deleting moves a call to the bin. */
public final class CallStore extends RecordStore<Call> implements TimelineSource, TodoSource {

    static final String TABLE = "call_log";
    /** Follow-ups show in "what needs doing" this many days before they fall due, so there is time to act. */
    static final int FOLLOW_UP_NOTICE_DAYS = 7;

    public CallStore(Database database, History history, Clock clock) {
        super(database, history, clock, TABLE, "call", Call::id, Call::caseId);
    }

    /** The case's calls, newest first, not counting those in the bin. */
    public List<Call> calls(long caseId) {
        return table().list(caseId, "", "happened_at DESC, id DESC");
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return table().saved(caseId, "", "happened_at DESC, id DESC").stream().map(saved -> new TimelineEntry(
                TimelineKind.CALL, saved.record().happenedAt(), saved.recorded(), saved.record().title(),
                saved.record().detail(), saved.record().id())).toList();
    }

    /**
     * The calls' to-dos, not knowing the letters: a follow-up a posted letter has done is still listed. The Overview
     * asks {@link #todos(long, LocalDate, java.util.Set)} through {@code StandingStore#callTodos}, which knows them.
     */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        return todos(caseId, today, java.util.Set.of());
    }

    /**
     * The calls' to-dos: a follow-up due within {@link #FOLLOW_UP_NOTICE_DAYS} while still to do ({@link
     * uk.cml.domain.standing.CallFollowUps#due}, the rule Where it stands watches it by), and a promise gone by.
     *
     * @param confirmedInWriting the calls a posted letter confirms ({@code CallFollowUps.confirmedInWriting})
     */
    public List<TodoItem> todos(long caseId, LocalDate today, java.util.Set<Long> confirmedInWriting) {
        List<TodoItem> items = new ArrayList<>();
        for (Call call : calls(caseId)) {
            String when = UkFormats.shortDate(call.happenedAt().toLocalDate());
            uk.cml.domain.standing.CallFollowUps.due(call, confirmedInWriting)
                    .filter(d -> !d.isAfter(today.plusDays(FOLLOW_UP_NOTICE_DAYS)))
                    .ifPresent(d -> items.add(new TodoItem(d, Words.text("todo.call.followUp", when, call.who()),
                            TodoKind.FOLLOW_UP_CALL, call.id())));
            uk.cml.domain.todo.Todos.callPromiseLate(call, today).ifPresent(items::add);
        }
        return items;
    }

    @Override
    Call read(RowColumns r) throws SQLException {
        return new Call(r.number("id"), r.number("case_id"), r.dateTime("happened_at"),
                CallDirection.valueOf(r.text("direction")), r.textOrEmpty("phone_number"), r.textOrEmpty("spoke_to"),
                r.textOrEmpty("team"), r.textOrEmpty("staff_id"), r.textOrEmpty("what_was_said"),
                r.textOrEmpty("promised"), r.date("promised_by"), r.textOrEmpty("outcome"), r.date("follow_up_on"),
                r.flag("follow_up_done"), r.flag("promise_kept"), r.dateTime("recorded_at"),
                told(r.text("told_missed_payments")));
    }

    @Override
    ColumnValues values(Call call) {
        return new ColumnValues().put("happened_at", call.happenedAt().withNano(0).toString())
                .put("direction", call.direction()).text("phone_number", call.number(), TextLimit.SHORT)
                .text("spoke_to", call.spokeTo(), TextLimit.SHORT).text("team", call.team(), TextLimit.SHORT)
                .text("staff_id", call.staffId(), TextLimit.SHORT)
                .text("what_was_said", call.whatWasSaid(), TextLimit.LONG)
                .text("promised", call.promised(), TextLimit.LONG)
                .put("promised_by", call.promisedBy()).text("outcome", call.outcome(), TextLimit.LONG)
                .put("follow_up_on", call.followUpOn()).put("follow_up_done", call.followUpDone())
                .put("promise_kept", call.promiseKept())
                .put("told_missed_payments", call.toldMissedPayments());
    }

    /** The answer as kept ('YES', 'NO'), or none: NULL, and an earlier version kept before the column was added. */
    static Optional<MissedPaymentsTold> told(String kept) {
        return kept == null ? Optional.empty() : Optional.of(MissedPaymentsTold.valueOf(kept));
    }

    @Override
    BinnedItem binned(Call call, LocalDateTime deletedAt) {
        return BinnedItem.at(Words.text("bin.kind.call"), call.id(), call.title(), call.happenedAt(), deletedAt);
    }
}
