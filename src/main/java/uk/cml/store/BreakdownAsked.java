package uk.cml.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.correspondence.LetterKind;

/**
 * When the parent last asked the CMS for information, such as a breakdown of its arrears figure: the day the latest
 * letter logged as a request for information was written, posted or not (the bin's left out). A letter written is
 * enough: until it is posted, "What needs doing" asks to post it instead ({@link PaymentEvents#todos}).
 */
final class BreakdownAsked {

    private BreakdownAsked() {
    }

    static Optional<LocalDate> lastAsked(Connection c, long caseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(written_on) FROM " + SentLetterStore.TABLE
                + " WHERE case_id = ? AND deleted_at IS NULL AND kind = ?")) {
            s.setLong(1, caseId);
            s.setString(2, LetterKind.REQUEST_FOR_INFORMATION.name());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getString(1) != null ? Optional.of(LocalDate.parse(r.getString(1)))
                        : Optional.empty();
            }
        }
    }
}
