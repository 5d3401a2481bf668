package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.todo.TellTheCms;
import uk.cml.domain.todo.TodoItem;

/**
 * Reads what the "tell the CMS" to-do is worked out from ({@link TellTheCms}, where the rule is): the case's
 * arrangements and the day the latest letter telling the CMS of arrears was written.
 */
final class CmsToldOfArrears {

    /** The kinds of letter that tell the CMS what was missed: the report, and a request to collect or enforce. */
    private static final List<LetterKind> TELLS = java.util.Arrays.stream(LetterKind.values())
            .filter(LetterKind::tellsTheCmsOfArrears).toList();

    private CmsToldOfArrears() {
    }

    /** The to-do ({@link TellTheCms}), read with the case's arrangements and its latest letter telling the CMS. */
    static Optional<TodoItem> todo(Connection c, long caseId, ArrearsSchedule schedule, LocalDate today)
            throws SQLException {
        Optional<LocalDate> letter = lastLetter(c, caseId);
        Optional<LocalDate> call = lastCall(c, caseId);
        // The later of the two; a letter of the same day is the one named.
        boolean byPhone = call.filter(day -> letter.filter(written -> !written.isBefore(day)).isEmpty()).isPresent();
        return TellTheCms.todo(schedule, ArrangementRows.history(c, caseId), byPhone ? call : letter, byPhone, today);
    }

    /**
     * The day the latest report of missed payments to the CMS was made, by a letter of the reporting kinds
     * ({@link #lastLetter}) or by a call the parent answered "Yes, I told them" about the missed payments
     * ({@link uk.cml.domain.evidence.Call#reportsMissedPayments}).
     */
    static Optional<LocalDate> lastTold(Connection c, long caseId) throws SQLException {
        Optional<LocalDate> letter = lastLetter(c, caseId);
        Optional<LocalDate> call = lastCall(c, caseId);
        return java.util.stream.Stream.of(letter, call).flatMap(Optional::stream)
                .max(java.util.Comparator.naturalOrder());
    }

    /**
     * The day of the latest call (the bin's left out) on which, by the parent's answer, they told the CMS about the
     * missed payments: never read from the words of the call; a call with no answer is not a report.
     */
    static Optional<LocalDate> lastCall(Connection c, long caseId) throws SQLException {
        LocalDate last = null;
        try (PreparedStatement s = c.prepareStatement("SELECT happened_at FROM " + CallStore.TABLE
                + " WHERE case_id = ? AND deleted_at IS NULL AND told_missed_payments = 'YES'")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    LocalDate day = java.time.LocalDateTime.parse(r.getString(1)).toLocalDate();
                    last = last == null || day.isAfter(last) ? day : last;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The case's calls (the bin's left out) with no answer to "Did you tell them about missed payments?": each id and
     * day, for {@link uk.cml.domain.todo.AnswerOldCalls}.
     */
    static java.util.Map<Long, LocalDate> unansweredCalls(Connection c, long caseId) throws SQLException {
        java.util.Map<Long, LocalDate> calls = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, happened_at FROM " + CallStore.TABLE
                + " WHERE case_id = ? AND deleted_at IS NULL AND told_missed_payments IS NULL")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    calls.put(r.getLong(1), java.time.LocalDateTime.parse(r.getString(2)).toLocalDate());
                }
            }
        }
        return calls;
    }

    /**
     * The day the latest letter reporting arrears to the CMS was written, posted or not, if any (the bin's left out):
     * until it is posted, the letters log asks to post it.
     */
    static Optional<LocalDate> lastLetter(Connection c, long caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(written_on) FROM " + SentLetterStore.TABLE
                + " WHERE case_id = ? AND deleted_at IS NULL AND kind IN (?, ?)")) {
            s.setLong(1, caseId);
            s.setString(2, TELLS.get(0).name());
            s.setString(3, TELLS.get(1).name());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? Optional.of(LocalDate.parse(r.getString(1)))
                        : Optional.empty();
            }
        }
    }
}
