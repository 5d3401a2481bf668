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
        return TellTheCms.todo(schedule, ArrangementRows.history(c, caseId), lastLetter(c, caseId), today);
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
