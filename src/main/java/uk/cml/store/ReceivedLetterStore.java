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
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;

/** Letters the parent received, each with its scan and, if it answers one, the letter it answers. */
public final class ReceivedLetterStore implements TimelineSource {

    static final String TABLE = "letter_received";

    private final Database database;
    private final History history;
    private final Clock clock;

    public ReceivedLetterStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    /** Saves a new letter (id 0) or a correction, keeping the earlier version. Returns the id. */
    public long save(ReceivedLetter letter) {
        return database.inTransaction(c -> {
            if (letter.id() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO letter_received (case_id, dated_on, "
                        + "received_on, from_name, summary, scan_document_id, in_reply_to, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    bind(insert, letter);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            }
            history.keepEarlierVersion(c, TABLE, letter.id());
            try (PreparedStatement update = c.prepareStatement("UPDATE letter_received SET case_id = ?, dated_on = ?, "
                    + "received_on = ?, from_name = ?, summary = ?, scan_document_id = ?, in_reply_to = ?, "
                    + "recorded_at = ? WHERE id = ?")) {
                bind(update, letter);
                update.setLong(9, letter.id());
                update.executeUpdate();
            }
            return letter.id();
        });
    }

    /** The case's received letters, newest first. */
    public List<ReceivedLetter> letters(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM letter_received WHERE case_id = ? AND deleted_at IS NULL "
                + "ORDER BY received_on DESC, id DESC", caseId));
    }

    public List<ReceivedLetter> binned(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM letter_received WHERE case_id = ? "
                + "AND deleted_at IS NOT NULL ORDER BY deleted_at DESC", caseId));
    }

    public Optional<ReceivedLetter> find(long id) {
        return database.read(c -> query(c, "SELECT * FROM letter_received WHERE id = ?", id).stream().findFirst());
    }

    public List<History.EarlierVersion> earlierVersions(long id) {
        return database.read(c -> history.earlierVersions(c, TABLE, id));
    }

    public void moveToBin(long id) {
        setDeleted(id, LocalDateTime.now(clock).toString());
    }

    public void restore(long id) {
        setDeleted(id, null);
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return database.read(c -> {
            List<TimelineEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM letter_received WHERE case_id = ? "
                    + "AND deleted_at IS NULL")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ReceivedLetter l = read(r);
                        String dated = l.dated().map(d -> "Dated " + UkFormats.shortDate(d) + ". ").orElse("");
                        entries.add(new TimelineEntry(TimelineKind.LETTER_RECEIVED, l.received().atStartOfDay(),
                                LocalDateTime.parse(r.getString("recorded_at")), l.title(), dated + l.summary(),
                                l.id()));
                    }
                }
            }
            return entries;
        });
    }

    private void setDeleted(long id, String when) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE letter_received SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, when);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    private void bind(PreparedStatement s, ReceivedLetter l) throws SQLException {
        s.setLong(1, l.caseId());
        Columns.date(s, 2, l.dated());
        s.setString(3, l.received().toString());
        s.setString(4, l.from());
        s.setString(5, l.summary());
        Columns.id(s, 6, l.scanDocumentId());
        Columns.id(s, 7, l.inReplyTo());
        s.setString(8, LocalDateTime.now(clock).toString());
    }

    private static List<ReceivedLetter> query(Connection c, String sql, long arg) throws SQLException {
        List<ReceivedLetter> letters = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, arg);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    letters.add(read(r));
                }
            }
        }
        return letters;
    }

    private static ReceivedLetter read(ResultSet r) throws SQLException {
        return new ReceivedLetter(r.getLong("id"), r.getLong("case_id"), Columns.date(r, "dated_on"),
                LocalDate.parse(r.getString("received_on")), r.getString("from_name"), r.getString("summary"),
                Columns.id(r, "scan_document_id"), Columns.id(r, "in_reply_to"));
    }
}
