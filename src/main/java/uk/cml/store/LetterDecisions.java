package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;

/**
 * The CMS decisions that received letters are: each a {@code cms_decision} row whose {@code from_letter} names its
 * letter, dated as the letter is, so "Where things stand" counts its time limit from the letter's own date and a reply
 * to the decision is the letter's reply too. Works within the caller's transaction, so a letter and its decision are
 * saved, binned or put back together.
 */
final class LetterDecisions {

    private static final String TABLE = "cms_decision";

    /** A decision row as this keeps it in step with its letter. */
    private record Row(long id, Decision.Kind kind, LocalDate dated, String note) {
    }

    private final History history;

    LetterDecisions(History history) {
        this.history = history;
    }

    /**
     * Makes the letter's decision what the parent says it is: records it, corrects it (the earlier version kept, and
     * only when something changed) or, when the letter is no longer a decision, moves it to the bin. A decision the
     * parent added by hand on "Where things stand" with the same kind and date, and no letter yet, is the same
     * decision: it is linked, never doubled (two would leave each one's limit for the parent to sort out). The note
     * is the letter's summary, unless the parent wrote one of their own for the decision.
     *
     * @param kind the kind of decision the letter is; empty when it is none
     * @return whether anything changed
     */
    boolean match(Connection c, ReceivedLetter before, ReceivedLetter letter, Optional<Decision.Kind> kind,
            String now) throws SQLException {
        Optional<Row> saved = of(c, letter.id());
        if (kind.isEmpty() || letter.dated().isEmpty()) {
            if (saved.isPresent()) {
                RowColumns.setDeleted(c, TABLE, saved.get().id(), now);
            }
            return saved.isPresent();
        }
        LocalDate dated = letter.dated().get();
        String summary = TypedText.within(TextLimit.NOTE, letter.summary());
        if (saved.isEmpty()) {
            Optional<Row> added = addedByHand(c, letter.caseId(), kind.get(), dated);
            if (added.isPresent()) {
                history.keepEarlierVersion(c, TABLE, added.get().id());
                update(c, added.get().id(), kind.get(), dated, added.get().note().isEmpty() ? summary
                        : added.get().note(), Optional.of(letter.id()));
                return true;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cms_decision (case_id, kind, "
                    + "dated, note, recorded_at, from_letter) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, letter.caseId());
                s.setString(2, kind.get().name());
                s.setString(3, dated.toString());
                s.setString(4, summary);
                s.setString(5, now);
                s.setLong(6, letter.id());
                s.executeUpdate();
            }
            return true;
        }
        Row row = saved.get();
        boolean noteFollows = row.note().isEmpty() || before != null
                && row.note().equals(TypedText.within(TextLimit.NOTE, before.summary()));
        String note = noteFollows ? summary : row.note();
        if (row.kind() == kind.get() && row.dated().equals(dated) && row.note().equals(note)) {
            return false;
        }
        history.keepEarlierVersion(c, TABLE, row.id());
        update(c, row.id(), kind.get(), dated, note, Optional.empty());
        return true;
    }

    /**
     * Moves the letter's decision to the bin with it, at the same moment, or puts back the decision that went with it
     * ({@code putBackFrom} is when the letter went).
     */
    void bin(Connection c, long letterId, String when, String putBackFrom) throws SQLException {
        RowColumns.binWithLetter(c, TABLE, letterId, when, putBackFrom);
    }

    private static void update(Connection c, long id, Decision.Kind kind, LocalDate dated, String note,
            Optional<Long> link) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(link.isPresent()
                ? "UPDATE cms_decision SET kind = ?, dated = ?, note = ?, from_letter = ? WHERE id = ?"
                : "UPDATE cms_decision SET kind = ?, dated = ?, note = ? WHERE id = ?")) {
            s.setString(1, kind.name());
            s.setString(2, dated.toString());
            s.setString(3, note);
            int next = 4;
            if (link.isPresent()) {
                s.setLong(next++, link.get());
            }
            s.setLong(next, id);
            s.executeUpdate();
        }
    }

    /** The case's letters (ids) that are a decision outside the bin. */
    static java.util.Set<Long> lettersWithOne(Connection c, long caseId) throws SQLException {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT from_letter FROM " + TABLE + " WHERE case_id = ?"
                + " AND from_letter IS NOT NULL AND deleted_at IS NULL")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The decision a letter is, outside the bin. */
    private static Optional<Row> of(Connection c, long letterId) throws SQLException {
        return first(c, "SELECT id, kind, dated, note FROM " + TABLE + " WHERE from_letter = ? AND deleted_at IS NULL"
                + " ORDER BY id DESC LIMIT 1", letterId);
    }

    private static Optional<Row> addedByHand(Connection c, long caseId, Decision.Kind kind, LocalDate dated)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, kind, dated, note FROM " + TABLE + " WHERE case_id = ?"
                + " AND kind = ? AND dated = ? AND from_letter IS NULL AND deleted_at IS NULL ORDER BY id LIMIT 1")) {
            s.setLong(1, caseId);
            s.setString(2, kind.name());
            s.setString(3, dated.toString());
            return read(s);
        }
    }

    private static Optional<Row> first(Connection c, String sql, long letterId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, letterId);
            return read(s);
        }
    }

    private static Optional<Row> read(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new Row(r.getLong(1), Decision.Kind.valueOf(r.getString(2)),
                    LocalDate.parse(r.getString(3)), r.getString(4))) : Optional.empty();
        }
    }
}
