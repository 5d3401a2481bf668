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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.cml.domain.UkFormats;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;
import uk.cml.domain.timeline.TimelineSource;
import uk.cml.domain.todo.TodoItem;
import uk.cml.domain.todo.TodoKind;
import uk.cml.domain.todo.TodoSource;

/** Letters the parent sent, with how and when they were posted and the proof. Corrections keep history. */
public final class SentLetterStore implements TimelineSource, TodoSource {

    static final String TABLE = "letter_sent";
    private static final String COLUMNS = "case_id, written_on, posted_on, to_address_book_id, to_name, to_address, "
            + "subject, kind, copy_document_id, method, certificate_date, certificate_branch, certificate_ref, "
            + "certificate_document_id, tracking_number, reply_by, in_reply_to, recorded_at, delivered_on, printed_reply_by";

    private final Database database;
    private final History history;
    private final Clock clock;

    public SentLetterStore(Database database, History history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    /** Saves a new letter (id 0) or a correction, keeping the earlier version. Returns the id. */
    public long save(SentLetter letter) {
        return database.inTransaction(c -> {
            if (letter.id() == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO letter_sent (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(insert, letter);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            }
            history.keepEarlierVersion(c, TABLE, letter.id());
            String set = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
            try (PreparedStatement update = c.prepareStatement("UPDATE letter_sent SET " + set + " WHERE id = ?")) {
                bind(update, letter);
                update.setLong(21, letter.id());
                update.executeUpdate();
            }
            return letter.id();
        });
    }

    /** The case's sent letters, newest first. */
    public List<SentLetter> letters(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM letter_sent WHERE case_id = ? AND deleted_at IS NULL "
                + "ORDER BY coalesce(posted_on, written_on) DESC, id DESC", caseId));
    }

    public List<SentLetter> binned(long caseId) {
        return database.read(c -> query(c, "SELECT * FROM letter_sent WHERE case_id = ? AND deleted_at IS NOT NULL "
                + "ORDER BY deleted_at DESC", caseId));
    }

    public Optional<SentLetter> find(long id) {
        return database.read(c -> query(c, "SELECT * FROM letter_sent WHERE id = ?", id).stream().findFirst());
    }

    /** Ids of the case's sent letters that a (not binned) received letter answers. */
    public Set<Long> answered(long caseId) {
        return database.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT in_reply_to FROM letter_received "
                    + "WHERE case_id = ? AND deleted_at IS NULL AND in_reply_to IS NOT NULL")) {
                s.setLong(1, caseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            return ids;
        });
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
        List<TimelineEntry> entries = new ArrayList<>();
        List<LetterRow> rows = database.read(c -> rows(c, "SELECT * FROM letter_sent WHERE case_id = ? "
                + "AND deleted_at IS NULL", caseId));
        for (LetterRow row : rows) {
            SentLetter l = row.letter();
            LocalDate when = l.posted().orElse(l.written());
            String how = l.method().map(m -> "Sent by " + m.label() + " on " + UkFormats.shortDate(when) + ". ")
                    .orElse("Written on " + UkFormats.shortDate(l.written()) + ", not sent yet. ");
            String detail = how + l.kind().label() + ". " + l.to().address().replace('\n', ' ')
                    + (l.trackingNumber().isEmpty() ? "" : " Tracking " + l.trackingNumber() + ".")
                    + (l.proof().reference().isEmpty() ? "" : " Certificate of posting " + l.proof().reference() + ".");
            entries.add(new TimelineEntry(TimelineKind.LETTER_SENT, when.atStartOfDay(), row.recordedAt(), l.title(),
                    detail, l.id()));
        }
        return entries;
    }

    /** Letters not posted yet, posted letters with no certificate attached, and replies that are late. */
    @Override
    public List<TodoItem> todos(long caseId, LocalDate today) {
        List<SentLetter> letters = letters(caseId);
        Set<Long> answered = answered(caseId);
        List<TodoItem> items = new ArrayList<>();
        for (SentLetter l : letters) {
            String date = UkFormats.shortDate(l.written());
            if (!l.isPosted()) {
                items.add(new TodoItem(l.written(), "Post the letter of " + date + ": " + l.title(), TodoKind.POST_LETTER, l.id()));
            } else if (l.needsProof()) {
                items.add(new TodoItem(l.posted().get(), "Attach the certificate of posting for the letter posted on "
                        + UkFormats.shortDate(l.posted().get()) + ": " + l.title(), TodoKind.ATTACH_PROOF, l.id()));
            }
            if (l.replyOverdue(today, answered.contains(l.id()))) {
                items.add(new TodoItem(l.replyBy().get(), "No reply yet to the letter posted on "
                        + UkFormats.shortDate(l.posted().get()) + " (expected by "
                        + UkFormats.shortDate(l.replyBy().get()) + "): " + l.title(), TodoKind.REPLY_OVERDUE, l.id()));
            }
        }
        items.sort(Comparator.comparing(TodoItem::due));
        return items;
    }

    private void setDeleted(long id, String when) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE letter_sent SET deleted_at = ? WHERE id = ?")) {
                s.setString(1, when);
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
    }

    private void bind(PreparedStatement s, SentLetter l) throws SQLException {
        s.setLong(1, l.caseId());
        s.setString(2, l.written().toString());
        Columns.date(s, 3, l.posted());
        Columns.id(s, 4, l.to().addressBookId());
        s.setString(5, l.to().name());
        s.setString(6, l.to().address());
        s.setString(7, l.subject());
        s.setString(8, l.kind().name());
        Columns.id(s, 9, l.copyDocumentId());
        s.setString(10, l.method().map(Enum::name).orElse(null));
        Columns.date(s, 11, l.proof().certificateDate());
        s.setString(12, l.proof().branch());
        s.setString(13, l.proof().reference());
        Columns.id(s, 14, l.proof().photoDocumentId());
        s.setString(15, l.trackingNumber());
        Columns.date(s, 16, l.replyBy());
        Columns.id(s, 17, l.inReplyTo());
        s.setString(18, LocalDateTime.now(clock).toString());
        Columns.date(s, 19, l.trackedDelivery());
        Columns.date(s, 20, l.printedReplyBy());
    }

    private record LetterRow(SentLetter letter, LocalDateTime recordedAt) {
    }

    private static List<SentLetter> query(Connection c, String sql, long arg) throws SQLException {
        return rows(c, sql, arg).stream().map(LetterRow::letter).toList();
    }

    private static List<LetterRow> rows(Connection c, String sql, long arg) throws SQLException {
        List<LetterRow> letters = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, arg);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String method = r.getString("method");
                    ProofOfPostage proof = new ProofOfPostage(Columns.date(r, "certificate_date"),
                            r.getString("certificate_branch"), r.getString("certificate_ref"),
                            Columns.id(r, "certificate_document_id"));
                    SentLetter letter = new SentLetter(r.getLong("id"), r.getLong("case_id"),
                            LocalDate.parse(r.getString("written_on")), Columns.date(r, "posted_on"),
                            new Recipient(Columns.id(r, "to_address_book_id"), r.getString("to_name"),
                                    r.getString("to_address")),
                            r.getString("subject"), LetterKind.valueOf(r.getString("kind")),
                            Columns.id(r, "copy_document_id"),
                            method == null ? Optional.empty() : Optional.of(PostingMethod.valueOf(method)), proof,
                            r.getString("tracking_number"), Columns.date(r, "reply_by"), Columns.id(r, "in_reply_to"),
                            Columns.date(r, "delivered_on"), Columns.date(r, "printed_reply_by"));
                    letters.add(new LetterRow(letter, LocalDateTime.parse(r.getString("recorded_at"))));
                }
            }
        }
        return letters;
    }
}
