package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.correspondence.DrawnFrom;
import uk.cml.domain.correspondence.RecordArea;

/**
 * The parent's changes to a case's records after a moment, read from the record journal (every insert, change and
 * removal, with the app's clock), so a letter made before them can be told apart. A change that leaves the row as it
 * was apart from when it was saved ("saved again with nothing changed") is not a change. Your own details and the
 * address book belong to every case, so a change to them counts for each.
 */
final class LaterChanges {

    /**
     * The facts table: the CMS time limits and delivery days the parent may correct in Settings, which the letters'
     * dates are counted with.
     */
    static final String FACTS = "cms_fact";

    /** The tables a letter's words are drawn from, and the part of the records each is. */
    private static final Map<String, RecordArea> AREAS = Map.ofEntries(
            Map.entry("payment", RecordArea.PAYMENTS),
            Map.entry("payment_plan", RecordArea.PLANS),
            Map.entry("adjustment", RecordArea.CMS_FIGURES),
            Map.entry("collection_fee", RecordArea.FEES),
            Map.entry("case_file", RecordArea.CASE_DETAILS),
            Map.entry("child", RecordArea.CASE_DETAILS),
            Map.entry("my_details", RecordArea.CASE_DETAILS),
            Map.entry("arrangement_period", RecordArea.CASE_DETAILS),
            Map.entry("address_book", RecordArea.ADDRESSES),
            Map.entry("call_log", RecordArea.CALLS),
            Map.entry("letter_received", RecordArea.LETTERS_RECEIVED),
            Map.entry("cms_decision", RecordArea.DECISIONS),
            Map.entry("enforcement_step", RecordArea.ENFORCEMENT),
            Map.entry("letter_sent", RecordArea.LETTERS_SENT),
            Map.entry(BankHolidayStore.TABLE, RecordArea.BANK_HOLIDAYS),
            Map.entry(FACTS, RecordArea.TIME_LIMITS));

    /**
     * Tables that belong to every case: a bank holiday is the country's, whichever case it was added under; the facts
     * table has no case at all.
     */
    private static final Set<String> EVERY_CASE = Set.of("my_details", "address_book", BankHolidayStore.TABLE, FACTS);

    /** The calendar without the days the parent added: the rules and the table shipped with the app. */
    private static final BankHolidays USUAL = BankHolidays.englandAndWales();

    /** A fact's key and its figure, in a row as the journal keeps it. */
    private static final Pattern FACT_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern FACT_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"?([^\",}]*)");

    /** The day of a bank holiday the parent added, in a row as the journal keeps it. */
    private static final Pattern ON_DAY = Pattern.compile("\"on_day\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    // The row after this change and before it, less what no letter says: when it was saved, and the file attached
    // to it (a payment's bank statement, a CMS letter's scan). Attaching one is saved as a correction with its
    // history, but a letter made from the record says what it said: it is not to be made again for it.
    // With whether the row was in the Bin before and after (a row in the Bin is in no letter's words).
    private static final String SQL = "SELECT x.*, json_extract(x.after, '$.deleted_at') IS NOT NULL, "
            + "json_extract(x.before, '$.deleted_at') IS NOT NULL "
            + "FROM (SELECT j.id AS id, j.table_name, j.at, j.row_id, j.operation, json_remove(j.content, "
            + "'$.recorded_at', '$.evidence_document_id', '$.scan_document_id') AS after, (SELECT json_remove(p.content, "
            + "'$.recorded_at', '$.evidence_document_id', '$.scan_document_id') FROM journal p WHERE p.table_name = "
            + "j.table_name AND p.row_id = j.row_id AND p.id < j.id ORDER BY p.id DESC LIMIT 1) AS before FROM journal j "
            + "WHERE j.at > ? AND j.operation IN ('insert', 'update', 'delete') AND j.table_name IN ("
            + quoted(AREAS.keySet()) + ") AND (j.table_name IN (" + quoted(EVERY_CASE) + ") "
            + "OR CASE j.table_name WHEN 'case_file' THEN json_extract(j.content, '$.id') ELSE "
            + "json_extract(j.content, '$.case_id') END = ?)) x ORDER BY x.id";

    /**
     * The settings kept as a dated history ({@link DatedRows}): the rate or arrangement in force from each day. A row
     * added, corrected or taken back changes what a letter drew on only if the days' values change with it.
     */
    private static final Set<String> DATED = Set.of("collection_fee", "arrangement_period");

    // Every saved version of the case's dated rows, oldest first: what was in force at any moment since the journal.
    private static final String DATED_SQL = "SELECT table_name, at, row_id, operation, json_extract(content, "
            + "'$.starts_on'), coalesce(json_extract(content, '$.percent'), "
            + "json_extract(content, '$.arrangement')), json_extract(content, '$.deleted_at') IS NOT NULL "
            + "FROM journal WHERE table_name IN (" + quoted(DATED) + ") AND operation IN ('insert', "
            + "'update', 'delete', 'existing') AND json_valid(content) AND json_extract(content, '$.case_id') = ? "
            + "ORDER BY id";

    /** One change: the part of the records, when, the row's id, and the row before and after. */
    record Change(RecordArea area, LocalDateTime at, long rowId, Row row) {
    }

    /**
     * Which row changed (its table and id together), and how it read before and after the change (null: not there,
     * before it was added or after it was deleted), less when it was saved.
     */
    record Row(String table, String before, String after, boolean binnedBefore, boolean binnedAfter) {

        /** Whether the row was in the records before the change (there, and not in the Bin). */
        boolean heldBefore() {
            return before != null && !binnedBefore;
        }

        /** Whether the row is in the records after the change. */
        boolean heldAfter() {
            return after != null && !binnedAfter;
        }
    }

    /** One saved version of a dated row: gone (deleted or in the Bin), or its first day and value. */
    private record DatedVersion(String table, Optional<LocalDateTime> at, long rowId, boolean gone, LocalDate from,
            String value) {
    }

    /**
     * The versions of the case's dated rows (fee rates, arrangements) in the journal, to tell what was in force at a
     * moment: a row corrected to the value in force before it (as an old Undo left "4% from 5 Dec" after 4% from
     * the start) changes nothing a letter said.
     */
    static final class Dated {

        static final Dated NONE = new Dated(List.of());

        private final List<DatedVersion> versions;

        private Dated(List<DatedVersion> versions) {
            this.versions = versions;
        }

        /** Whether the days' values of {@code table} read the same at {@code one} and at {@code other}. */
        boolean sameEffect(String table, LocalDateTime one, LocalDateTime other) {
            return !versions.isEmpty() && inForce(table, one).equals(inForce(table, other));
        }

        /** The values of {@code table} in force at {@code at}: each from the day it began, a repeat left out. */
        private List<Map.Entry<LocalDate, String>> inForce(String table, LocalDateTime at) {
            Map<Long, DatedVersion> rows = new LinkedHashMap<>();
            for (DatedVersion version : versions) {
                if (version.table().equals(table) && (version.at().isEmpty() || !version.at().get().isAfter(at))) {
                    rows.put(version.rowId(), version);
                }
            }
            java.util.TreeMap<LocalDate, String> days = new java.util.TreeMap<>();
            rows.values().stream().filter(row -> !row.gone()).forEach(row -> days.put(row.from(), row.value()));
            List<Map.Entry<LocalDate, String>> changes = new ArrayList<>();
            String before = null;
            for (Map.Entry<LocalDate, String> day : days.entrySet()) {
                if (!day.getValue().equals(before)) {
                    changes.add(Map.entry(day.getKey(), day.getValue()));
                }
                before = day.getValue();
            }
            return changes;
        }
    }

    /**
     * A row changed after a letter was made: how it read when the letter was made and how it reads now (null: not
     * there then, or not now).
     */
    record RowChanged(String table, long rowId, String then, String now) {
    }

    /** What changed after a letter was made: the latest change, the parts of the records, each row once. */
    record Later(LocalDateTime lastChanged, Set<RecordArea> areas, List<RowChanged> rows) {
    }

    private LaterChanges() {
    }

    private static String quoted(Set<String> tables) {
        return String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
    }

    /** The case's changes after {@code after}, oldest first. */
    static List<Change> since(Connection c, long caseId, LocalDateTime after) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, after.toString());
            s.setLong(2, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    RecordArea area = AREAS.get(r.getString(2));
                    Optional<LocalDateTime> at = parse(r.getString(3));
                    String operation = r.getString(5);
                    Row row = new Row(r.getString(2), "insert".equals(operation) ? null : r.getString(7),
                            "delete".equals(operation) ? null : r.getString(6), r.getBoolean(9), r.getBoolean(8));
                    // Saved again with nothing changed but when: not a change.
                    if (at.isPresent() && !("update".equals(operation) && Objects.equals(row.before(), row.after()))) {
                        changes.add(new Change(area, at.get(), r.getLong(4), row));
                    }
                }
            }
        }
        return changes;
    }

    /** The versions of the case's dated rows (fee rates, arrangements), to tell what was in force when. */
    static Dated dated(Connection c, long caseId) throws SQLException {
        List<DatedVersion> versions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DATED_SQL)) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String table = r.getString(1);
                    String from = r.getString(5);
                    String value = r.getString(6);
                    boolean gone = "delete".equals(r.getString(4)) || r.getBoolean(7) || value == null;
                    versions.add(new DatedVersion(table, parse(r.getString(2)), r.getLong(3), gone,
                            from == null ? LocalDate.MIN : LocalDate.parse(from), gone ? "" : same(table, value)));
                }
            }
        }
        return new Dated(List.copyOf(versions));
    }

    /** A rate as a number ("4" and "4.00" alike), an arrangement as it is named. */
    private static String same(String table, String value) {
        if (!"collection_fee".equals(table)) {
            return value;
        }
        try {
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException unreadable) {
            return value;
        }
    }

    /**
     * What of {@code changes} came after {@code made}; empty when nothing did. A row that reads now as it did when
     * the letter was made (moved to the Bin and put back, changed and changed back) is no change to the letter; nor
     * is one in the records neither then nor now (added since and moved to the Bin, as Undo of a new record does);
     * nor a dated row (a fee rate, an arrangement) whose changes leave every day's rate or arrangement as it was
     * ({@code dated}: a rate set back to the one in force before it).
     */
    static Optional<Later> after(LocalDateTime made, List<Change> changes, Dated dated) {
        return after(made, changes, dated, DrawnFrom.Days.ALL);
    }

    /**
     * As above, a bank holiday counting only where the calendar the letter was made with and the one now tell a
     * working day apart among {@code days}, the days the letter counted with: added and taken back, on a Saturday or
     * on Christmas Day, or moved about after every date the letter printed, it changed none of them.
     */
    static Optional<Later> after(LocalDateTime made, List<Change> changes, Dated dated, DrawnFrom.Days days) {
        return after(made, changes, dated, days, key -> true);
    }

    /**
     * As above, a correction of the facts table counting only where it changed the figure of a time limit the letter
     * counted its dates with ({@code timeLimits}, by key) from what it was when the letter was made: a limit the
     * letter did not count with, a new source or day it was checked, or a figure put back as it was, changed none of
     * its dates.
     */
    static Optional<Later> after(LocalDateTime made, List<Change> changes, Dated dated, DrawnFrom.Days days,
            java.util.function.Predicate<String> timeLimits) {
        // Each row's changes after the letter, in order: from how it read then to how it reads now.
        Map<String, List<Change>> byRow = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.at().isAfter(made)) {
                byRow.computeIfAbsent(change.row().table() + "#" + change.rowId(), k -> new ArrayList<>()).add(change);
            }
        }
        Set<RecordArea> areas = EnumSet.noneOf(RecordArea.class);
        LocalDateTime last = null;
        List<RowChanged> rows = new ArrayList<>();
        // Each dated table's last change after the letter: the days' values then and after it are compared.
        Map<String, LocalDateTime> datedUntil = new java.util.HashMap<>();
        for (List<Change> row : byRow.values()) {
            for (Change change : row) {
                if (DATED.contains(change.row().table())) {
                    datedUntil.merge(change.row().table(), change.at(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Set<LocalDate> holidaysMoved = holidaysMoved(byRow.values());
        for (List<Change> row : byRow.values()) {
            Change first = row.get(0);
            Change latest = row.get(row.size() - 1);
            if (row.size() > 1 && first.row().before() != null
                    && first.row().before().equals(latest.row().after())) {
                continue;
            }
            if (!first.row().heldBefore() && !latest.row().heldAfter()) {
                continue;
            }
            String table = first.row().table();
            if (table.equals(BankHolidayStore.TABLE) && !movesAWorkingDay(first, latest, holidaysMoved, days)) {
                continue;
            }
            if (table.equals(FACTS) && !movesADate(first, latest, timeLimits)) {
                continue;
            }
            if (datedUntil.containsKey(table) && dated.sameEffect(table, made, datedUntil.get(table))) {
                continue;
            }
            for (Change change : row) {
                areas.add(change.area());
                last = last == null || change.at().isAfter(last) ? change.at() : last;
            }
            rows.add(new RowChanged(first.row().table(), first.rowId(), first.row().before(), latest.row().after()));
        }
        return last == null ? Optional.empty() : Optional.of(new Later(last, areas, List.copyOf(rows)));
    }

    /**
     * The days the parent added as bank holidays that are so when the letter was made and not now, or now and not
     * then: from each added day's row, how it read before its first change after the letter and after its last (one
     * day taken back and added afresh is the same calendar).
     */
    private static Set<LocalDate> holidaysMoved(java.util.Collection<List<Change>> byRow) {
        Set<LocalDate> then = new java.util.HashSet<>();
        Set<LocalDate> now = new java.util.HashSet<>();
        for (List<Change> row : byRow) {
            Row first = row.get(0).row();
            Row latest = row.get(row.size() - 1).row();
            if (first.table().equals(BankHolidayStore.TABLE)) {
                (first.heldBefore() ? onDay(first.before()) : Optional.<LocalDate>empty()).ifPresent(then::add);
                (latest.heldAfter() ? onDay(latest.after()) : Optional.<LocalDate>empty()).ifPresent(now::add);
            }
        }
        Set<LocalDate> moved = new java.util.HashSet<>(then);
        moved.addAll(now);
        then.retainAll(now);
        moved.removeAll(then);
        return moved;
    }

    /**
     * Whether an added bank holiday's changes since the letter make a day among {@code days} a working day or not one
     * where it was the other: its day then or now is among {@code moved}, and not a weekend or a usual bank holiday.
     */
    private static boolean movesAWorkingDay(Change first, Change latest, Set<LocalDate> moved, DrawnFrom.Days days) {
        List<Optional<LocalDate>> its = List.of(
                first.row().heldBefore() ? onDay(first.row().before()) : Optional.empty(),
                latest.row().heldAfter() ? onDay(latest.row().after()) : Optional.empty());
        return its.stream().flatMap(Optional::stream).anyMatch(day -> moved.contains(day) && days.contains(day)
                && day.getDayOfWeek().getValue() < java.time.DayOfWeek.SATURDAY.getValue() && !USUAL.contains(day));
    }

    /**
     * Whether a fact's changes since the letter leave a time limit the letter counted with at another figure than it
     * had when the letter was made.
     */
    private static boolean movesADate(Change first, Change latest, java.util.function.Predicate<String> timeLimits) {
        String then = first.row().heldBefore() ? first.row().before() : null;
        String now = latest.row().heldAfter() ? latest.row().after() : null;
        Optional<String> key = found(FACT_KEY, now != null ? now : then);
        return key.isPresent() && timeLimits.test(key.get())
                && !found(FACT_VALUE, then).map(String::strip).equals(found(FACT_VALUE, now).map(String::strip));
    }

    private static Optional<String> found(Pattern pattern, String row) {
        Matcher m = row == null ? null : pattern.matcher(row);
        return m != null && m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<LocalDate> onDay(String row) {
        Matcher day = row == null ? null : ON_DAY.matcher(row);
        if (day == null || !day.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day.group(1)));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The row named as the app names records elsewhere ({@link RecordNames}, as it reads now, or as it last read
     * if deleted) and what was done to it since the letter: "The call of Tue 3 Nov 2026, 10:15 (typed in on 3 Nov
     * 2026) was changed".
     */
    static String named(Connection c, RowChanged row) throws SQLException {
        if (row.table().equals(FACTS) && row.then() != null && row.now() != null) {
            // A time limit is the app's, not typed in: named by its meaning, with its figure then and now.
            String key = found(FACT_KEY, row.now()).orElse("");
            return Words.text("correspondence.changed.timeLimit", uk.cml.domain.standing.TimeLimit.of(key)
                    .map(uk.cml.domain.standing.TimeLimit::meaning).orElse(key),
                    found(FACT_VALUE, row.then()).orElse("").strip(), found(FACT_VALUE, row.now()).orElse("").strip());
        }
        String name = RecordNames.describe(c, row.table(), row.rowId(),
                typedIn(c, row, row.now() != null ? row.now() : row.then()));
        boolean binnedThen = row.then() != null && RecordNames.field(c, row.then(), "deleted_at") != null;
        boolean binnedNow = row.now() != null && RecordNames.field(c, row.now(), "deleted_at") != null;
        String done;
        // A row in the records neither then nor now is no change (after): one not there then is there now.
        if (row.now() == null) {
            done = "correspondence.changed.deleted";
        } else if (row.then() == null) {
            done = "correspondence.changed.added";
        } else if (binnedNow != binnedThen) {
            done = binnedNow ? "correspondence.changed.binned" : "correspondence.changed.putBack";
        } else {
            done = "correspondence.changed.corrected";
        }
        return Words.text(done, name);
    }

    // The rows were read less when they were saved: put back when the row was first saved, for "typed in on".
    private static final String FIRST_SAVED = "SELECT CASE WHEN json_valid(?1) THEN json_set(?1, '$.recorded_at', "
            + "(SELECT json_extract(content, '$.recorded_at') FROM journal WHERE table_name = ?2 AND row_id = ?3 "
            + "AND json_valid(content) ORDER BY id LIMIT 1)) END";

    private static String typedIn(Connection c, RowChanged row, String content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FIRST_SAVED)) {
            s.setString(1, content);
            s.setString(2, row.table());
            s.setLong(3, row.rowId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? r.getString(1) : content;
            }
        }
    }

    /** A journal time the app wrote; one that cannot be read is not a change anyone made through it. */
    private static Optional<LocalDateTime> parse(String at) {
        try {
            return Optional.of(LocalDateTime.parse(at));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }
}
