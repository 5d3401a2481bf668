package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.bin.BinSource;
import uk.cml.domain.bin.BinnedItem;
import uk.cml.domain.evidence.Amended;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoSource;

/** Calls with the CMS. A correction keeps the earlier version; deleting moves a call to the bin. */
public final class CallStore implements TimelineSource, TodoSource, BinSource {

    static final String TABLE = "call_log";
    /** Follow-ups show in "what needs doing" this many days before they fall due, so there is time to act. */
    static final int FOLLOW_UP_NOTICE_DAYS = 7;

    private static final String FIELDS = "happened_at = ?, direction = ?, phone_number = ?, spoke_to = ?, team = ?, "
            + "staff_id = ?, what_was_said = ?, promised = ?, promised_by = ?, outcome = ?, follow_up_on = ?, "
            + "follow_up_done = ?, promise_kept = ?, recorded_at = ?";

    private final Database database;
    private final History history;
    private final Clock clock;

    public CallStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    /** Saves a new call for its case and returns its id. */
    public long add(Call call) {
        return database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (happened_at, direction, "
                    + "phone_number, spoke_to, team, staff_id, what_was_said, promised, promised_by, outcome, "
                    + "follow_up_on, follow_up_done, promise_kept, recorded_at, case_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, call);
                insert.setLong(15, call.caseId());
                return RowColumns.insertedId(insert);
            }
        });
    }

    /** Saves a correction: the version it replaces is kept and shown as history. */
    public void correct(Call call) {
        database.inTransaction(c -> {
            history.keepEarlierVersion(c, TABLE, call.id());
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET " + FIELDS
                    + " WHERE id = ? AND deleted_at IS NULL")) {
                bind(update, call);
                update.setLong(15, call.id());
                if (update.executeUpdate() != 1) {
                    throw new StoreException("That call is in the bin or no longer exists, so the correction was "
                            + "not saved. Put it back from the Bin first.");
                }
            }
            return null;
        });
    }

    /** The case's calls, newest first, not counting those in the bin. */
    public List<Call> calls(long caseId) {
        return database.read(c -> query(c, "WHERE case_id = ? AND deleted_at IS NULL ORDER BY happened_at DESC, id DESC",
                caseId));
    }

    public Optional<Call> find(long id) {
        return database.read(c -> query(c, "WHERE id = ?", id)).stream().findFirst();
    }

    /** Earlier versions of a call, oldest first. */
    public List<Amended<Call>> history(long id) {
        return database.read(c -> {
            List<Amended<Call>> versions = new ArrayList<>();
            for (History.EarlierVersion v : history.earlierVersions(c, TABLE, id)) {
                versions.add(new Amended<>(v.amendedAt(), read(RowColumns.of(v.columns()))));
            }
            return versions;
        });
    }

    public void moveToBin(long id) {
        RowColumns.setDeleted(database, TABLE, id, LocalDateTime.now(clock).toString());
    }

    @Override
    public void restore(long id) {
        RowColumns.setDeleted(database, TABLE, id, null);
    }

    @Override
    public List<BinnedItem> binned(long caseId) {
        return database.read(c -> {
            List<BinnedItem> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + TABLE
                    + " WHERE case_id = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Call call = read(RowColumns.of(r));
                        items.add(new BinnedItem("Call", call.id(), call.title(), call.happenedAt(),
                                LocalDateTime.parse(r.getString("deleted_at"))));
                    }
                }
            }
            return items;
        });
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return calls(caseId).stream().map(call -> new TimelineEntry(TimelineKind.CALL, call.happenedAt(),
                call.recordedAt(), call.title(), call.detail(), call.id())).toList();
    }

    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        for (Call call : calls(caseId)) {
            String when = UkFormats.shortDate(call.happenedAt().toLocalDate());
            call.followUpOn().filter(d -> !call.followUpDone() && !d.isAfter(today.plusDays(FOLLOW_UP_NOTICE_DAYS)))
                    .ifPresent(d -> items.add(new TodoItem(d, "Follow up the call of " + when + " ("
                            + call.who() + ")", "calls", call.id())));
            call.promisedBy().filter(d -> !call.promiseKept() && d.isBefore(today))
                    .ifPresent(d -> items.add(new TodoItem(d, "The CMS promised on the call of " + when
                            + " to act by " + UkFormats.shortDate(d) + ": chase it", "calls", call.id())));
        }
        return items;
    }

    private void bind(PreparedStatement s, Call call) throws SQLException {
        s.setString(1, call.happenedAt().withNano(0).toString());
        s.setString(2, call.direction().name());
        s.setString(3, call.number());
        s.setString(4, call.spokeTo());
        s.setString(5, call.team());
        s.setString(6, call.staffId());
        s.setString(7, call.whatWasSaid());
        s.setString(8, call.promised());
        s.setString(9, RowColumns.iso(call.promisedBy()));
        s.setString(10, call.outcome());
        s.setString(11, RowColumns.iso(call.followUpOn()));
        s.setInt(12, call.followUpDone() ? 1 : 0);
        s.setInt(13, call.promiseKept() ? 1 : 0);
        s.setString(14, LocalDateTime.now(clock).toString());
    }

    private static List<Call> query(Connection c, String where, long key) throws SQLException {
        List<Call> calls = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + TABLE + " " + where)) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    calls.add(read(RowColumns.of(r)));
                }
            }
        }
        return calls;
    }

    private static Call read(RowColumns r) throws SQLException {
        return new Call(r.number("id"), r.number("case_id"), r.dateTime("happened_at"),
                CallDirection.valueOf(r.text("direction")), r.textOrEmpty("phone_number"), r.textOrEmpty("spoke_to"),
                r.textOrEmpty("team"), r.textOrEmpty("staff_id"), r.textOrEmpty("what_was_said"),
                r.textOrEmpty("promised"), r.date("promised_by"), r.textOrEmpty("outcome"), r.date("follow_up_on"),
                r.flag("follow_up_done"), r.flag("promise_kept"), r.dateTime("recorded_at"));
    }
}
